#!/usr/bin/env python3
"""Builds Sources/GoalKitAnalysis/Categorize/CategoryLexiconData.swift: the shipped lexicon of
words that carry the kind of business (`pizza`, `taqueria`, `bakery`, `apotheke`).

Sources: the descriptions of the merchant category codes (greggles/mcc-codes, Unlicense,
../shared/data/LICENSE.greggles-mcc-codes.txt), each code mapped to a GoalKit category below,
and hand-written shop-type and cuisine words in English, German, French, Dutch and Spanish.
No merchant or brand names: the lexicon is for merchants the map has never heard of. Run from
the package root:
    python3 Scripts/generate-category-lexicon.py ../shared/data/mcc_codes_greggles.csv

Each word has a strength: 2 for a word that names the kind of shop (`bakery`, `pharmacy`,
`barber`), 1 for a word that only hints at it (a cuisine, `thai`, `sushi`); the strongest words
of a payee decide, and words of equal strength that disagree make the lexicon abstain. A word
the MCC descriptions give to two categories is left out.
"""
import csv
import re
import sys

# MCC → category (the kinds of business people pay at; the rest are left out).
MCC = {
    4111: "Public Transit", 4112: "Public Transit", 4131: "Public Transit", 4121: "Rideshare & Taxi",
    4511: "Flights", 4582: "Flights", 4722: "Travel", 4411: "Travel", 4784: "Parking & Tolls",
    4814: "Utilities", 4899: "Utilities", 4900: "Utilities",
    5192: "Books & Courses", 5942: "Books & Courses", 5994: "Books & Courses",
    5200: "Home Maintenance", 5211: "Home Maintenance", 5231: "Home Maintenance", 5251: "Home Maintenance",
    5261: "Home Maintenance",
    5411: "Groceries", 5422: "Groceries", 5441: "Groceries", 5451: "Groceries", 5462: "Groceries",
    5499: "Groceries",
    5532: "Car Maintenance", 5533: "Car Maintenance", 7531: "Car Maintenance", 7534: "Car Maintenance",
    7538: "Car Maintenance", 7542: "Car Maintenance", 7549: "Car Maintenance",
    5541: "Fuel", 5542: "Fuel",
    5611: "Clothing", 5621: "Clothing", 5641: "Clothing", 5651: "Clothing", 5661: "Clothing", 5697: "Clothing",
    5712: "Household Goods", 5713: "Household Goods", 5714: "Household Goods", 5722: "Household Goods",
    5732: "Electronics & Software", 5734: "Electronics & Software",
    5812: "Restaurants", 5813: "Restaurants", 5814: "Restaurants",
    5912: "Pharmacy", 5992: "Gifts & Donations", 5947: "Gifts & Donations",
    5941: "Fitness", 5945: "Hobbies & Games", 5970: "Hobbies & Games", 5733: "Hobbies & Games",
    5977: "Personal Care", 5995: "Pet Care", 742: "Pet Care",
    7011: "Lodging", 7230: "Personal Care", 7297: "Personal Care", 7298: "Personal Care",
    7512: "Car Rental", 7523: "Parking & Tolls", 7832: "Events & Tickets", 7922: "Events & Tickets",
    7933: "Events & Tickets", 7991: "Events & Tickets", 7996: "Events & Tickets", 7998: "Events & Tickets",
    7997: "Fitness", 8021: "Doctor & Dentist", 8011: "Doctor & Dentist", 8041: "Doctor & Dentist",
    8042: "Doctor & Dentist", 8043: "Doctor & Dentist", 8062: "Doctor & Dentist", 8049: "Doctor & Dentist",
    8220: "Tuition", 8211: "Tuition", 8351: "Childcare", 8398: "Gifts & Donations", 9311: "Taxes",
    6300: "Life Insurance",
}

