import GoalKit
import GoalKitAnalysis
import Testing

/// The recommender fed a million lines at the storage limit (-9,999,999,999 minor units each):
/// `spent × 1000 / total` passed 2^63 and trapped; now the figures (a month's spending, its
/// excess over the average) are exact, or refused.
@Suite struct RecommenderAmountLimitTests {
    static let limit: Int64 = 9_999_999_999

    /// (lines at the limit, group): from about 922,000 lines `spent × 1000` passes 2^63.
    @Test(arguments: [(1_000_000, "Food"), (100_000, "Transportation")])
    func storageLimitSpendingGivesExactShares(count: Int, group: String) throws {
        var f = RecommenderFixture()
        f.baseline()
        let days = (1...6).map { LocalDate(year: 2024, month: $0, day: 15)! }
        for n in 0..<count {
            f.items.append(
                RecommendationInput.Item(
                    id: f.nextID, date: days[n % 6], amount: Money(minorUnits: -Self.limit, currency: .usd),
                    payee: "Store", category: group, group: group, isIncome: false, isTransfer: false))
            f.nextID += 1
        }
        // The recurring detector is not under test here: the input is built directly.
        let flow = try CashFlow(
            items: f.items.map { CashFlow.Item(date: $0.date, amount: $0.amount, category: $0.category) },
            from: YearMonth("2024-01")!, through: YearMonth("2024-06")!, currency: .usd)
        let input = RecommendationInput(
            projection: GoalProjection(goal: f.goal, contributions: [], asOf: RecommenderFixture.asOf),
            otherGoals: [], items: f.items, recurring: [], cashFlow: flow, feedback: [:], excludedKeys: [])
        let drafts = try Recommender.recommend(input)
        #expect(drafts.allSatisfy { $0.potentialImpact.isPositive })
        let spent = Int64(count) * Self.limit
        // A month's spending, exact: the lines split evenly over the six months.
        let monthly = Money(minorUnits: spent / 6, currency: .usd)
        let bench = try #require(drafts.first { $0.type == .aboveBenchmark })
        #expect(
            bench.title
                == "\(group) costs \(monthly.formatted()) a month; the US average is \(group == "Food" ? "832.08" : "1,094.83")"
        )
        // The excess over the average, held to what the goal still misses.
        let excess = spent / 6 - (group == "Food" ? 83_208 : 109_483)
        #expect(bench.potentialImpact.minorUnits == min(excess, f.goal.targetAmount.minorUnits))
    }

    /// An amount with no magnitude in 64 bits is refused, naming the goal.
    @Test(arguments: [Int64.min])
    func anAmountWithNoMagnitudeIsRefused(minor: Int64) throws {
        var f = RecommenderFixture()
        f.baseline()
        f.add("2024-06-10", minor, "Huge", "Groceries", group: "Food")
        #expect(throws: AmountOverflowError.self) { try Recommender.recommend(f.input()) }
    }
}
