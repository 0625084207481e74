#!/usr/bin/env python3
"""Writes a deterministic OFX 1.x statement of N transactions to stdout, for memory and
speed checks: python3 Scripts/generate-ofx.py 1000000 > /tmp/big.ofx"""
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
rng = random.Random(42)
merchants = ["SQ *BLUE BOTTLE #123", "SHELL OIL 57442", "AMAZON MKTPLACE PMTS", "NETFLIX.COM", "TRADER JOE'S #552",
             "UBER *TRIP", "WHOLEFDS MKT 10234", "SPOTIFY USA", "CHEVRON 0093", "STARBUCKS STORE 0212"]
out = sys.stdout
out.write("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\n"
          "COMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n<OFX>\n<SIGNONMSGSRSV1>\n<SONRS>\n<STATUS>\n<CODE>0\n"
          "<SEVERITY>INFO\n</STATUS>\n<DTSERVER>20240101\n<LANGUAGE>ENG\n</SONRS>\n</SIGNONMSGSRSV1>\n<BANKMSGSRSV1>\n"
          "<STMTTRNRS>\n<TRNUID>1\n<STATUS>\n<CODE>0\n<SEVERITY>INFO\n</STATUS>\n<STMTRS>\n<CURDEF>USD\n"
          "<BANKACCTFROM>\n<BANKID>021000021\n<ACCTID>9876543210\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n<BANKTRANLIST>\n")
for i in range(n):
    day = 1 + (i * 3650 // max(n, 1))
    year = 2015 + day // 365
    rest = day % 365
    month = min(12, 1 + rest // 31)
    dom = min(28, 1 + rest % 31)
    cents = rng.randint(100, 25000)
    sign = "" if i % 20 == 0 else "-"
    out.write(f"<STMTTRN>\n<TRNTYPE>{'CREDIT' if sign == '' else 'DEBIT'}\n<DTPOSTED>{year:04d}{month:02d}{dom:02d}120000[-5:EST]\n"
              f"<TRNAMT>{sign}{cents // 100}.{cents % 100:02d}\n<FITID>T{i:09d}\n<NAME>{merchants[i % len(merchants)]}\n"
              f"<MEMO>Card purchase {i}\n</STMTTRN>\n")
out.write("</BANKTRANLIST>\n<LEDGERBAL>\n<BALAMT>1000.00\n<DTASOF>20250101\n</LEDGERBAL>\n</STMTRS>\n</STMTTRNRS>\n"
          "</BANKMSGSRSV1>\n</OFX>\n")
