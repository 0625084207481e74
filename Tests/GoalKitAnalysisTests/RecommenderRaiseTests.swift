import GoalKit
import GoalKitAnalysis
import Testing

/// Issue 18, point 3: a raise is what is free after every goal's pace (this one's included)
/// and the raises earlier goals claim, never more than the goal can take — and no step is worth
/// more to a goal than it still misses.
@Suite struct RecommenderRaiseTests {
    /// A goal with `target` missing, paying `pace` a month, beside another paying `otherPace`.
    static func input(
        target: Int64, by date: String? = nil, pace: Int64 = 0, otherPace: Int64 = 0, claimed: Int64 = 0,
        feedback: [RecommendationType: RecommendationInput.TypeFeedback] = [:]
    ) throws -> RecommendationInput {
        var f = RecommenderFixture()
        f.baseline()  // 3,000.00 in, 1,200.00 out: 1,800.00 free a month
        f.goal.targetAmount = Money(minorUnits: target + pace * 3, currency: .usd)
        f.goal.targetDate = date.flatMap { LocalDate(iso: $0) }
        f.goal.currentAmount = Money(minorUnits: pace * 3, currency: .usd)
        f.contributions = paid(goal: 1, pace)
        var other = Goal(
            id: 2, userID: 1, name: "Trip", targetAmount: Money(minorUnits: 10_000_000, currency: .usd),
            startDate: LocalDate(iso: "2024-01-01")!, category: .vacation, priority: .low)
        other.currentAmount = Money(minorUnits: otherPace * 3, currency: .usd)
        let others = [
            GoalProjection(goal: other, contributions: paid(goal: 2, otherPace), asOf: RecommenderFixture.asOf)
        ]
        var input = try f.input(feedback: feedback, others: others)
        input.claimedSurplus = claimed
        return input
    }

    /// Three months of `pace` paid in the pace window.
    static func paid(goal: Int64, _ pace: Int64) -> [GoalContribution] {
        pace == 0
            ? []
            : [
                GoalContribution(
                    goalID: goal, amount: Money(minorUnits: pace * 3, currency: .usd),
                    date: LocalDate(iso: "2024-06-15")!, source: .savings)
            ]
    }

    static func raise(_ input: RecommendationInput) throws -> RecommendationDraft? {
        try Recommender.recommend(input).first { $0.type == .raiseContribution }
    }

    /// (this goal's pace, another goal's pace, raises claimed before, the raise): 1,800.00 free
    /// less every pace and claim.
    @Test(arguments: [
        (Int64(0), Int64(0), Int64(0), Int64?(180_000)),
        (30_000, 0, 0, 150_000),  // what this goal already gets is not free
        (30_000, 50_000, 0, 100_000),
        (30_000, 50_000, 40_000, 60_000),
        (100_000, 50_000, 40_000, nil),  // nothing left
    ])
    func aRaiseIsWhatEveryGoalsPaceLeaves(pace: Int64, otherPace: Int64, claimed: Int64, expected: Int64?) throws {
        let input = try Self.input(target: 10_000_000, pace: pace, otherPace: otherPace, claimed: claimed)
        let raise = try Self.raise(input)
        #expect(raise?.potentialImpact.minorUnits == expected)
        if let raise, let expected {
            // The description names what is taken and what is left.
            #expect(raise.description.contains("Your goals already get \(usd(pace + otherPace)) of it a month"))
            #expect(raise.description.contains("leaving \(usd(expected)) free"))
        }
    }

    /// Calibration by feedback (here its ceiling, 1.5) is for estimates of behaviour: a raise
    /// is arithmetic and keeps its cap — the gap for a goal with a date, what is missing without.
    @Test(arguments: [
        (Int64(1_200_000), String?("2025-06-30"), Int64(100_000)),  // 12 months: 1,000.00 a month
        (150_000, nil, 150_000),
    ])
    func feedbackDoesNotLiftARaiseOverItsCap(target: Int64, date: String?, cap: Int64) throws {
        let eager = [
            RecommendationType.raiseContribution: RecommendationInput.TypeFeedback(
                calibration: Array(repeating: .init(measured: 30_000, estimated: 10_000), count: 10))
        ]
        let raise = try #require(try Self.raise(Self.input(target: target, by: date, feedback: eager)))
        #expect(raise.potentialImpact.minorUnits == cap)
    }

    /// A goal 100.00 short, due in two months, and a 2,000.00 refund: half of it would be 500.00
    /// a month; the goal takes its 100.00, 50.00 a month. And no step counts more than 100.00.
    @Test func aNearlyReachedGoalTakesOnlyWhatItMisses() throws {
        var f = RecommenderFixture()
        f.baseline(salary: 500_000, rent: -400_000)  // housing well above the average
        f.goal.targetAmount = Money(minorUnits: 150_000, currency: .usd)
        f.goal.currentAmount = Money(minorUnits: 140_000, currency: .usd)
        f.goal.targetDate = LocalDate(iso: "2024-08-31")
        f.add("2024-06-20", 200_000, "Tax Refund", nil, income: true)
        let drafts = try Recommender.recommend(f.input())
        let windfall = try #require(drafts.first { $0.type == .windfall })
        #expect(windfall.potentialImpact.minorUnits == 5_000)
        #expect(windfall.steps.compactMap(\.action) == [.contribute(goalID: 1, amount: usd(10_000), monthly: false)])
        #expect(drafts.allSatisfy { $0.potentialImpact.minorUnits <= 10_000 })
        // Housing (all of the spending) is far above its share: held to what the goal misses.
        let housing = try #require(drafts.first { $0.type == .aboveBenchmark })
        #expect(housing.potentialImpact.minorUnits == 10_000)
        #expect(housing.description.hasSuffix("\"Car\" misses only 100.00 USD, so that much counts for it."))
    }

    func usd(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: .usd) }
}
