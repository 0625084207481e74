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
    @Test func trainsOnTheEarlierPartAndCountsRightWrongAndAbstained() {
        let merchants = [
            ("Zorblat Market", "Groceries"), ("Kwik Diner", "Restaurants"), ("Jolly Gym", "Fitness"),
            ("Blue Fern Cafe", "Coffee Shops"), ("Metro Fuel Stop", "Fuel"),
        ]
        var examples: [(date: LocalDate, features: ExpenseFeatures, category: String)] = []
        let start = LocalDate(iso: "2024-01-01")!
        for day in 0..<100 {
            let (payee, category) = merchants[day % merchants.count]
            examples.append(
                (
                    start.adding(days: day),
                    ExpenseFeatures(
                        payee: payee, rawPayee: payee, memo: "",
                        amount: Money(minorUnits: -1_500, currency: .usd), account: "a"), category
                ))
        }
        // Two merchants never seen before, late: one the model can place by its words, one not.
        examples.append(
            (
                start.adding(days: 101),
                ExpenseFeatures(
                    payee: "Kwik Diner Annex", rawPayee: "", memo: "",
                    amount: Money(minorUnits: -1_500, currency: .usd), account: "a"), "Restaurants"
            ))
        examples.append(
            (
                start.adding(days: 102),
                ExpenseFeatures(
                    payee: "Qqq Zzz", rawPayee: "", memo: "",
                    amount: Money(minorUnits: -1_500, currency: .usd), account: "a"), "Shopping"
            ))
        let e = CategorizerEvaluation.run(examples: examples, trainShare: 70)
        #expect(e.trained == 71)
        #expect(e.tested == 31)
        #expect(e.seen == 29)
        #expect(e.seenAccuracy == 1)
        #expect(e.right == 30)
        #expect(e.abstained == 1)
        #expect(e.wrong == 0)
    }
}
