import GoalKit
import GoalKitAnalysis
import Testing

@Suite struct CategorizerTests {
    func features(
        _ payee: String, _ amount: Int64 = -1_000, memo: String = "", account: String = "main", code: String? = nil
    ) -> ExpenseFeatures {
        ExpenseFeatures(
            payee: payee, rawPayee: payee.uppercased(), memo: memo, amount: Money(minorUnits: amount, currency: .usd),
            account: account, code: code)
    }

    @Test func rulesComeFirstInOrderWithBounds() {
        let rules = [
            CategoryRule(
                id: 1, position: 1, pattern: "^amazon", category: "Books",
                maximum: Money(minorUnits: 3_000, currency: .usd)),
            CategoryRule(id: 2, position: 2, pattern: "amazon", category: "Electronics & Software"),
            CategoryRule(id: 3, position: 3, pattern: "rent", category: "Rent & Mortgage", account: "joint"),
        ]
        let c = Categorizer(rules: rules)
        #expect(c.decide(features("Amazon Mktplace", -2_000))?.category == "Books")
        #expect(c.decide(features("Amazon Mktplace", -9_000))?.category == "Electronics & Software")
        let decision = c.decide(features("Amazon", -2_000))
        #expect(decision?.layer == .rule)
        #expect(decision?.explanation == "rule 1 matches /^amazon/, at most 30.00")
        #expect(c.decide(features("Monthly rent", account: "joint"))?.category == "Rent & Mortgage")
        #expect(c.decide(features("Monthly rent", account: "main"))?.layer != .rule)
    }

    @Test func theMerchantMapKnowsCommonMerchants() {
        let c = Categorizer(rules: [])
        for (payee, category) in [
            ("Netflix.com", "Streaming & Subscriptions"), ("Trader Joe's #552", "Groceries"),
            ("SHELL OIL 57442", "Fuel"),
            ("Uber Eats order", "Food Delivery"), ("Uber trip", "Rideshare & Taxi"),
            ("Starbucks Store 0212", "Coffee Shops"),
        ] {
            let decision = c.decide(features(payee))
            #expect(decision?.category == category, "\(payee)")
            #expect(decision?.layer == .merchant)
        }
        #expect(c.decide(features("Qwxyz Holdings"))?.category == nil)
    }

    @Test func codesDecideWhenNothingElseDoes() {
        let c = Categorizer(rules: [])
        #expect(c.decide(features("Qwxyz", code: "5812"))?.category == "Restaurants")
        #expect(
            c.decide(features("Qwxyz", code: "5812"))?.explanation.contains("5812 (Eating Places, Restaurants)") == true
        )
        #expect(c.decide(features("Qwxyz", code: "PMNT-CCRD-CWDL"))?.category == "Cash Withdrawals")
        #expect(c.decide(features("Qwxyz", code: "9999")) == nil)
    }

    static let labelled: [(ExpenseFeatures, String)] = [
        ("Zorblat Market", "Groceries"), ("Zorblat Market", "Groceries"), ("Fresh Zorblat Store", "Groceries"),
        ("Kwik Diner", "Restaurants"), ("Kwik Diner Downtown", "Restaurants"), ("Diner Kwik", "Restaurants"),
        ("Jolly Gym", "Fitness"), ("Jolly Gym Monthly", "Fitness"),
    ].map {
        (
            ExpenseFeatures(
                payee: $0.0, rawPayee: $0.0, memo: "", amount: Money(minorUnits: -2_500, currency: .usd), account: "a"),
            $0.1
        )
    }

    @Test func theModelLearnsFromLabelsAndExplainsItself() {
        let model = NaiveBayesModel(examples: Self.labelled)
        let c = Categorizer(rules: [], merchants: MerchantMap(lines: ""), model: model)
        let seen = c.decide(features("Zorblat Market", -2_500))
        #expect(seen?.category == "Groceries")
        #expect(seen?.explanation == "you labelled 'Zorblat Market' as Groceries (100% of 2 label(s))")
        let unseen = c.decide(features("Kwik Diner Uptown", -2_500))
        #expect(unseen?.category == "Restaurants")
        #expect(unseen?.layer == .model)
        #expect(unseen?.explanation.contains("'kwik'") == true)
        #expect(unseen?.explanation.contains("confidence") == true)
    }

    @Test func theModelAbstainsInsteadOfGuessing() {
        let model = NaiveBayesModel(examples: Self.labelled)
        let c = Categorizer(rules: [], merchants: MerchantMap(lines: ""), model: model)
        #expect(c.decide(features("Completely Unknown Payee")) == nil)
        // A word shared by two categories is not enough to be sure.
        let mixed = NaiveBayesModel(examples: [
            (features("Blorp One"), "Groceries"), (features("Blorp Two"), "Restaurants"),
        ])
        #expect(
            Categorizer(rules: [], merchants: MerchantMap(lines: ""), model: mixed).decide(features("Blorp Three"))
                == nil)
        #expect(
            Categorizer(rules: [], merchants: MerchantMap(lines: ""), model: nil).decide(features("Zorblat")) == nil)
    }

    @Test func correctionsBeatTheMerchantMap() {
        let corrected = NaiveBayesModel(examples: [
            (features("Amazon Mktplace"), "Books"), (features("Amazon Mktplace"), "Books"),
        ])
        let c = Categorizer(rules: [], model: corrected)
        #expect(c.decide(features("Amazon Mktplace"))?.category == "Books")
        #expect(c.decide(features("Amazon Mktplace"), useModel: false)?.category == "Online Marketplaces")
    }

    @Test func rulesWithBadPatternsAreRefused() {
        #expect(throws: DomainValidationError.self) { try CategoryRule(pattern: "(", category: "X").validate() }
        #expect(throws: Never.self) { try CategoryRule(pattern: "coffee|cafe", category: "X").validate() }
    }
}

