import GoalKit
import GoalKitAnalysis
import Testing

@Suite struct CategoryLexiconTests {
    func features(
        _ payee: String, _ amount: Int64 = -1_000, memo: String = "", type: String? = nil
    ) -> ExpenseFeatures {
        ExpenseFeatures(
            payee: payee, rawPayee: payee.uppercased(), memo: memo, amount: Money(minorUnits: amount, currency: .usd),
            account: "main", transactionType: type)
    }

    /// Merchants no map knows, named by the kind of business (English, German, French, Dutch,
    /// Spanish), and what they are.
    static let unseen: [(String, String?)] = [
        ("Luigi's Pizza", "Restaurants"), ("Taqueria El Sol", "Restaurants"), ("Burger Bar Zuid", "Restaurants"),
        ("Jade Tea House", "Coffee Shops"), ("The Crown Pub", "Restaurants"), ("Sunrise Bakery", "Groceries"),
        ("Petal and Stem Florist", "Gifts & Donations"), ("Lotus Yoga Studio", "Fitness"),
        ("Kings Barber", "Personal Care"), ("Bright Smile Dental", "Doctor & Dentist"),
        ("Stadt-Apotheke Mitte", "Pharmacy"), ("Hofapotheke", "Pharmacy"), ("Aral Tankstelle", "Fuel"),
        ("Bäckerei Müller", "Groceries"), ("Metzgerei Huber", "Groceries"), ("Friseur Schnittig", "Personal Care"),
        ("Boulangerie Paul", "Groceries"), ("Pharmacie du Centre", "Pharmacy"), ("Librairie Gibert", "Books & Courses"),
        ("Fleuriste Rose", "Gifts & Donations"), ("Bakkerij Jansen", "Groceries"),
        ("Tandarts de Vries", "Doctor & Dentist"),
        ("Panadería La Espiga", "Groceries"), ("Farmacia Santa Ana", "Pharmacy"), ("Gasolinera Repsol Norte", "Fuel"),
        ("Red Harvest Books", "Books & Courses"), ("Thai Massage Spa", "Personal Care"),
        ("Rocket Coffeebar", "Coffee Shops"), ("Pizza4ps Thao Dien", "Restaurants"), ("Vitusapotek Torg", "Pharmacy"),
        ("Padaria Estrela", "Groceries"), ("Ubud Garden Villa", nil),
        // A whole word says more than a compound: a dog groomer named for coffee.
        ("Huskycoffee Groom", "Pet Care"),
        // Words of equal strength that disagree: no guess.
        ("Bakery Cafe", nil), ("Qwxyz Holdings", nil),
    ]

    @Test(arguments: unseen) func categoryWordsPlaceMerchantsNeverSeen(payee: String, expected: String?) {
        let decision = Categorizer(rules: [], merchants: MerchantMap(lines: "")).decide(features(payee))
        #expect(decision?.category == expected)
        if expected != nil { #expect(decision?.explanation.contains("shipped lexicon") == true) }
    }

    static let labelledRestaurants = ["Red Lobster", "Red Rooster Grill", "Harvest Kitchen", "Harvest Moon Diner"]

    @Test func aSharedGenericWordIsNoEvidence() {
        let model = NaiveBayesModel(examples: Self.labelledRestaurants.map { (features($0), "Restaurants") })
        let c = Categorizer(rules: [], merchants: MerchantMap(lines: ""), model: model)
        #expect(c.decide(features("Red Harvest Books"))?.category == "Books & Courses")
        #expect(c.decide(features("Red Harvest Trading")) == nil)
        // The person's own word still teaches: a label on "Lobster" lines places another one.
        #expect(c.decide(features("Red Lobster"))?.category == "Restaurants")
    }

    /// (text, whether it holds fee vocabulary): whole words only.
    static let fees: [(String, Bool)] = [
        ("COFFEE", false), ("Toffee House", false), ("FEEDBACK LTD", false), ("Feel Good Yoga", false),
        ("COFFEE FEED", false), ("Service charge", true), ("MONTHLY SERVICE FEE", true),
        ("FOREIGN TRANSACTION FEE", true),
        ("OVERDRAFT CHARGE", true), ("Kontoführungsgebühr", true), ("Kontoführungsgebühren 03/2024", true),
        ("Entgelt Girokonto", true), ("frais de tenue de compte", true), ("Agios trimestriels", true),
        ("Bankkosten januari", true), ("Kosten betaalpakket", true), ("Comisión de mantenimiento", true),
        ("Cuota de mantenimiento tarjeta", true),
    ]

    @Test(arguments: fees) func feeWordsAreWholeWords(text: String, isFee: Bool) {
        #expect(BankFeeSignals.feeWords(text).isEmpty == !isFee)
    }

    @Test func feeWordsFillBankFeesUnlessAKindOfBusinessIsNamed() {
        let c = Categorizer(rules: [], merchants: MerchantMap(lines: ""))
        #expect(c.decide(features("MONTHLY SERVICE FEE"))?.category == "Bank Fees")
        #expect(c.decide(features("Kontoführungsgebühr"))?.category == "Bank Fees")
        #expect(c.decide(features("Prélèvement", memo: "frais de tenue de compte"))?.category == "Bank Fees")
        #expect(c.decide(features("COFFEE BEAN HOUSE"))?.category == "Coffee Shops")
        #expect(c.decide(features("CITY PARKING FEE"))?.category == "Parking & Tolls")
        #expect(c.decide(features("FEE REFUND", 500))?.category != "Bank Fees")
    }

    /// (OFX TRNTYPE, payee, amount, category)
    static let types: [(String, String, Int64, String?)] = [
        ("FEE", "MONTHLY MAINTENANCE", -1_200, "Bank Fees"), ("SRVCHG", "ACCOUNT SERVICE", -500, "Bank Fees"),
        ("ATM", "7-ELEVEN 1234", -6_000, "Cash Withdrawals"), ("INT", "NORTHWIND BANK", 312, "Interest & Dividends"),
        ("DIRECTDEP", "ACME CORP", 250_000, "Salary"), ("CHECK", "CHECK 1042", -40_000, nil),
        ("DEBIT", "QWXYZ", -1_000, nil),
    ]

    /// CAMT bank transaction codes (domain-family-sub-family) that name bank categories.
    static let camtCodes: [(String, String?)] = [
        ("PMNT-CCRD-CWDL", "Cash Withdrawals"), ("ACMT-MDOP-CHRG", "Bank Fees"), ("PMNT-RCDT-FEES", "Bank Fees"),
        ("PMNT-ICDT-COMM", "Bank Fees"), ("PMNT-RCDT-SALA", "Salary"), ("PMNT-ICDT-ESCT", nil),
    ]

    @Test(arguments: camtCodes) func camtCodesFillBankCategories(code: String, expected: String?) {
        let e = ExpenseFeatures(
            payee: "Qwxyz", rawPayee: "QWXYZ", memo: "", amount: Money(minorUnits: -500, currency: .eur),
            account: "main", code: code)
        #expect(Categorizer(rules: [], merchants: MerchantMap(lines: "")).decide(e)?.category == expected)
    }

    @Test(arguments: types) func transactionTypesFillBankCategories(
        type: String, payee: String, amount: Int64, expected: String?
    ) {
        let merchants = MerchantMap(lines: "7 eleven|Groceries")
        let decision = Categorizer(rules: [], merchants: merchants).decide(features(payee, amount, type: type))
        #expect(decision?.category == expected)
        if expected != nil { #expect(decision?.layer == .code) }
    }
}
