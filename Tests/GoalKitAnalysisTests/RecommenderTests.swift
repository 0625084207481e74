import Foundation
import GoalKit
import GoalKitAnalysis
import Testing

/// A person's six months, built line by line, for the recommender.
struct RecommenderFixture {
    static let asOf = LocalDate(iso: "2024-07-01")!
    var items: [RecommendationInput.Item] = []
    var nextID: Int64 = 1
    var goal = Goal(
        id: 1, userID: 1, name: "Car", targetAmount: Money(minorUnits: 1_200_000, currency: .usd),
        startDate: LocalDate(iso: "2024-01-01")!, targetDate: LocalDate(iso: "2025-06-30")!, category: .vehicle,
        priority: .high)
    var contributions: [GoalContribution] = []

    mutating func add(
        _ day: String, _ minor: Int64, _ payee: String, _ category: String?, group: String? = nil, income: Bool = false,
        transfer: Bool = false
    ) {
        items.append(
            RecommendationInput.Item(
                id: nextID, date: LocalDate(iso: day)!, amount: Money(minorUnits: minor, currency: .usd),
                payee: payee, category: category, group: group ?? category, isIncome: income, isTransfer: transfer))
        nextID += 1
    }

    /// Salary and rent every month from January to June.
    mutating func baseline(salary: Int64 = 300_000, rent: Int64 = -120_000) {
        for month in 1...6 {
            add(String(format: "2024-%02d-01", month), salary, "Employer", "Salary", group: "Income", income: true)
            add(String(format: "2024-%02d-02", month), rent, "Landlord", "Rent & Mortgage", group: "Housing")
        }
    }

    func input(
        feedback: [RecommendationType: RecommendationInput.TypeFeedback] = [:], excluded: Set<String> = [],
        others: [GoalProjection] = []
    ) throws
        -> RecommendationInput
    {
        let projection = GoalProjection(goal: goal, contributions: contributions, asOf: Self.asOf)
        let recurring = RecurringDetector.detect(
            items.filter { !$0.isTransfer }.map {
                RecurringDetector.Item(
                    id: $0.id, date: $0.date, amount: $0.amount, payee: $0.payee, account: "a", category: $0.category)
            }, asOf: Self.asOf)
        let flow = try CashFlow(
            items: items.map {
                CashFlow.Item(
                    date: $0.date, amount: $0.amount, category: $0.category, isIncomeCategory: $0.isIncome,
                    isTransfer: $0.isTransfer)
            }, from: YearMonth("2024-01")!, through: YearMonth("2024-06")!, currency: .usd)
        return RecommendationInput(
            projection: projection, otherGoals: others, items: items, recurring: recurring, cashFlow: flow,
            feedback: feedback, excludedKeys: excluded)
    }

    func types(_ input: RecommendationInput) throws -> [RecommendationType] {
        try Recommender.recommend(input).map(\.type)
    }
}

@Suite struct RecommenderTests {
    func fixture() -> RecommenderFixture {
        var f = RecommenderFixture()
        f.baseline(salary: 300_000, rent: -250_000)
        return f
    }

    @Test func cancelsADiscretionaryRecurringCharge() throws {
        var f = fixture()
        for month in 1...6 {
            f.add(String(format: "2024-%02d-05", month), -1_599, "Streamly", "Streaming & Subscriptions")
        }
        let drafts = try Recommender.recommend(f.input())
        let cancel = drafts.first { $0.type == .cancelRecurring }
        #expect(cancel?.potentialImpact.minorUnits == 1_599)
        #expect(cancel?.evidence.count == 6)
        // Rent recurs too, but it is not discretionary.
        #expect(!drafts.contains { $0.type == .cancelRecurring && $0.subject == "Landlord" })
    }