@Suite struct CategorizerEvaluationTests {
    static let merchants = [
        ("Zorblat Market", "Groceries"), ("Kwik Diner", "Restaurants"), ("Jolly Gym", "Fitness"),
        ("Blue Fern Cafe", "Coffee Shops"), ("Metro Fuel Stop", "Fuel"), ("Quillon Books", "Books & Courses"),
        ("Vextor Hardware", "Home Maintenance"), ("Plimsoll Pharmacy", "Pharmacy"), ("Ardent Pizza", "Restaurants"),
        ("Tovalo Bakery", "Groceries"), ("Mirren Tea", "Coffee Shops"), ("Ostwick Florist", "Gifts & Donations"),
    ]

    static var examples: [CategorizerEvaluation.Example] {
        let start = LocalDate(iso: "2024-01-01")!
        return (0..<240).map { day in
            let (payee, category) = merchants[day % merchants.count]
            let features = ExpenseFeatures(
                payee: payee, rawPayee: payee.uppercased() + " #\(day)", memo: "",
                amount: Money(minorUnits: -1_500, currency: .usd), account: "a")
            return (start.adding(days: day), features, category)
        }
    }

    @Test(arguments: [1, 2, 3, 42] as [UInt64]) func holdsOutWholeMerchantsFromTrainingMapAndLexicon(seed: UInt64) {
        let map = MerchantMap(lines: Self.merchants.map { "\($0.0.lowercased())|\($0.1)" }.joined(separator: "\n"))
        let e = CategorizerEvaluation.run(examples: Self.examples, holdOutShare: 40, seed: seed, merchants: map)
        let held = Self.merchants.filter {
            CategorizerEvaluation.isHeldOut(CategorizerEvaluation.merchantKey($0.0), seed: seed, share: 40)
        }
        #expect(e.heldOutMerchants == held.count)
        // Every line of a held-out merchant is tested as unseen; none of them trained.
        #expect(e.unseenFull.tested == held.count * 20)
        #expect(e.trained == (240 - held.count * 20) * 70 / 100)
        #expect(e.seenFull.tested + e.lateNew == 240 - held.count * 20 - e.trained)
        // The map knows every merchant, but not the held-out ones for this run: with no labels
        // only the lexicon's words place them.
        let byWord = held.filter { CategoryLexicon.shipped.match($0.0)?.category == $0.1 }.count
        #expect(e.unseenNoLabels.right == byWord * 20)
        #expect(e.allNoLabelsWholeMap.right == 240)
        // The misses are the held-out merchants not placed, each with all its lines.
        #expect(e.unseenMisses.map(\.lines).reduce(0, +) == e.unseenFull.tested - e.unseenFull.right)
        #expect(e.unseenMisses.allSatisfy { $0.lines == 20 && $0.decided != $0.truth })
        #expect(e.seenFull.accuracy == 1)
        #expect(e.seenModel.accuracy == 1)
    }

    @Test func aMerchantIsItsBrandWordWithTheNextWhenThatIsACategoryWord() {
        #expect(CategorizerEvaluation.merchantKey("Spotify Sydney") == "spotify")
        #expect(CategorizerEvaluation.merchantKey("Spotify BKK Sydney") == "spotify")
        #expect(CategorizerEvaluation.merchantKey("The Crown Pub") == "crown")
        #expect(CategorizerEvaluation.merchantKey("Cafe Amazon Sattahip") == "cafe amazon")
        #expect(
            CategorizerEvaluation.isHeldOut("spotify", seed: 7, share: 30)
                == CategorizerEvaluation.isHeldOut("spotify", seed: 7, share: 30))
        #expect(CategorizerEvaluation.isHeldOut("spotify", seed: 7, share: 0) == false)
        #expect(CategorizerEvaluation.isHeldOut("spotify", seed: 7, share: 100))
    }
}
