// The recommender's steps for category cuts.
import GoalKit

extension Recommender.Builder {
    mutating func categoryCuts() throws(AmountOverflowError) {
        let inDeficit = deficit != nil
        let months = input.cashFlow.months.map(\.month)
        guard months.count >= 4 else { return }
        let recentMonths = Set(months.suffix(3))
        // The cash flow's months are covered ones: the last three are three months of data.
        let recentText = AveragingWindow(months: Array(months.suffix(3)), covered: Array(months.suffix(3)))
            .description
        let byCategory = Dictionary(
            grouping: spending.filter { $0.category != nil && !used.contains($0.id) }, by: { $0.category! })
        for (category, items) in byCategory.sorted(by: { $0.key < $1.key })
        where DiscretionaryCategories.contains(category) {
            let totals = try monthlyTotals(items, category)
            let recent = quotient(
                try CheckedAmount.sum(
                    recentMonths.map { totals[$0] ?? 0 }, context("\(category), last three months")),
                over: 3)
            let earlier = months.dropLast(3).map { totals[$0] ?? 0 }.filter { $0 > 0 }
            guard recent > 0, let best = earlier.min(), best < recent else { continue }
            // The whole percent below what was reached (rounded down), in integers.
            let percent = min(
                50, Int(CheckedAmount.divided(Int128(recent - best) * 100, by: Int128(recent), rounding: .down)))
            guard percent >= 10 else { continue }
            let target = try CheckedAmount.scaled(
                recent, times: Int64(100 - percent), over: 100, rounding: .halfEven, context("\(category) target"))
            // Bounded: 0 < best < recent and 0 ≤ target ≤ recent, so `recent - best` and
            // `recent - target` below cannot overflow.
            let achieved = months.filter { (totals[$0] ?? 0) > 0 && (totals[$0] ?? 0) <= target }.count
            let difficulty: DifficultyLevel = achieved >= 3 ? .easy : (achieved == 2 ? .medium : .hard)
            let evidence = items.filter { recentMonths.contains(YearMonth($0.date)) }.map(\.id)
            cutCategories.insert(category)
            try add(
                RecommendationDraft(
                    type: .cutCategory, subject: category,
                    title: "Cut \(category) by \(percent)% (\(money(recent - target).formatted()) a month)",
                    description: """
                        \(category) averaged \(money(recent)) a month over \(recentText). You have spent as little as \
                        \(money(best)) in a month before (\(achieved) month(s) at or under \(money(target))), so \(percent)% less \
                        is within reach: \(money(recent - target)) a month for "\(input.projection.goal.name)".
                        """,
                    category: category, potentialImpact: money(recent - target), difficulty: difficulty,
                    steps: [
                        RecommendationStep(
                            "Set a \(money(target).formatted()) monthly \(category) budget.",
                            action: .setBudget(
                                category: category, limit: money(target),
                                from: YearMonth(asOf).adding(months: 1) ?? YearMonth(asOf))),
                        RecommendationStep(
                            "Check your \(category) lines weekly.", action: .review(category: category)),
                    ]
                        // In a deficit what a cut saves closes the deficit first: nothing moves on.
                        + (inDeficit
                            ? []
                            : [
                                RecommendationStep(
                                    "Move what you save to the goal at the end of each month.",
                                    action: contribute(money(recent - target), monthly: true))
                            ]),
                    evidence: evidence))
        }
    }
}
