import GoalKit
import GoalKitAnalysis
import GoalKitImport
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// The shipped merchant map as the importer uses it: descriptors are normalised first.
@Suite struct MerchantMapTests {
    func decide(_ raw: String, model: NaiveBayesModel? = nil) -> CategoryDecision? {
        let features = ExpenseFeatures(
            payee: PayeeNormalizer.normalize(raw), rawPayee: raw, memo: "",
            amount: Money(minorUnits: -2_000, currency: .usd), account: "main")
        return Categorizer(rules: [], model: model).decide(features)
    }

    /// Every true descriptor the generator checked its entries against (one or more per entry,
    /// from Scripts/generate-merchant-map.py) files under its own category.
    @Test(arguments: MerchantMapDescriptors.table) func everyEntryFilesItsOwnDescriptors(
        descriptor: String, category: String
    ) {
        let payee = PayeeNormalizer.normalize(descriptor)
        #expect(MerchantMap.shipped.match(payee)?.category == category, "\(payee)")
    }

    /// One-word entries that caught unrelated merchants, and brands with several businesses.
    static let misfires: [(String, String?)] = [
        ("HAPPY THAI RESTAURANT", "Restaurants"), ("HAPPY HOUR BAR", "Restaurants"),
        ("HAPPY CUTS BARBER", "Personal Care"), ("HAPPY BLOOMS FLORIST", "Gifts & Donations"),
        ("Happy Cell, Badung", "Electronics & Software"), ("Happy Heart Bar CHONBURI", "Restaurants"),
        ("UBER *EATS 8XK2Q1", "Food Delivery"), ("UBER *TRIP HELP.UBER.COM", "Rideshare & Taxi"),
        ("PAYPAL *REDCROSS", nil), ("PAYPAL *NETFLIX", "Streaming & Subscriptions"),
        ("AMAZON FRESH*2K4L81 SEATTLE WA", "Groceries"), ("Amazon Prime*2B4H71K03", "Streaming & Subscriptions"),
        ("AMZN Mktp US*2K4L81", "Online Marketplaces"), ("CAFE AMAZON SUKHUMVIT BANGKOK", "Coffee Shops"),
        ("COSTCO GAS #0123 SEATTLE WA", "Fuel"), ("COSTCO WHSE #0123", "Groceries"), ("KROGER FUEL #0415", "Fuel"),
        ("SHELL OIL 57442", "Fuel"), ("SHELL BEACH SEAFOOD GRILL", "Restaurants"),
        ("RED HARVEST BOOKS", "Books & Courses"), ("TESCO PFS 2345", "Fuel"),
    ]

    @Test(arguments: misfires) func oneWordEntriesNoLongerCatchOtherMerchants(descriptor: String, expected: String?) {
        #expect(decide(descriptor)?.category == expected)
    }

    /// A label on one line of a merchant teaches every line of it, references and all, over the map.
    static let taught: [(labelled: String, other: String, category: String)] = [
        ("UBER *EATS 8XK2Q1", "UBER *EATS 3JD9Z2", "Restaurants"),
        ("AMAZON MKTP US*2K4L81", "AMAZON MKTP US*9ZZ1Q0", "Books & Courses"),
        ("STARBUCKS STORE 0212", "STARBUCKS STORE #0445", "Restaurants"),
        ("SQ *BLUE BOTTLE #123", "BLUE BOTTLE 0042", "Groceries"),
    ]

    @Test(arguments: taught) func yourLabelsBeatTheMap(labelled: String, other: String, category: String) {
        let example = ExpenseFeatures(
            payee: PayeeNormalizer.normalize(labelled), rawPayee: labelled, memo: "",
            amount: Money(minorUnits: -2_000, currency: .usd), account: "main")
        let model = NaiveBayesModel(examples: [(example, category)])
        let decision = decide(other, model: model)
        #expect(decision?.category == category)
        #expect(decision?.layer == .model)
    }

    @Test func anOFXFeeOrServiceChargeLineIsABankFee() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let session = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        let lines = [
            OFXFixture.transaction("20240105", "-12.00", "MONTHLY MAINTENANCE", fitID: "F1", type: "FEE"),
            OFXFixture.transaction("20240106", "-3.00", "NON-NETWORK WITHDRAWAL", fitID: "F2", type: "SRVCHG"),
            OFXFixture.transaction("20240107", "-4.50", "COFFEE CORNER", fitID: "F3", type: "POS"),
        ]
        _ = try session.importFile(path: dir.write("f.ofx", OFXFixture.simple(lines)), options: ImportOptions())
        let rows = try session.expenses()
        #expect(rows.map(\.categoryName) == ["Bank Fees", "Bank Fees", "Coffee Shops"])
    }
}
