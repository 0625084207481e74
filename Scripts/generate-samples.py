#!/usr/bin/env python3
"""Writes Samples/: twelve months of the fictional Rivera household's bank files, byte-stable.

  checking.ofx   OFX 1.x SGML, checking account (salary, rent, bills, groceries, transfers)
  card.qfx       OFX 2.x XML (QFX), credit card (restaurants, shopping, subscriptions, travel)
  savings.xml    ISO 20022 CAMT.053, savings account linked to the emergency fund
  joint-us.csv   a US bank's CSV (MM/DD/YYYY, "$1,234.56", Withdrawal/Deposit columns)
  girokonto.csv  a German bank's CSV (semicolons, DD.MM.YYYY, decimal commas, EUR)
  goals.json     the household's goals, for `goalkit goal import`

Run from the package root: python3 Scripts/generate-samples.py
"""
import datetime
import json
import os
import random

rng = random.Random(2026)
START = datetime.date(2025, 11, 1)
END = datetime.date(2026, 10, 31)
OUT = "Samples"
os.makedirs(OUT, exist_ok=True)


def months():
    d = START
    while d <= END:
        yield d.year, d.month
        d = (d.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def day(y, m, d):
    return datetime.date(y, m, min(d, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31))


def money(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


# ---------------------------------------------------------------- checking (OFX 1.x SGML)
checking, card, savings, joint, giro = [], [], [], [], []
for y, m in months():
    checking.append((day(y, m, 1), 412_500, "ACME CORP PAYROLL", "CREDIT"))
    checking.append((day(y, m, 15), 412_500, "ACME CORP PAYROLL", "CREDIT"))
    checking.append((day(y, m, 2), -215_000, "MAPLE PROPERTY MGMT RENT", "DEBIT"))
    checking.append((day(y, m, 18), -rng.randint(7_500, 14_500), "CON EDISON", "DEBIT"))
    checking.append((day(y, m, 20), -8_500, "VERIZON WIRELESS", "DEBIT"))
    checking.append((day(y, m, 25), -50_000, "ONLINE TRANSFER TO SAVINGS 4410", "XFER"))
    savings.append((day(y, m, 26), 50_000, "CRDT", "TRANSFER FROM CHECKING 0912", "Monthly savings"))
    savings.append((day(y, m, 28), rng.randint(300, 900), "CRDT", "Northwind Bank", "Interest"))
    if m % 3 == 0:
        checking.append((day(y, m, 27), -1_500, "MONTHLY SERVICE FEE", "FEE"))
    for w in range(4):
        checking.append((day(y, m, 3 + 7 * w), -rng.randint(6_000, 14_500),
                         rng.choice(["TRADER JOE'S #552", "WHOLEFDS MKT 10234", "SAFEWAY #1187"]), "POS"))
    checking.append((day(y, m, 22), -rng.randint(3_500, 6_500), "SHELL OIL 57442", "POS"))
    card_total = 0
    card.append((day(y, m, 5), -1_549 if (y, m) < (2026, 7) else -2_299, "NETFLIX.COM", "5815"))
    card.append((day(y, m, 8), -1_199, "SPOTIFY USA", "5815"))
    card.append((day(y, m, 12), -2_499, "PLANET FITNESS", "7997"))
    dinners = 3 + (5 if (y, m) >= (2026, 8) else rng.randint(0, 2))
    for i in range(dinners):
        card.append((day(y, m, 2 + 3 * i), -rng.randint(1_800, 6_500),
                     rng.choice(["CHIPOTLE 1123", "SQ *THE LOCAL TAVERN", "DOORDASH*THAI PALACE"]), "5812"))
    for i in range(6):
        card.append((day(y, m, 1 + 4 * i), -rng.randint(450, 780), "STARBUCKS STORE 0212", "5814"))
    if m in (12, 4, 7):
        card.append((day(y, m, 14), -rng.randint(4_000, 16_000), "AMAZON MKTPLACE PMTS", "5942"))
    spent = sum(-c for d, c, _, _ in card if d.year == y and d.month == m)
    card.append((day(y, m, 26), spent, "PAYMENT THANK YOU", "PAYMENT"))
    checking.append((day(y, m, 26), -spent, "CHASE CREDIT CRD AUTOPAY", "PAYMENT"))
    joint.append((day(y, m, 9), -rng.randint(9_000, 16_000), "COSTCO WHSE #0481"))
    joint.append((day(y, m, 11), -3_000, "CITY WATER UTILITY"))
    joint.append((day(y, m, 17), -rng.randint(2_500, 7_000), "TARGET 00021354"))
    joint.append((day(y, m, 1), 60_000, "TRANSFER FROM A. RIVERA"))
    giro.append((day(y, m, 3), -4_990, "Lastschrift Sportverein Bergfeld"))
    giro.append((day(y, m, 15), -rng.randint(2_000, 6_000), "REWE Markt GmbH"))
    giro.append((day(y, m, 28), 25_000, "Gutschrift Mieteinnahme Wohnung"))
card.append((datetime.date(2026, 9, 21), -149_999, "BEST BUY 00123", "5732"))
card.append((datetime.date(2026, 9, 26), 149_999, "PAYMENT THANK YOU", "PAYMENT"))
checking.append((datetime.date(2026, 9, 26), -149_999, "CHASE CREDIT CRD AUTOPAY EXTRA", "PAYMENT"))
checking.append((datetime.date(2026, 10, 10), 500_000, "ACME CORP ANNUAL BONUS", "CREDIT"))
card.append((datetime.date(2026, 3, 14), -86_420, "DELTA AIR LINES", "3058"))
card.append((datetime.date(2026, 3, 16), -54_310, "MARRIOTT HOTELS", "3509"))
for lst in (checking, card, savings, joint, giro):
    lst.sort(key=lambda t: (t[0], t[2], t[1]))


def ofx_date(d):
    return d.strftime("%Y%m%d") + "120000[-5:EST]"


lines = ["OFXHEADER:100", "DATA:OFXSGML", "VERSION:102", "SECURITY:NONE", "ENCODING:USASCII", "CHARSET:1252",
         "COMPRESSION:NONE", "OLDFILEUID:NONE", "NEWFILEUID:NONE", "", "<OFX>", "<SIGNONMSGSRSV1>", "<SONRS>",
         "<STATUS>", "<CODE>0", "<SEVERITY>INFO", "</STATUS>", "<DTSERVER>" + ofx_date(END), "<LANGUAGE>ENG",
         "</SONRS>", "</SIGNONMSGSRSV1>", "<BANKMSGSRSV1>", "<STMTTRNRS>", "<TRNUID>1", "<STATUS>", "<CODE>0",
         "<SEVERITY>INFO", "</STATUS>", "<STMTRS>", "<CURDEF>USD", "<BANKACCTFROM>", "<BANKID>021000021",
         "<ACCTID>000123450912", "<ACCTTYPE>CHECKING", "</BANKACCTFROM>", "<BANKTRANLIST>",
         "<DTSTART>" + ofx_date(START), "<DTEND>" + ofx_date(END)]
balance = 480_000
for i, (d, cents, name, kind) in enumerate(checking):
    balance += cents
    lines += ["<STMTTRN>", "<TRNTYPE>" + ("CREDIT" if cents > 0 else "DEBIT"), "<DTPOSTED>" + ofx_date(d),
              "<TRNAMT>" + money(cents), f"<FITID>CHK{d.strftime('%Y%m%d')}{i:04d}", "<NAME>" + name.replace("&", "&amp;"),
              "</STMTTRN>"]
lines += ["</BANKTRANLIST>", "<LEDGERBAL>", "<BALAMT>" + money(balance), "<DTASOF>" + ofx_date(END), "</LEDGERBAL>",
          "</STMTRS>", "</STMTTRNRS>", "</BANKMSGSRSV1>", "</OFX>", ""]
open(os.path.join(OUT, "checking.ofx"), "w", newline="\r\n").write("\n".join(lines))

# ---------------------------------------------------------------- card (OFX 2.x XML / QFX)
x = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
     '<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>', "<OFX>",
     "  <SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>"
     f"<DTSERVER>{ofx_date(END)}</DTSERVER><LANGUAGE>ENG</LANGUAGE></SONRS></SIGNONMSGSRSV1>",
     "  <CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>1</TRNUID><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>",
     "    <CCSTMTRS><CURDEF>USD</CURDEF><CCACCTFROM><ACCTID>4111000011117788</ACCTID></CCACCTFROM>",
     f"      <BANKTRANLIST><DTSTART>{ofx_date(START)}</DTSTART><DTEND>{ofx_date(END)}</DTEND>"]
owed = 0
for i, (d, cents, name, code) in enumerate(card):
    owed += cents
    sic = f"<SIC>{code}</SIC>" if code.isdigit() else ""
    x.append(f"        <STMTTRN><TRNTYPE>{'CREDIT' if cents > 0 else 'DEBIT'}</TRNTYPE><DTPOSTED>{ofx_date(d)}</DTPOSTED>"
             f"<TRNAMT>{money(cents)}</TRNAMT><FITID>CC{d.strftime('%y%m%d')}{i:04d}</FITID>{sic}"
             f"<NAME>{name.replace('&', '&amp;')}</NAME></STMTTRN>")
x += ["      </BANKTRANLIST>", f"      <LEDGERBAL><BALAMT>{money(owed)}</BALAMT><DTASOF>{ofx_date(END)}</DTASOF></LEDGERBAL>",
      "    </CCSTMTRS>", "  </CCSTMTTRNRS></CREDITCARDMSGSRSV1>", "</OFX>", ""]
open(os.path.join(OUT, "card.qfx"), "w").write("\n".join(x))

# ---------------------------------------------------------------- savings (CAMT.053)
total = 820_000
for _, cents, *_ in savings:
    total += cents
c = ['<?xml version="1.0" encoding="UTF-8"?>',
     '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">', "<BkToCstmrStmt>",
     f"<GrpHdr><MsgId>RIVERA-SAV-{END.isoformat()}</MsgId><CreDtTm>{END.isoformat()}T23:00:00</CreDtTm></GrpHdr>",
     "<Stmt>", "<Id>STMT-2026</Id>", "<Acct><Id><Othr><Id>SAV-4410</Id></Othr></Id><Ccy>USD</Ccy></Acct>",
     f'<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="USD">8200.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{START.isoformat()}</Dt></Dt></Bal>',
     f'<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="USD">{money(total)}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{END.isoformat()}</Dt></Dt></Bal>']
for i, (d, cents, ind, party, info) in enumerate(savings):
    c += ["<Ntry>", f'<Amt Ccy="USD">{money(cents)}</Amt>', f"<CdtDbtInd>{ind}</CdtDbtInd>", "<Sts><Cd>BOOK</Cd></Sts>",
          f"<BookgDt><Dt>{d.isoformat()}</Dt></BookgDt>", f"<ValDt><Dt>{d.isoformat()}</Dt></ValDt>",
          f"<AcctSvcrRef>SAV{d.strftime('%Y%m%d')}{i:03d}</AcctSvcrRef>",
          "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>" + ("INTR" if info == "Interest" else "ESCT") + "</SubFmlyCd></Fmly></Domn></BkTxCd>",
          f"<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>{party}</Nm></Dbtr></RltdPties><RmtInf><Ustrd>{info}</Ustrd></RmtInf></TxDtls></NtryDtls>",
          "</Ntry>"]
c += ["</Stmt>", "</BkToCstmrStmt>", "</Document>", ""]
open(os.path.join(OUT, "savings.xml"), "w").write("\n".join(c))

# ---------------------------------------------------------------- CSVs
bal = 150_000
rows = ['"Date","Description","Withdrawal","Deposit","Balance"']
for d, cents, name in joint:
    bal += cents
    w = f'"${abs(cents) // 100:,}.{abs(cents) % 100:02d}"' if cents < 0 else ""
    dep = f'"${cents // 100:,}.{cents % 100:02d}"' if cents > 0 else ""
    rows.append(f'"{d.strftime("%m/%d/%Y")}","{name}",{w},{dep},"${bal // 100:,}.{bal % 100:02d}"')
open(os.path.join(OUT, "joint-us.csv"), "w", newline="").write("\r\n".join(rows) + "\r\n")


def de(cents):
    sign = "-" if cents < 0 else ""
    whole = f"{abs(cents) // 100:,}".replace(",", ".")
    return f"{sign}{whole},{abs(cents) % 100:02d}"


rows = ["Kontoauszug Girokonto DE89 3704 0044 0532 0130 00", "", "Buchungstag;Verwendungszweck;Betrag;Währung"]
for d, cents, text in giro:
    rows.append(f"{d.strftime('%d.%m.%Y')};{text};{de(cents)};EUR")
open(os.path.join(OUT, "girokonto.csv"), "w", encoding="utf-8", newline="").write("\n".join(rows) + "\n")

goals = [
    {"name": "Emergency fund", "target": "15000.00", "category": "emergency", "priority": "high",
     "start_date": "2025-11-01", "target_date": "2027-10-31", "account": "SAV-4410",
     "count_balance": True, "description": "Six months of fixed costs"},
    {"name": "Japan trip", "target": "6000.00", "category": "vacation", "priority": "medium",
     "start_date": "2026-01-01", "target_date": "2027-06-30", "current": "500.00"},
    {"name": "New laptop", "target": "1800.00", "category": "electronics", "priority": "low",
     "start_date": "2026-05-01", "target_date": None},
]
open(os.path.join(OUT, "goals.json"), "w").write(json.dumps(goals, indent=2, sort_keys=True) + "\n")
print("wrote", ", ".join(sorted(os.listdir(OUT))))
