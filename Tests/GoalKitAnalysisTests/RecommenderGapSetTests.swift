import Foundation
import GoalKit
import Testing

@testable import GoalKitAnalysis

/// Issue 18, point 4: the set marked `closesGap` closes the gap with the least
/// difficulty-weighted effort (easy 1, medium 2, hard 3), then the fewest steps, then the
/// largest total — and one-offs (a spike already spent, a windfall) close no monthly gap.
@Suite struct RecommenderGapSetTests {
    /// A draft of a type, a difficulty and a monthly impact.
    static func draft(_ type: RecommendationType, _ difficulty: DifficultyLevel, _ minor: Int64) -> RecommendationDraft
    {
        RecommendationDraft(
            type: type, subject: "\(type.rawValue) \(minor)", title: "", description: "", category: "",
            potentialImpact: Money(minorUnits: minor, currency: .usd), difficulty: difficulty, steps: [], evidence: [])
    }

    /// (drafts, monthly target, the indices chosen).
    @Test(
        arguments: [
            // The demo: Housing above its share (hard) against an easy raise that closes it alone.
            ([draft(.aboveBenchmark, .hard, 119_056), draft(.raiseContribution, .easy, 25_000)], 25_000, [1]),
            // Two easy steps and one medium cost the same: the fewer steps win.
            (
                [draft(.cutCategory, .easy, 100), draft(.stopFees, .easy, 100), draft(.cutCategory, .medium, 250)], 200,
                [2]
            ),
            // Least effort over the largest impacts: two easy steps (2) over one hard (3).
            (
                [draft(.aboveBenchmark, .hard, 900), draft(.cutCategory, .easy, 120), draft(.stopFees, .easy, 90)], 200,
                [1, 2]
            ),
            // Same effort and steps: the larger total.
            ([draft(.cutCategory, .easy, 300), draft(.stopFees, .easy, 400)], 250, [1]),
            // One-offs do not count: the windfall and the spike are left out.
            (
                [draft(.windfall, .easy, 500), draft(.spendingSpike, .medium, 900), draft(.cutCategory, .medium, 300)],
                300, [2]
            ),
            ([draft(.spendingSpike, .medium, 1_000), draft(.cutCategory, .easy, 100)], 500, nil),
            // Nor does the deficit, or a later date.
            ([draft(.closeDeficit, .easy, 5_000), draft(.extendTargetDate, .medium, 5_000)], 100, nil),
            // Easy + medium and one hard step cost 3 each: the fewer steps, the hard one.
            (
                [
                    draft(.aboveBenchmark, .hard, 400), draft(.cutCategory, .easy, 150),
                    draft(.cutCategory, .medium, 250),
                ], 400, [0]
            ),
        ] as [([RecommendationDraft], Int128, [Int]?)])
    func choosesTheLeastEffortSet(drafts: [RecommendationDraft], target: Int128, chosen: [Int]?) {
        #expect(Recommender.leastEffortSet(drafts, reaching: target)?.sorted() == chosen)
    }

    /// Through the recommender: the demo's shape, a 500.00 gap that an easy raise closes alone
    /// while Housing takes all of the spending (a hard benchmark worth more).
    @Test func anEasyRaiseThatClosesTheGapAloneIsTheSet() throws {
        var f = RecommenderFixture()
        f.baseline(salary: 350_000, rent: -300_000)  // 500.00 free a month; housing well above the average
        f.goal.targetAmount = Money(minorUnits: 600_000, currency: .usd)  // 12 months: 500.00 a month
        let drafts = try Recommender.recommend(f.input())
        #expect(drafts.filter(\.closesGap).map(\.type) == [.raiseContribution])
        #expect(drafts.contains { $0.type == .aboveBenchmark && !$0.closesGap })
    }

    /// A spike's "not repeating it" is no monthly saving: with it and a small raise nothing
    /// closes the gap, and the later date is proposed.
    @Test func oneOffsCloseNoGap() throws {
        var f = RecommenderFixture()
        for month in 1...6 {
            f.add(String(format: "2024-%02d-01", month), 300_000, "Employer", "Salary", group: "Income", income: true)
            f.add(String(format: "2024-%02d-02", month), -297_000, "Landlord", "Rent & Mortgage", group: "Living")
            let shop = ["Acme", "Bolt", "Cobb", "Dune", "Echo", "Fern"][month - 1]
            f.add(String(format: "2024-%02d-11", month), -1_900 - Int64(month) * 40, shop, "Shopping")
        }
        f.add("2024-06-20", -120_000, "Big Store", "Shopping")  // a spike worth 100.00 a month
        f.goal.targetAmount = Money(minorUnits: 60_000, currency: .usd)  // 50.00 a month
        let drafts = try Recommender.recommend(f.input())
        let spike = drafts.first { $0.type == .spendingSpike }
        let raise = drafts.first { $0.type == .raiseContribution }
        #expect(spike?.potentialImpact.minorUnits == 10_000)
        #expect(raise?.potentialImpact.minorUnits == 960)  // the median net
        #expect(!drafts.contains { $0.closesGap })
        #expect(drafts.contains { $0.type == .extendTargetDate })
    }
}
