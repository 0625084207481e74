#!/usr/bin/env python3
"""Writes a year of a fictional person's bank statements (deterministic) for trying GoalKit:
    python3 Scripts/generate-sample-year.py OUT_DIR [END_DATE] [PROFILE]
OUT_DIR/checking.csv: salary, rent, bills, subscriptions (one of which goes up), groceries,
restaurants, a one-off spike, a bonus, bank fees and transfers to savings, with a running
balance; OUT_DIR/savings.csv: the savings side of those transfers, with its balance.
PROFILE: `standard` (the default); `idle`, the same person with 60,000 more sitting in
checking; `deficit`, a smaller salary, so spending beats income every month and the gap is
pulled back from savings."""
import csv
import datetime
import os
import random
import sys

out = sys.argv[1]
end = datetime.date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else datetime.date(2026, 10, 31)
profile = sys.argv[3] if len(sys.argv) > 3 else "standard"
if profile not in ("standard", "idle", "deficit"):
    sys.exit(f"unknown profile {profile}: standard, idle or deficit")
salary = 145_000 if profile == "deficit" else 412_500
start = datetime.date(end.year - 1, end.month, 1) + datetime.timedelta(days=31)
start = start.replace(day=1)
rng = random.Random(7)
os.makedirs(out, exist_ok=True)
rows = []
savings = []


def add(day, text, cents):
    if start <= day <= end:
        rows.append((day, text, cents))


month = start
while month <= end:
    y, m = month.year, month.month
    add(datetime.date(y, m, 1), "ACME CORP PAYROLL", salary)
    add(datetime.date(y, m, 15), "ACME CORP PAYROLL", salary)
    add(datetime.date(y, m, 2), "MAPLE PROPERTY MGMT RENT", -215_000)
    add(datetime.date(y, m, 5), "NETFLIX.COM", -1_549 if month < datetime.date(end.year, max(1, end.month - 4), 1) else -2_299)
    add(datetime.date(y, m, 8), "SPOTIFY USA", -1_199)
    add(datetime.date(y, m, 12), "PLANET FITNESS", -2_499)
    add(datetime.date(y, m, 18), "CON EDISON", -rng.randint(8_000, 14_000))
    add(datetime.date(y, m, 20), "VERIZON WIRELESS", -8_500)
    if profile == "deficit":
        add(datetime.date(y, m, 25), "ONLINE TRANSFER FROM SAVINGS", 40_000)
        savings.append((datetime.date(y, m, 25), "ONLINE TRANSFER TO CHECKING", -40_000))
    else:
        add(datetime.date(y, m, 25), "ONLINE TRANSFER TO SAVINGS", -40_000)
        savings.append((datetime.date(y, m, 25), "ONLINE TRANSFER FROM CHECKING", 40_000))
    if m % 3 == 0:
        add(datetime.date(y, m, 27), "MONTHLY SERVICE FEE", -1_500)
    for week in range(4):
        day = datetime.date(y, m, 3 + week * 7)
        add(day, rng.choice(["TRADER JOE'S #552", "WHOLEFDS MKT 10234", "SAFEWAY #1187"]), -rng.randint(6_000, 14_000))
    dinners = 3 + (6 if month >= datetime.date(end.year, max(1, end.month - 2), 1) else rng.randint(0, 3))
    for i in range(dinners):
        add(datetime.date(y, m, min(28, 2 + i * 3)), rng.choice(["CHIPOTLE 1123", "SQ *THE LOCAL TAVERN", "DOORDASH*THAI PALACE"]),
            -rng.randint(1_800, 6_500))
    for i in range(8):
        add(datetime.date(y, m, min(28, 1 + i * 3)), "STARBUCKS STORE 0212", -rng.randint(450, 780))
    add(datetime.date(y, m, 22), "SHELL OIL 57442", -rng.randint(3_500, 6_500))
    month = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
add(end - datetime.timedelta(days=40), "BEST BUY 00123 TV", -149_999)
add(end - datetime.timedelta(days=20), "ACME CORP ANNUAL BONUS", 500_000)
rows.sort()
with open(os.path.join(out, "checking.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Date", "Description", "Amount", "Balance"])
    balance = 6_350_000 if profile == "idle" else 350_000
    for day, text, cents in rows:
        balance += cents
        w.writerow([day.isoformat(), text, f"{cents / 100:.2f}", f"{balance / 100:.2f}"])
with open(os.path.join(out, "savings.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["Date", "Description", "Amount", "Balance"])
    balance = 1_000_000
    for day, text, cents in sorted(savings):
        if start <= day <= end:
            balance += cents
            w.writerow([day.isoformat(), text, f"{cents / 100:.2f}", f"{balance / 100:.2f}"])
print(f"{len(rows)} checking lines, {len(savings)} savings lines, {start} to {end}")