    @Test func aPriceIncreaseOnANecessaryCharge() throws {
        var f = fixture()
        for month in 1...6 {
            f.add(
                String(format: "2024-%02d-18", month), month < 4 ? -8_000 : -9_500, "Power Co", "Utilities",
                group: "Housing")
        }
        let drafts = try Recommender.recommend(f.input())
        let increase = drafts.first { $0.type == .priceIncrease }
        #expect(increase?.potentialImpact.minorUnits == 1_500)
        #expect(increase?.title.contains("80.00 to 95.00") == true)
        var steady = fixture()
        for month in 1...6 {
            steady.add(String(format: "2024-%02d-18", month), -8_000, "Power Co", "Utilities", group: "Housing")
        }
        #expect(try !steady.types(steady.input()).contains(.priceIncrease))
    }

    @Test func cutsACategoryToALevelReachedBefore() throws {
        var f = fixture()
        let earlier: [Int64] = [-4_000, -12_000, -15_000]  // January at 40.00
        for (index, amount) in earlier.enumerated() {
            f.add(String(format: "2024-%02d-10", index + 1), amount, "Diner", "Restaurants")
        }
        for month in 4...6 { f.add(String(format: "2024-%02d-10", month), -20_000, "Diner", "Restaurants") }
        let cut = try Recommender.recommend(f.input()).first { $0.type == .cutCategory }
        #expect(cut?.subject == "Restaurants")
        #expect(cut?.potentialImpact.minorUnits == 10_000)  // 50% (capped) of 200.00
        #expect(cut?.difficulty == .hard)  // one month at or under the target
        var flat = fixture()
        for month in 1...6 { flat.add(String(format: "2024-%02d-10", month), -20_000, "Diner", "Restaurants") }
        #expect(try !flat.types(flat.input()).contains(.cutCategory))
    }

    @Test func flagsASpikeButNotOrdinarySpending() throws {
        var f = fixture()
        for month in 1...6 {
            f.add(
                String(format: "2024-%02d-%02d", month, 3 + month * 2), month % 2 == 0 ? -2_000 : -4_000, "Shop",
                "Shopping")
        }
        f.add("2024-06-20", -60_000, "Big Store", "Shopping")
        let spike = try Recommender.recommend(f.input()).first { $0.type == .spendingSpike }
        #expect(spike?.potentialImpact.minorUnits == Int64(5_000))
        #expect(spike?.evidence == [f.nextID - 1])
        var calm = fixture()
        for month in 1...6 { calm.add(String(format: "2024-%02d-12", month), -3_000, "Shop", "Shopping") }
        #expect(try !calm.types(calm.input()).contains(.spendingSpike))
    }

    @Test func aGroupAboveItsBLSAverage() throws {
        var f = RecommenderFixture()
        f.baseline(salary: 600_000, rent: -300_000)  // 3,000.00 a month against the average 2,119.67
        f.add("2024-06-03", -10_000, "Grocer", "Groceries", group: "Food")
        let bench = try Recommender.recommend(f.input()).first { $0.type == .aboveBenchmark }
        #expect(bench?.subject == "Housing")
        #expect(bench?.difficulty == .hard)
        #expect(bench?.potentialImpact.minorUnits == 88_033)
    }

    @Test func raisesTheContributionByFreeCashFlowUpToTheGap() throws {
        var f = fixture()  // 500.00 free each month
        let drafts = try Recommender.recommend(f.input())
        let raise = drafts.first { $0.type == .raiseContribution }
        #expect(raise?.potentialImpact.minorUnits == 50_000)
        f.baseline(salary: 0, rent: -50_000)  // now spending beats income
        #expect(try !f.types(f.input()).contains(.raiseContribution))
    }

    @Test func aWindfallIsAOneOffLargeInflow() throws {
        var f = fixture()
        f.add("2024-06-15", 200_000, "Tax Refund", nil, income: true)
        let windfall = try Recommender.recommend(f.input()).first { $0.type == .windfall }
        #expect(windfall?.potentialImpact.minorUnits == Int64(8_333))
        var small = fixture()
        small.add("2024-06-15", 5_000, "Rebate", nil, income: true)
        #expect(try !small.types(small.input()).contains(.windfall))
    }

