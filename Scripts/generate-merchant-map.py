#!/usr/bin/env python3
"""Builds Sources/GoalKitAnalysis/Categorize/MerchantMapData.swift: the shipped merchant map.

Sources: hand-picked common merchants (below), and the merchant names of the solyanka
transaction patterns (MIT, ../shared/data/LICENSE.solyanka.txt) with their tags mapped to
GoalKit's categories. Run from the package root:
    python3 Scripts/generate-merchant-map.py ../shared/data/solyanka_transaction_patterns.csv
"""
import csv
import re
import sys

# Tag → category, first matching tag wins (most specific first).
TAGS = [
    ("food_delivery", "Food Delivery"), ("delivery", "Food Delivery"),
    ("coffee", "Coffee Shops"), ("cafe", "Coffee Shops"), ("tea", "Coffee Shops"),
    ("supermarket", "Groceries"), ("groceries", "Groceries"), ("convenience_store", "Groceries"), ("bakery", "Groceries"),
    ("fast_food", "Restaurants"), ("restaurant", "Restaurants"), ("dining", "Restaurants"), ("bar", "Restaurants"),
    ("nightlife", "Restaurants"), ("dessert", "Restaurants"), ("food", "Restaurants"),
    ("pharmacy", "Pharmacy"), ("dentist", "Doctor & Dentist"), ("medical", "Doctor & Dentist"), ("healthcare", "Doctor & Dentist"),
    ("health", "Doctor & Dentist"),
    ("gas_station", "Fuel"), ("fuel", "Fuel"), ("taxi", "Rideshare & Taxi"), ("ride_hailing", "Rideshare & Taxi"),
    ("public_transport", "Public Transit"), ("parking", "Parking & Tolls"), ("transportation", "Public Transit"),
    ("airline", "Flights"), ("aviation", "Flights"), ("airport", "Flights"), ("hotel", "Lodging"), ("accommodation", "Lodging"),
    ("booking", "Travel"), ("travel", "Travel"), ("traveling", "Travel"), ("tourism", "Travel"),
    ("subscription", "Streaming & Subscriptions"), ("software", "Electronics & Software"), ("application", "Streaming & Subscriptions"),
    ("cinema", "Events & Tickets"), ("entertainment", "Events & Tickets"), ("leisure", "Hobbies & Games"),
    ("fitness", "Fitness"), ("sports", "Fitness"), ("gym", "Fitness"),
    ("spa", "Personal Care"), ("beauty", "Personal Care"), ("wellness", "Personal Care"), ("personal_care", "Personal Care"),
    ("clothing", "Clothing"), ("fashion", "Clothing"), ("electronics", "Electronics & Software"),
    ("utilities", "Utilities"), ("telecommunication", "Utilities"), ("top_up", "Utilities"),
    ("education", "Books & Courses"), ("pets", "Pet Care"), ("pet_care", "Pet Care"),
    ("ecommerce", "Online Marketplaces"), ("online", "Online Marketplaces"), ("shopping", "Shopping"), ("retail", "Shopping"),
]