# Words of MCC descriptions that say nothing about the kind of business.
STOP = set("""a and or the of for in with not elsewhere classified misc miscellaneous other others including
including except only use listed below new used sales service services supply supplies store stores shop shops
equipment goods products related specialty special parts accessories dealers general commercial local public
places place truck trucks lots lot house houses etc including family men women children infant boy boys
professional supplies centers center companies company automated manual systems system previously
agencies agency operators operations items product retail direct marketing merchant large digital excludes
ready wear to with without ancillary suburban commuter passenger transportation carriers air water
paint gas tire tires body repair repairs auto automotive automobile car motor vehicle home
fee fees new news card care payment payments premium premiums central station stations health country private
course courses field fields flying motion picture pictures reservation park parks terminal terminals airport
airports sport sports sporting recreation membership clubs social organization organizations charitable game
music musical sheet instrument instruments fortune teller tellers exhibit exhibits window floor covering building
material materials glass glas glasse warehouse lumber lawn insurance underwriting alley alleys artist craft hobby
bridge junior secondary elementary child dispenser dispensers drug foods fast eating drinking lounges alcoholic
beverage beverages household furnishing furnishings seamstres treading washe washes utilitie universitie
nurserie bakerie ferie fery feries buse buses circuse eyeglasse exceptappliance exceptappliances
professionalschool professionalschools producer producers theatrical cable sanitary television convenience
markets meat candy freezer locker provisioner provisioners shoe travel tourist attraction attractions
telecommunication""".split())

# Hand-written words: word → (category, strength). EN, DE, FR, NL, ES.
HAND = {}


def add(category, strength, text):
    for word in text.split():
        HAND[word] = (category, strength)


add("Restaurants", 2, """restaurant restaurants restaurante restaurantes ristorante trattoria osteria pizzeria pizza
pizzas taqueria taco tacos burrito burritos burger burgers grill grillhouse bbq barbecue steakhouse steak diner
bistro bistrot brasserie gasthaus gasthof wirtshaus biergarten imbiss kneipe eetcafe eethuis cantina tapas
taverna tavern pub pubs bar bars brewpub brewery izakaya ramen sushi noodle noodles dumpling dumplings kebab kebap
doner shawarma falafel gyros wok buffet canteen kantine mensa friterie frituur snackbar cerveceria chiringuito
marisqueria asador comedor creperie crêperie sandwich sandwiches deli bagel bagels wings chicken fried
pho banh dim sum curry tandoori masala biryani halal cocktail cocktails lounge nightclub tavern
taberna eatery kitchen cuisine breakfast brunch pancake pancakes thali""")
add("Restaurants", 1, """thai indian italian mexican chinese japanese korean vietnamese greek turkish lebanese
spanish french american peruvian ethiopian vegan vegetarian seafood fish poke hotpot bbq deli""")
add("Groceries", 1, """market markt marché mercado organic dairy cheese kaas fruit obst""")
add("Coffee Shops", 1, """roast""")
add("Shopping", 1, """outlet dutyfree""")
add("Travel", 1, """travel travels""")
add("Pharmacy", 1, """pharma""")
add("Doctor & Dentist", 1, """health""")
# A few words of other languages banks write in (Portuguese, Scandinavian).
add("Groceries", 2, """padaria pastelaria""")
add("Restaurants", 2, """churrascaria lanchonete""")
add("Pharmacy", 2, """drogaria farmácia apotek""")
add("Coffee Shops", 2, """kafe kaffe""")
add("Groceries", 1, """mart""")
add("Coffee Shops", 2, """coffee cafe café cafes kaffee koffie espresso roastery roasters teahouse tea teas
boba bubble chai matcha tearoom koffiehuis cafeteria""")
add("Groceries", 2, """grocery groceries grocer supermarket supermarkt supermarché supermarche supermercado
hypermarket hypermarché hypermarche minimart minimarket bakery bakeries baker
bäckerei baeckerei backerei bakkerij boulangerie patisserie pâtisserie panaderia panadería pasteleria
konditorei butcher metzgerei fleischerei boucherie slagerij carniceria greengrocer verdura frutas
fruteria delicatessen feinkost épicerie epicerie kruidenier tienda alimentacion lebensmittel
biomarkt fromagerie""")
add("Fuel", 2, """fuel petrol gasoline tankstelle tanken station-service carburant benzine tankstation
gasolinera gasolina diesel""")
add("Pharmacy", 2, """pharmacy pharmacie apotheke apotheek farmacia drugstore chemist drogerie parapharmacie""")
add("Doctor & Dentist", 2, """dental dentist dentistry zahnarzt zahnärzte tandarts dentiste dentista clinic
clinics klinik kliniek clinique clínica clinica medical doctor doctors arzt ärzte arztpraxis praxis huisarts
médecin medecin médico physio physiotherapy physiotherapie fysiotherapie kinesitherapeute orthodontist
hospital krankenhaus ziekenhuis hôpital hopital optician optiker opticien opticien óptica optica optometrist
chiropractor pediatrics laboratory""")
add("Personal Care", 2, """barber barbers barbershop barbier friseur frisör friseursalon coiffeur coiffure kapper
kapsalon peluqueria peluquería salon hair haircut nails nail manicure spa massage massagen kosmetik
cosmetics beauty schoonheidssalon esthetique estética wax waxing lashes brows""")
add("Fitness", 2, """gym gyms fitness fitnessstudio sportschool yoga pilates crossfit boxing climbing
boulder boulderhalle bouldering gimnasio salle dojo martial swim swimming schwimmbad zwembad piscina""")
add("Gifts & Donations", 2, """florist florists flowers flower blumen bloemist bloemen fleuriste fleurs floristeria
floristería gifts souvenir souvenirs charity donation donations spende spenden""")
add("Books & Courses", 2, """books book bookstore bookshop buchhandlung boekhandel librairie librería libreria
stationery papeterie schreibwaren newsagent""")
add("Lodging", 2, """hotel hotels motel hostel hostels inn resort resorts guesthouse
herberge jugendherberge hôtel auberge hostal albergue lodge villa villas bungalow bungalows homestay""")
add("Flights", 2, """airline airlines airways aviation flights""")
add("Public Transit", 2, """railway railways rail bahn train trains tram transit
bus busse sncf ratp renfe ovpay verkehrsbetriebe""")
add("Rideshare & Taxi", 2, """taxi taxis cabs limousine""")
add("Parking & Tolls", 2, """parking parkhaus parkeren parkeergarage stationnement aparcamiento toll tolls
maut peage péage""")
add("Pet Care", 2, """vet veterinary veterinarian tierarzt dierenarts vétérinaire veterinario pet pets
petshop groom grooming groomer zoohandlung dierenwinkel animalerie""")
add("Clothing", 2, """clothing apparel fashion boutique shoes schuhe schoenen chaussures zapatos zapateria
kleding ropa tailor""")
add("Electronics & Software", 2, """electronics elektronik electronica électronique computer computers
software""")
add("Home Maintenance", 2, """hardware baumarkt bouwmarkt bricolage ferreteria ferretería plumber plumbing
locksmith garden gardening nursery""")
add("Household Goods", 2, """furniture möbel moebel meubels meubles muebles homeware""")
add("Events & Tickets", 2, """cinema kino bioscoop cine cinéma theater theatre théâtre teatro tickets ticket
museum museo musée musee zoo concert concerts bowling""")
add("Car Maintenance", 2, """carwash werkstatt autowerkstatt mechanic tyres tires reifen""")
add("Car Rental", 2, """autovermietung autoverhuur""")
add("Childcare", 2, """daycare kita kindergarten creche crèche kinderopvang guarderia""")
add("Tuition", 2, """school schule university universität universiteit université universidad academy
tuition""")
add("Utilities", 2, """electricity strom stadtwerke wasser broadband
telecom""")
add("Rent & Mortgage", 2, """rent miete huur loyer alquiler mortgage hypothek hypotheek""")
add("Salary", 2, """payroll salary gehalt lohn salaris salaire nomina nómina""")
add("Interest & Dividends", 2, """dividend dividends""")
add("Taxes", 2, """irs finanzamt belastingdienst""")


