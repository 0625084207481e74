#!/usr/bin/env python3
"""Writes a deterministic labelled set of one person's expenses as CSV (Date, Description,
Amount, Category) for the categoriser's evaluation:

    python3 Scripts/generate-labelled-expenses.py ../shared/data/solyanka_transaction_patterns.csv 4000 > /tmp/labelled.csv
    goalkit categorize --evaluate /tmp/labelled.csv

A person shops at merchants they return to (chosen from the solyanka patterns by their
weights, MIT licence) over two years, and keeps finding new ones: each merchant has a first
day, so the later part of the set holds merchants never seen before. Descriptors vary the way
bank statements do (store numbers, card prefixes, letter case). Labels are GoalKit categories
from the tags.
"""
import csv
import datetime
import os
import random
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
source = open(os.path.join(here, "generate-merchant-map.py")).read().split("\ndef main():")[0]
namespace = {}
exec(source, namespace)
TAGS = namespace["TAGS"]

rng = random.Random(20240601)
patterns = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
count = int(sys.argv[2]) if len(sys.argv) > 2 else 4000


def category(tags):
    for tag, name in TAGS:
        if tag in tags:
            return name
    return None


def fill(title, pretty):
    out = title
    # A descriptor that is only a placeholder for the merchant's name takes the pretty title.
    for token in ["{merchant}", "{MERCHANT}", "{descriptor}", "{label}"]:
        out = out.replace(token, pretty)
    for token in ["{suffix}", "{code}", "{branch}", "{city}", "{number}", "{id}", "{rid}", "{segment}", "{location}"]:
        out = out.replace(token, rng.choice(["", str(rng.randint(10, 9999)), "BKK", "TH", "LTD"]))
    out = re.sub(r"\{[^}]*\}", "", out)
    return " ".join(out.split())


usable = [p for p in patterns if category(p["types"].split(";")) and p["title"].strip() not in ("", "{branch}")]
weights = [float(p["weight"] or 1) for p in usable]
merchants = []
seen = set()
while len(merchants) < 150:
    p = rng.choices(usable, weights)[0]
    key = p["pretty_title"] or p["title"]
    if key in seen:
        continue
    seen.add(key)
    # Most merchants are the person's regulars from the start; newer ones are visited less.
    first = 0 if rng.random() < 0.75 else rng.randint(0, 700)
    merchants.append((p, category(p["types"].split(";")), rng.random() ** 2 * (1 if first == 0 else 0.5), first))
start = datetime.date(2023, 1, 1)
writer = csv.writer(sys.stdout)
writer.writerow(["Date", "Description", "Amount", "Category"])
rows = []
for _ in range(count):
    p, label, _, first = rng.choices(merchants, [m[2] + 0.02 for m in merchants])[0]
    day = start + datetime.timedelta(days=rng.randint(first, 729))
    low = float(p["amount_min"] or 5)
    high = float(p["amount_max"] or max(low, 60))
    cents = rng.randint(int(low * 100), int(max(low, high) * 100))
    text = fill(p["title"], p["pretty_title"])
    variant = rng.random()
    if variant < 0.2:
        text = text.upper()
    elif variant < 0.3:
        text = "SQ *" + text
    elif variant < 0.4:
        text = text + " #" + str(rng.randint(100, 999))
    rows.append((day.isoformat(), text, f"-{cents // 100}.{cents % 100:02d}", label))
for row in sorted(rows):
    writer.writerow(row)
