import Foundation
import GoalKit
import GoalKitAnalysis
import Testing

/// Issue 18's property test over generated households (seeded, so every run sees the same
/// ones): for every goal, no outflow backs two of its recommendations, no impact passes what the
/// goal misses, and the `closesGap` set — monthly savings only — reaches the monthly target
/// (the gap, plus the deficit the cuts close first) whenever the monthly drafts together do,
/// with the least effort any set of them has.
@Suite struct RecommenderPropertyTests {
    /// SplitMix64: a small seeded generator, the same numbers on every platform.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// A number in a closed range.
        mutating func int(_ range: ClosedRange<Int64>) -> Int64 {
            range.lowerBound + Int64(next() % UInt64(range.upperBound - range.lowerBound + 1))
        }
        mutating func chance(_ percent: Int64) -> Bool { int(1...100) <= percent }
    }

    /// Spending categories the households draw from: (category, group, lines a month, size).
    static let categories: [(String, String, ClosedRange<Int64>, ClosedRange<Int64>)] = [
        ("Groceries", "Food", 3...6, 3_000...15_000), ("Restaurants", "Food", 1...8, 1_500...9_000),
        ("Coffee Shops", "Food", 2...12, 350...800), ("Shopping", "Shopping", 0...4, 1_000...20_000),
        ("Utilities", "Housing", 1...2, 4_000...20_000), ("Fuel", "Transportation", 1...4, 3_000...7_000),
        ("Entertainment", "Entertainment", 0...3, 1_000...6_000), ("Travel", "Travel", 0...1, 10_000...90_000),
        ("Bank Fees", "Fees & Charges", 0...1, 500...3_500), ("Clothing", "Shopping", 0...2, 2_000...12_000),
    ]

    /// A household: salary, rent, the categories, recurring charges, sometimes a spike, a
    /// windfall and a savings account paying the difference, and one to three goals.
    static func household(seed: UInt64) -> (RecommenderFixture, [GoalProjection], [SavingsDrawdown.Item]) {
        var g = Generator(state: seed)
        var f = RecommenderFixture()
        let salary = g.int(150_000...800_000)
        f.baseline(salary: salary, rent: -g.int(salary / 5...salary * 7 / 10))
        for (category, group, count, size) in categories where g.chance(70) {
            let rise = g.chance(40)  // the last three months higher: a cut to reach
            for month in 1...6 {
                for _ in 0..<g.int(count) {
                    let amount = g.int(size) * (rise && month > 3 ? 2 : 1)
                    f.add(
                        String(format: "2024-%02d-%02d", month, g.int(3...28)), -amount, "\(category) \(g.int(1...3))",
                        category, group: group)
                }
            }
        }
        for charge in 0..<g.int(0...4) {
            let price = g.int(500...6_000)
            let raised = g.chance(30) ? price + g.int(100...1_500) : price
            let category = ["Streaming & Subscriptions", "Fitness", "Utilities", "Insurance"][Int(g.int(0...3))]
            for month in 1...6 {
                f.add(
                    String(format: "2024-%02d-%02d", month, 4 + charge), -(month > 3 ? raised : price),
                    "Service \(charge)", category, group: category == "Utilities" ? "Housing" : category)
            }
        }
        if g.chance(40) { f.add("2024-06-\(g.int(10...28))", -g.int(50_000...400_000), "Big Purchase", "Shopping") }
        if g.chance(30) { f.add("2024-06-\(g.int(10...28))", g.int(100_000...600_000), "Bonus", nil, income: true) }
        var savings: [SavingsDrawdown.Item] = []
        if g.chance(40) {
            let back = g.int(10_000...300_000)
            for month in 1...6 {
                let day = LocalDate(year: 2024, month: month, day: 26)!
                savings.append(
                    .init(
                        id: 10_000 + Int64(month), account: "SAV", date: day,
                        amount: Money(minorUnits: -back, currency: .usd), isTransfer: true))
                f.add(String(format: "2024-%02d-26", month), back, "From Savings", nil, transfer: true)
            }
        }
        var goals: [GoalProjection] = []
        for id in 1...g.int(1...3) {
            var goal = f.goal
            goal.id = id
            goal.name = "Goal \(id)"
            goal.priority = [.high, .medium, .low][Int(g.int(0...2))]
            goal.targetAmount = Money(minorUnits: g.int(10_000...3_000_000), currency: .usd)
            goal.targetDate = g.chance(75) ? LocalDate(iso: "2024-07-01")!.adding(months: Int(g.int(1...36))) : nil
            let pace = g.chance(50) ? g.int(1...200_000) : 0
            let opening = min(goal.targetAmount.minorUnits - 1, g.int(0...goal.targetAmount.minorUnits))
            goal.currentAmount = Money(minorUnits: opening + pace * 3, currency: .usd)
            var paid = [
                GoalContribution.opening(
                    Money(minorUnits: max(1, opening), currency: .usd), goalID: id, start: goal.startDate)
            ]
            if pace > 0 {
                paid.append(
                    GoalContribution(
                        goalID: id, amount: Money(minorUnits: pace * 3, currency: .usd),
                        date: LocalDate(iso: "2024-06-15")!, source: .savings))
            }
            goals.append(GoalProjection(goal: goal, contributions: paid, asOf: RecommenderFixture.asOf))
        }
        return (f, goals, savings)
    }

    @Test(arguments: 0..<150)
    func generatedHouseholds(seed: Int) throws {
        let (f, goals, savingsLines) = Self.household(seed: UInt64(seed) &* 7_919)
        for projection in goals {
            var fixture = f
            fixture.goal = projection.goal
            fixture.contributions = []
            var input = try fixture.input(others: goals.filter { $0.goal.id != projection.goal.id })
            input.projection = projection
            input.savings = try SavingsDrawdown(
                items: savingsLines, window: input.cashFlow.window, currency: .usd, linkedAccounts: [])
            let drafts = try Recommender.recommend(input)
            try Self.check(drafts, input, outflows: Set(f.items.filter { $0.amount.isNegative }.map(\.id)))
        }
    }

    /// The properties of one goal's drafts.
    static func check(_ drafts: [RecommendationDraft], _ input: RecommendationInput, outflows: Set<Int64>) throws {
        let cited = drafts.flatMap(\.evidence).filter(outflows.contains)
        #expect(Set(cited).count == cited.count, "an outflow backs two recommendations")
        let remaining = input.projection.remaining.minorUnits
        #expect(drafts.allSatisfy { $0.potentialImpact.minorUnits <= remaining }, "an impact passes what is missing")
        // The deficit, from the figures: the median net's shortfall, else the savings' fall.
        let net = input.cashFlow.freeCashFlow.minorUnits
        let fall = input.savings.map { $0.isFalling ? $0.monthlyFall.minorUnits : 0 } ?? 0
        let deficit = net < 0 ? -net : fall
        if deficit > 0 && !drafts.isEmpty {
            #expect(drafts.first?.type == .closeDeficit)
            #expect(!drafts.contains { $0.type == .raiseContribution || $0.type == .fundHigherPriority })
        }
        let monthly = drafts.filter {
            ![.spendingSpike, .windfall, .closeDeficit, .extendTargetDate].contains($0.type)
        }
        let chosen = drafts.filter(\.closesGap)
        #expect(chosen.allSatisfy { monthly.contains($0) }, "a one-off closes the gap")
        guard let required = input.projection.requiredMonthly else {
            #expect(chosen.isEmpty)
            return
        }
        let gap = Int128(required.minorUnits) - Int128(input.projection.monthlyPace.minorUnits)
        let target = gap + Int128(deficit)
        let all = monthly.reduce(Int128(0)) { $0 + Int128($1.potentialImpact.minorUnits) }
        let total = chosen.reduce(Int128(0)) { $0 + Int128($1.potentialImpact.minorUnits) }
        if gap > 0 && all >= target {
            #expect(total >= target, "the marked set falls short of the gap")
            if monthly.count <= 12 { #expect(effort(chosen) == leastEffort(monthly, target)) }
        } else {
            #expect(chosen.isEmpty)
        }
    }

    /// (effort, steps, −total) of a set.
    static func effort(_ set: [RecommendationDraft]) -> [Int128] {
        let units = set.reduce(Int128(0)) { $0 + ($1.difficulty == .easy ? 1 : $1.difficulty == .medium ? 2 : 3) }
        return [units, Int128(set.count), -set.reduce(Int128(0)) { $0 + Int128($1.potentialImpact.minorUnits) }]
    }

    /// The least (effort, steps, −total) of every subset that reaches the target, by brute force.
    static func leastEffort(_ drafts: [RecommendationDraft], _ target: Int128) -> [Int128]? {
        var best: [Int128]?
        for mask in 1..<(1 << drafts.count) {
            let set = drafts.indices.filter { mask & (1 << $0) != 0 }.map { drafts[$0] }
            guard set.reduce(Int128(0), { $0 + Int128($1.potentialImpact.minorUnits) }) >= target else { continue }
            let key = effort(set)
            if best.map({ key.lexicographicallyPrecedes($0) }) ?? true { best = key }
        }
        return best
    }
}