    @Test func redirectsAnEndedCharge() throws {
        var f = fixture()
        for month in 1...4 { f.add(String(format: "2024-%02d-08", month), -4_999, "Gym Co", "Fitness") }
        let redirect = try Recommender.recommend(f.input()).first { $0.type == .redirectEnded }
        #expect(redirect?.potentialImpact.minorUnits == 4_999)
        #expect(
            try !Recommender.recommend(f.input()).contains { $0.type == .cancelRecurring && $0.subject == "Gym Co" })
    }

    @Test func fundsTheHigherPriorityGoalFirst() throws {
        let f = fixture()
        var trip = Goal(
            id: 2, userID: 1, name: "Trip", targetAmount: Money(minorUnits: 300_000, currency: .usd),
            startDate: LocalDate(iso: "2024-01-01")!, targetDate: LocalDate(iso: "2025-01-01")!, category: .vacation,
            priority: .low)
        trip.currentAmount = .zero(.usd)
        let paid = [
            GoalContribution(
                goalID: 2, amount: Money(minorUnits: 30_000, currency: .usd), date: LocalDate(iso: "2024-06-01")!,
                source: .direct)
        ]
        let other = GoalProjection(goal: trip, contributions: paid, asOf: RecommenderFixture.asOf)
        let fund = try Recommender.recommend(f.input(others: [other])).first { $0.type == .fundHigherPriority }
        #expect(fund?.potentialImpact.minorUnits == 10_000)
        #expect(fund?.subject == "Trip")
    }

    @Test func extendsTheDateOnlyWhenNothingElseClosesTheGap() throws {
        var tight = RecommenderFixture()
        tight.baseline(salary: 110_000, rent: -100_000)  // 84.01 free a month against a 1,000.00 gap
        for month in 1...6 {
            tight.add(String(format: "2024-%02d-05", month), -1_599, "Streamly", "Streaming & Subscriptions")
        }
        let drafts = try Recommender.recommend(tight.input())
        #expect(drafts.map(\.type) == [.extendTargetDate] || drafts.contains { $0.type == .extendTargetDate })
        #expect(drafts.first { $0.type == .extendTargetDate }?.potentialImpact.isPositive == true)
        let roomy = fixture()  // 500.00 a month closes the 1,200,000 / 12 = 1,000 gap? No: but raise covers 500 only
        var rich = RecommenderFixture()
        rich.baseline(salary: 500_000, rent: -100_000)
        #expect(try !rich.types(rich.input()).contains(.extendTargetDate))
        _ = roomy
    }

    @Test func stopsFees() throws {
        var f = fixture()
        f.add("2024-03-31", -1_500, "Monthly Service Fee", "Bank Fees", group: "Fees & Charges")
        f.add("2024-06-30", -3_500, "Overdraft Fee", nil)
        let fees = try Recommender.recommend(f.input()).first { $0.type == .stopFees }
        #expect(fees?.potentialImpact.minorUnits == Int64(833))
        #expect(fees?.evidence.count == 2)
    }

    @Test func noMoneyIsCountedTwiceAndEveryImpactIsPositive() throws {
        var f = fixture()
        for month in 1...6 {
            f.add(String(format: "2024-%02d-05", month), -1_599, "Streamly", "Streaming & Subscriptions")
        }
        f.add("2024-01-10", -2_000, "Diner", "Restaurants")
        for month in 2...6 { f.add(String(format: "2024-%02d-10", month), -9_000, "Diner", "Restaurants") }
        f.add("2024-06-20", -90_000, "Diner", "Restaurants")
        f.add("2024-05-31", -1_500, "Service Fee", "Bank Fees")
        let drafts = try Recommender.recommend(f.input())
        #expect(drafts.allSatisfy { $0.potentialImpact.isPositive && $0.title.count <= 100 })
        let evidence = drafts.flatMap(\.evidence)
        #expect(Set(evidence).count == evidence.count)
        #expect(Set(drafts.map(\.key)).count == drafts.count)
    }

    @Test func ranksByMonthsSavedPerDifficultyAndMarksTheSmallestClosingSet() throws {
        var f = fixture()
        for month in 1...6 {
            f.add(String(format: "2024-%02d-05", month), -1_599, "Streamly", "Streaming & Subscriptions")
        }
        f.add("2024-06-15", 200_000, "Tax Refund", nil, income: true)
        let drafts = try Recommender.recommend(f.input())
        #expect(drafts.map(\.score) == drafts.map(\.score).sorted(by: >))
        let gap =
            try f.input().projection.requiredMonthly!.minorUnits - (try f.input()).projection.monthlyPace.minorUnits
        let closing = drafts.filter(\.closesGap)
        let total = closing.reduce(Int64(0)) { $0 + $1.potentialImpact.minorUnits }
        if !closing.isEmpty {
            #expect(total >= gap)
            // Smallest: without its smallest member the set no longer closes the gap.
            #expect(total - closing.map(\.potentialImpact.minorUnits).min()! < gap)
        }
    }

    @Test func feedbackMovesTheRankingWithAPrior() throws {
        var f = fixture()
        for month in 1...6 {
            f.add(String(format: "2024-%02d-05", month), -2_000, "Streamly", "Streaming & Subscriptions")
        }
        f.add("2024-06-30", -1_800, "Service Fee", "Bank Fees")
        f.add("2024-05-31", -1_800, "Service Fee", "Bank Fees")
        f.add("2024-04-30", -1_800, "Service Fee", "Bank Fees")
        f.add("2024-03-31", -1_800, "Service Fee", "Bank Fees")
        f.add("2024-02-29", -1_800, "Service Fee", "Bank Fees")
        f.add("2024-01-31", -1_800, "Service Fee", "Bank Fees")
        let plain = try Recommender.recommend(f.input()).map(\.type).filter {
            $0 == .stopFees || $0 == .cancelRecurring
        }
        #expect(plain == [.stopFees, .cancelRecurring])
        let one = [RecommendationType.stopFees: RecommendationInput.TypeFeedback(ratings: [1], unhelpful: 1)]
        let afterOne = try Recommender.recommend(f.input(feedback: one)).map(\.type).filter {
            $0 == .stopFees || $0 == .cancelRecurring
        }
        #expect(afterOne == [.stopFees, .cancelRecurring])  // one rating is not everything
        let many = [
            RecommendationType.stopFees: RecommendationInput.TypeFeedback(ratings: [1, 1, 1, 1, 1, 1], unhelpful: 6),
            .cancelRecurring: RecommendationInput.TypeFeedback(ratings: [5, 5, 5], helpful: 3),
        ]
        let afterMany = try Recommender.recommend(f.input(feedback: many)).map(\.type).filter {
            $0 == .stopFees || $0 == .cancelRecurring
        }
        #expect(afterMany == [.cancelRecurring, .stopFees])
    }

    @Test func excludedKeysAndCalibration() throws {
        var f = fixture()
        for month in 1...6 {
            f.add(String(format: "2024-%02d-05", month), -2_000, "Streamly", "Streaming & Subscriptions")
        }
        #expect(try !f.types(f.input(excluded: ["cancel_recurring:streamly"])).contains(.cancelRecurring))
        let calibrated = [
            RecommendationType.cancelRecurring: RecommendationInput.TypeFeedback(calibration: [
                .init(measured: 1_000, estimated: 2_000), .init(measured: 500, estimated: 1_000),
            ])
        ]
        let draft = try Recommender.recommend(f.input(feedback: calibrated)).first { $0.type == .cancelRecurring }
        #expect(draft?.potentialImpact.minorUnits == 1_500)  // (2 + 0.5 + 0.5) / 4 = 0.75 of 20.00
    }

    @Test func aCompletedGoalGetsNoAdvice() throws {
        var f = fixture()
        f.goal.currentAmount = f.goal.targetAmount
        #expect(try Recommender.recommend(f.input()).isEmpty)
    }
}
