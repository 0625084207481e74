import Foundation
import GoalKit
import GoalKitAnalysis
import Testing

/// The recommender's money is exact: per-month figures round half to even, once; what someone
/// must save to reach a target rounds up; feedback calibration scales by an exact fraction.
@Suite struct RecommenderRoundingTests {
    /// (target, target date, raise): the raise closes the monthly gap and is rounded up, so
    /// saving it each month reaches the target (2,000.00 over 7 months is 285.72, not 285.71).
    @Test(arguments: [
        (Int64(200_000), "2025-02-01", Int64(28_572)), (100, "2025-02-01", 15), (200_000, "2025-01-01", 33_334),
        (300_000, "2025-02-01", 42_858), (210_000, "2025-02-01", 30_000),
    ])
    func aRaiseTowardATargetRoundsUp(target: Int64, by day: String, raise: Int64) throws {
        var f = RecommenderFixture()
        f.baseline()  // 1,800.00 free each month
        f.goal.targetAmount = Money(minorUnits: target, currency: .usd)
        f.goal.targetDate = LocalDate(iso: day)!
        let input = try f.input()
        #expect(input.projection.requiredMonthly?.minorUnits == raise)
        let draft = try #require(try Recommender.recommend(input).first { $0.type == .raiseContribution })
        #expect(draft.potentialImpact.minorUnits == raise)
        #expect(draft.title == "Raise your monthly contribution by \(draft.potentialImpact.formatted())")
    }

    /// (fees over the six months, a month): 10.05 / 6 = 1.675 is 1.68 (half to even), not 1.67.
    @Test(arguments: [
        (Int64(1_005), Int64(168)), (1_017, 170), (1_011, 168), (1_004, 167), (1_003, 167), (1_009, 168),
    ])
    func feesAMonthRoundHalfToEven(total: Int64, monthly: Int64) throws {
        var f = RecommenderFixture()
        f.baseline()
        f.add("2024-05-31", -total, "Service Fee", "Bank Fees")
        let fees = try #require(try Recommender.recommend(f.input()).first { $0.type == .stopFees })
        #expect(fees.potentialImpact.minorUnits == monthly)
        #expect(
            fees.title == "Stop paying \(Money(minorUnits: monthly, currency: .usd).formatted()) a month in bank fees")
    }

    /// (follow-ups as measured and estimated, impact of a 20.00 charge): `(2 + Σ ratio) / (2 +
    /// count)` within 0.25...1.5, applied as a fraction with one rounding step.
    @Test(
        arguments: [
            ([(1, 3)], 1_556),  // 20.00 × 2.3333 / 3 = 15.5553…
            ([(1, 2), (1, 2)], 1_500), ([(0, 5)], 1_333), ([(3, 1)], 3_000), ([(2, 1), (2, 1), (2, 1)], 3_000),
            (Array(repeating: (1, 100), count: 10), 500), ([(1, 1)], 2_000), ([(5, 4)], 2_167),
        ] as [([(Int64, Int64)], Int64)])
    func calibrationScalesByAnExactFraction(followUps: [(Int64, Int64)], impact: Int64) throws {
        var f = RecommenderFixture()
        f.baseline(salary: 300_000, rent: -250_000)
        for month in 1...6 {
            f.add(String(format: "2024-%02d-05", month), -2_000, "Streamly", "Streaming & Subscriptions")
        }
        let feedback = [
            RecommendationType.cancelRecurring: RecommendationInput.TypeFeedback(
                calibration: followUps.map { .init(measured: $0.0, estimated: $0.1) })
        ]
        let draft = try #require(
            try Recommender.recommend(f.input(feedback: feedback)).first { $0.type == .cancelRecurring })
        #expect(draft.potentialImpact.minorUnits == impact)
    }
}