def main():
    words = {}
    conflicts = set()
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            category = MCC.get(int(row["mcc"]))
            if category is None:
                continue
            for word in re.findall(r"[a-z]+", row["edited_description"].lower()):
                if len(word) < 4 or word in STOP:
                    continue
                for form in {word, re.sub(r"ies$", "y", word), re.sub(r"s$", "", word)}:
                    if form in words and words[form] != category:
                        conflicts.add(form)
                    words[form] = category
    entries = {w: (c, 2) for w, c in words.items() if w not in conflicts}
    entries.update(HAND)
    lines = "\n".join(f"        {w}|{c}|{s}" for w, (c, s) in sorted(entries.items()))
    out = f'''// Generated by Scripts/generate-category-lexicon.py; do not edit by hand.
// Words from the merchant category code descriptions (greggles/mcc-codes, Unlicense; see the
// README's credits) and shop-type and cuisine words in English, German, French, Dutch and
// Spanish, each with a GoalKit category and a strength (2 names the kind of shop, 1 hints).

extension CategoryLexicon {{
    /// `word|Category|strength` lines, sorted by word.
    static let shippedData = """
{lines}
        """
}}
'''
    open("Sources/GoalKitAnalysis/Categorize/CategoryLexiconData.swift", "w").write(out)
    print(f"{len(entries)} words")


main()
