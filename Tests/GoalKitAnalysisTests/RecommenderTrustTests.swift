import Foundation
import GoalKit
import GoalKitAnalysis
import Testing

/// What a new user's trial found the recommender getting wrong: a raise bigger than what an
/// ongoing goal still needs or than the surplus left after the other goals' saving, and a
/// repeated rent taken for a one-off.
@Suite struct RecommenderTrustTests {
    @Test(arguments: [
        // (target, other goal's pace): free cash flow is 3,000.00 − 1,200.00 = 1,800.00 a month.
        (Int64(150_000), Int64(0), Int64(150_000)),  // an ongoing goal: at most what is missing
        (Int64(1_000_000), Int64(0), Int64(180_000)),  // the whole surplus
        (Int64(1_000_000), Int64(50_000), Int64(130_000)),  // less what another goal already gets
    ])
    func aRaiseNeverPassesWhatIsMissingOrWhatIsFree(target: Int64, otherPace: Int64, expected: Int64) throws {
        var f = RecommenderFixture()
        f.baseline()
        f.goal.targetDate = nil
        f.goal.targetAmount = Money(minorUnits: target, currency: .usd)
        var other = Goal(
            id: 2, userID: 1, name: "Trip", targetAmount: Money(minorUnits: 1_000_000, currency: .usd),
            startDate: LocalDate(iso: "2024-01-01")!, category: .vacation, priority: .low)
        other.currentAmount = Money(minorUnits: otherPace * 3, currency: .usd)
        let contributions =
            otherPace > 0
            ? [
                GoalContribution(
                    goalID: 2, amount: Money(minorUnits: otherPace * 3, currency: .usd),
                    date: LocalDate(iso: "2024-06-15")!, source: .savings)
            ] : []
        let others = [GoalProjection(goal: other, contributions: contributions, asOf: RecommenderFixture.asOf)]
        let raise = try #require(
            try Recommender.recommend(f.input(others: others)).first { $0.type == .raiseContribution })
        #expect(raise.potentialImpact.minorUnits == expected)
    }

    @Test func aRentPaidEveryMonthIsNoOneOff() throws {
        var f = RecommenderFixture()
        for month in 5...6 {
            f.add(String(format: "2024-%02d-01", month), 300_000, "Employer", "Salary", group: "Income", income: true)
            f.add(
                String(format: "2024-%02d-03", month), -150_000, "Oakwood Apartments", "Rent & Mortgage",
                group: "Housing")
            f.add(String(format: "2024-%02d-12", month), -9_210, "Kroger", "Groceries", group: "Food")
        }
        // A one-off purchase, no earlier one like it: still a spike.
        f.add("2024-06-20", -600_000, "Best Buy", "Electronics & Software", group: "Shopping")
        let drafts = try Recommender.recommend(f.input())
        let spikes = drafts.filter { $0.type == .spendingSpike }
        #expect(!spikes.contains { $0.title.contains("Oakwood") })
        #expect(spikes.contains { $0.title.contains("Best Buy") })
    }
}
