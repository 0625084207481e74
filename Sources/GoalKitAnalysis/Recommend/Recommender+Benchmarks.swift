// The recommender's steps for spending benchmarks.
import GoalKit

extension Recommender.Builder {
    mutating func benchmarks() throws(AmountOverflowError) {
        let items = spending.filter { !used.contains($0.id) && $0.group != nil }
        let total = try spent(spending, "spending")
        guard total > 0 else { return }
        let byGroup = Dictionary(grouping: items, by: { $0.group! })
        for (group, groupItems) in byGroup.sorted(by: { $0.key < $1.key }) {
            guard let share = SpendingBenchmarks.blsShare[group],
                !groupItems.contains(where: { cutCategories.contains($0.category ?? "") })
            else { continue }
            let spent = try spent(groupItems, group)
            // Bounded: the group's items are some of the spending items, all money out, so
            // 0 ≤ spent ≤ total and the permille is 0...1000. The test and the excess over
            // the average share are exact in 128 bits, rounded once: 0 < excess ≤ spent.
            let permille = try CheckedAmount.scaled(
                spent, times: 1000, over: total, rounding: .halfEven, context("share of \(group)"))
            guard Int128(spent) * 4000 > Int128(total) * Int128(share) * 5 else { continue }
            let percent = CheckedAmount.divided(Int128(spent) * 100, by: Int128(total), rounding: .halfEven)
            let excess = try CheckedAmount.divide(
                Int128(spent) * 1000 - Int128(total) * Int128(share), by: 1000 * Int128(windowMonths),
                rounding: .halfEven, context("\(group) above the average"))
            try add(
                RecommendationDraft(
                    type: .aboveBenchmark, subject: group,
                    title:
                        "\(group) takes \(percent)% of your spending; the US average is \(CheckedAmount.divided(Int128(share), by: 10, rounding: .halfEven))%",
                    description: """
                        Over \(windowText) \(group) took \(permille / 10).\(permille % 10)% of your spending, against \
                        \(share / 10).\(share % 10)% for the average US household (BLS Consumer Expenditure Survey 2023). Bringing it to \
                        the average frees \(money(excess)) a month.
                        """,
                    category: group, potentialImpact: money(excess),
                    difficulty: group == "Housing" ? .hard : .medium,
                    steps: [
                        RecommendationStep(
                            "List the \(group) costs that are not fixed.", action: .review(category: group)),
                        "Compare providers for the largest one.",
                        "Set a \(group) budget at the average share.",
                    ],
                    evidence: Array(groupItems.map(\.id).prefix(50))))
        }
    }
}
