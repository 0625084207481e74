import Foundation
import GoalKit
import GoalKitAnalysis
import Testing

/// The goal's category, deadline and priority shape its advice (`GoalAdviceShape`).
@Suite struct GoalAdviceShapeTests {
    /// Salary 3,500.00 and rent 3,000.00 a month (more than a quarter above the average US
    /// household's housing): 500.00 free for a raise.
    func fixture(_ category: GoalCategory, target: Int64, by deadline: String?) -> RecommenderFixture {
        var f = RecommenderFixture()
        f.baseline(salary: 350_000, rent: -300_000)
        f.goal.category = category
        f.goal.targetAmount = Money(minorUnits: target, currency: .usd)
        f.goal.targetDate = deadline.flatMap { LocalDate(iso: $0) }
        return f
    }

    /// (category, deadline, shape) as of 2024-07-01.
    static let shapes: [(GoalCategory, String?, GoalAdviceShape)] = [
        (.emergency, "2025-06-30", .emergencyFund), (.emergency, nil, .emergencyFund),
        (.vacation, "2024-12-31", .shortTrip),  // six months left
        (.vacation, "2025-01-31", .general),  // seven
        (.vacation, nil, .general), (.vehicle, "2024-09-30", .general),
    ]

    @Test(arguments: shapes) func aGoalsShape(category: GoalCategory, deadline: String?, shape: GoalAdviceShape) {
        let f = fixture(category, target: 300_000, by: deadline)
        let p = GoalProjection(goal: f.goal, contributions: [], asOf: RecommenderFixture.asOf)
        #expect(GoalAdviceShape(p) == shape)
    }

    /// The ranks of two types in a run's drafts.
    func order(_ drafts: [RecommendationDraft], _ a: RecommendationType, _ b: RecommendationType) -> Bool? {
        guard let i = drafts.firstIndex(where: { $0.type == a }), let j = drafts.firstIndex(where: { $0.type == b })
        else { return nil }
        return i < j
    }

    @Test func anEmergencyFundIsFedFromSteadySavingsBeforeAWindfall() throws {
        // A 20,000.00 refund: half of it is worth 833.33 a month, more than the 500.00 raise.
        for (category, windfallFirst) in [(GoalCategory.vehicle, true), (.emergency, false)] {
            var f = fixture(category, target: 1_200_000, by: "2025-06-30")
            f.add("2024-06-15", 2_000_000, "Tax Refund", nil, income: true)
            let drafts = try Recommender.recommend(f.input())
            #expect(order(drafts, .windfall, .raiseContribution) == windfallFirst, "\(category)")
        }
    }

    @Test func anEmergencyFundPutsAOneOffSpikeBehindASteadyCut() throws {
        // Skipping a repeat of a one-off 3,600.00 frees 300.00 a month, cancelling the 200.00
        // monthly dinner club 200.00: both medium.
        for (category, spikeFirst) in [(GoalCategory.vehicle, true), (.emergency, false)] {
            var f = fixture(category, target: 1_200_000, by: "2025-06-30")
            for month in 1...6 {
                f.add(String(format: "2024-%02d-10", month), -20_000, "Dinner Club", "Restaurants")
                f.add(String(format: "2024-%02d-12", month), -3_000, "Shop", "Shopping")
            }
            f.add("2024-06-20", -360_000, "Big Store", "Shopping")
            let drafts = try Recommender.recommend(f.input())
            #expect(order(drafts, .spendingSpike, .cancelRecurring) == spikeFirst, "\(category)")
        }
    }

    @Test func aShortTripIsPaidFromWindfallsAndOneOffs() throws {
        // 3,000.00 to save; half of a 2,000.00 refund over the months left against a raise.
        for (deadline, windfallFirst) in [("2024-12-31", true), ("2025-06-30", false)] {
            var f = fixture(.vacation, target: 300_000, by: deadline)
            f.add("2024-06-15", 200_000, "Tax Refund", nil, income: true)
            let drafts = try Recommender.recommend(f.input())
            #expect(order(drafts, .windfall, .raiseContribution) == windfallFirst, "\(deadline)")
        }
    }

    @Test func aShortTripWeighsTheBenchmarksDown() {
        #expect(GoalAdviceShape.shortTrip.weight(.aboveBenchmark) == 0.5)
        #expect(GoalAdviceShape.shortTrip.weight(.spendingSpike) == 2)
        #expect(GoalAdviceShape.general.weight(.windfall) == 1)
        #expect(GoalAdviceShape.allCases.allSatisfy { $0.weight(.useIdleCash) == 1 })
    }

    @Test func aLowerPriorityGoalIsToldWhatHigherOnesTook() throws {
        var f = fixture(.vehicle, target: 1_200_000, by: "2025-06-30")
        for month in 1...6 {
            f.add(String(format: "2024-%02d-05", month), -1_599, "Streamly", "Streaming & Subscriptions")
        }
        var input = try f.input()
        let alone = try Recommender.advise(input)
        let cancel = try #require(alone.drafts.first { $0.type == .cancelRecurring })
        // A higher-priority goal's open recommendations hold the subscription and the surplus.
        input.claimedKeys = [cancel.key]
        input.claimedExpenses = Set(cancel.evidence)
        input.claimedSurplus = 50_000
        let after = try Recommender.advise(input)
        #expect(!after.drafts.contains { $0.type == .cancelRecurring || $0.type == .raiseContribution })
        #expect(
            after.notes.contains { $0.hasPrefix("1 step(s) found in your spending (cancel_recurring) already back") })
        #expect(
            after.notes.contains {
                $0
                    == "No raise: your free cash flow (484.01 USD a month) already goes to higher-priority goals' raises (500.00 USD)."
            })
        // With nothing at all left (an ongoing goal, so no date to move), the note says so first.
        var bare = fixture(.vehicle, target: 1_200_000, by: nil)
        for month in 1...6 {
            bare.add(String(format: "2024-%02d-05", month), -1_599, "Streamly", "Streaming & Subscriptions")
        }
        var claimed = try bare.input()
        #expect(try Recommender.advise(claimed).drafts.contains { $0.key == cancel.key })
        claimed.claimedKeys = [cancel.key]
        claimed.claimedExpenses = Set(cancel.evidence)
        claimed.claimedSurplus = 1_000_000
        let none = try Recommender.advise(claimed)
        #expect(none.drafts.map(\.type) == [.aboveBenchmark])
    }

    @Test func aGoalWithNothingLeftIsToldWhy() throws {
        var f = RecommenderFixture()
        f.baseline(salary: 250_000, rent: 0)  // no rent: nothing to benchmark
        f.goal.targetDate = nil
        for month in 1...6 {
            f.add(String(format: "2024-%02d-05", month), -1_599, "Streamly", "Streaming & Subscriptions")
        }
        var input = try f.input()
        let cancel = try #require(try Recommender.advise(input).drafts.first { $0.type == .cancelRecurring })
        input.claimedKeys = [cancel.key]
        input.claimedExpenses = Set(cancel.evidence)
        input.claimedSurplus = 1_000_000
        let none = try Recommender.advise(input)
        #expect(none.drafts.isEmpty)
        #expect(none.notes.contains { $0.hasPrefix("Nothing left after higher-priority goals: 1 step(s)") })
        #expect(none.notes.contains { $0.hasPrefix("No raise: your free cash flow") })
    }
}