COMMON = {
    "netflix": "Streaming & Subscriptions", "spotify": "Streaming & Subscriptions", "hulu": "Streaming & Subscriptions",
    "disney plus": "Streaming & Subscriptions", "youtube premium": "Streaming & Subscriptions", "apple com bill": "Streaming & Subscriptions",
    "amazon prime": "Streaming & Subscriptions", "hbo max": "Streaming & Subscriptions", "audible": "Streaming & Subscriptions",
    "amazon": "Online Marketplaces", "amzn": "Online Marketplaces", "ebay": "Online Marketplaces", "etsy": "Online Marketplaces",
    "walmart": "Groceries", "costco": "Groceries", "trader joe": "Groceries", "whole foods": "Groceries", "wholefds": "Groceries",
    "kroger": "Groceries", "safeway": "Groceries", "aldi": "Groceries", "lidl": "Groceries", "tesco": "Groceries",
    "sainsbury": "Groceries", "albert heijn": "Groceries", "rewe": "Groceries", "edeka": "Groceries", "carrefour": "Groceries",
    "target": "Shopping", "ikea": "Household Goods", "home depot": "Home Maintenance", "lowes": "Home Maintenance",
    "starbucks": "Coffee Shops", "blue bottle": "Coffee Shops", "dunkin": "Coffee Shops", "peets": "Coffee Shops",
    "mcdonald": "Restaurants", "chipotle": "Restaurants", "subway": "Restaurants", "burger king": "Restaurants",
    "doordash": "Food Delivery", "uber eats": "Food Delivery", "grubhub": "Food Delivery", "deliveroo": "Food Delivery",
    "uber": "Rideshare & Taxi", "lyft": "Rideshare & Taxi", "bolt": "Rideshare & Taxi",
    "shell": "Fuel", "chevron": "Fuel", "exxon": "Fuel", "exxonmobil": "Fuel", "bp": "Fuel", "texaco": "Fuel", "esso": "Fuel",
    "cvs": "Pharmacy", "walgreens": "Pharmacy", "rite aid": "Pharmacy", "boots": "Pharmacy",
    "delta air": "Flights", "united airlines": "Flights", "american airlines": "Flights", "ryanair": "Flights", "easyjet": "Flights",
    "airbnb": "Lodging", "marriott": "Lodging", "hilton": "Lodging", "booking com": "Lodging", "expedia": "Travel",
    "comcast": "Utilities", "verizon": "Utilities", "at&t": "Utilities", "t mobile": "Utilities", "pg&e": "Utilities",
    "con edison": "Utilities", "planet fitness": "Fitness", "equinox": "Fitness", "peloton": "Fitness",
    "apple store": "Electronics & Software", "best buy": "Electronics & Software", "microsoft": "Electronics & Software",
    "adobe": "Electronics & Software", "google": "Electronics & Software", "steam": "Hobbies & Games",
    "geico": "Car Insurance", "progressive": "Car Insurance", "state farm": "Car Insurance",
    "payroll": "Salary", "salary": "Salary", "direct dep": "Salary", "interest paid": "Interest & Dividends",
    "dividend": "Interest & Dividends", "overdraft": "Bank Fees", "service charge": "Bank Fees", "monthly fee": "Bank Fees",
    "atm withdrawal": "Cash Withdrawals", "rent": "Rent & Mortgage", "property mgmt": "Rent & Mortgage",
    "property management": "Rent & Mortgage", "mortgage": "Rent & Mortgage", "water utility": "Utilities",
    "annual bonus": "Salary", "bonus": "Salary", "miete": "Rent & Mortgage", "mieteinnahme": "Other Income", "cash withdrawal": "Cash Withdrawals", "irs": "Taxes",
}


def key(text):
    text = text.lower()
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"[^a-z0-9&]+", " ", text)
    words = [w for w in text.split() if not w.isdigit()]
    return " ".join(words[:3])


def main():
    entries = dict(COMMON)
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = key(row["pretty_title"] or row["title"])
            if len(name) < 4 or name in entries:
                continue
            tags = row["types"].split(";")
            for tag, category in TAGS:
                if tag in tags:
                    entries[name] = category
                    break
    lines = "\n".join(f"{k}|{v}" for k, v in sorted(entries.items()))
    out = f'''// Generated by Scripts/generate-merchant-map.py; do not edit by hand.
// Merchant names from the solyanka transaction patterns (MIT, Copyright (c) kvokka; see the
// README's credits) and hand-picked common merchants, each with a GoalKit category.

extension MerchantMap {{
    /// `merchant key|Category` lines, sorted by key.
    static let shippedData = """
{lines}
"""
}}
'''
    open("Sources/GoalKitAnalysis/Categorize/MerchantMapData.swift", "w").write(out)
    print(f"{len(entries)} merchants")


main()
