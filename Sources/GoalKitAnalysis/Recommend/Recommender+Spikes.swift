// The recommender's steps for one-off spending spikes.
import GoalKit

extension Recommender.Builder {
    mutating func spikes() throws(AmountOverflowError) {
        let byCategory = Dictionary(
            grouping: spending.filter { $0.category != nil && !used.contains($0.id) }, by: { $0.category! })
        let monthlySpend = quotient(try spent(spending, "spending"), over: windowMonths)
        let allMagnitudes = spending.map { -$0.amount.minorUnits }.sorted()
        for (category, items) in byCategory.sorted(by: { $0.key < $1.key }) {
            // A category with little history is compared with spending as a whole.
            let magnitudes = items.count >= 4 ? items.map { -$0.amount.minorUnits }.sorted() : allMagnitudes
            guard !magnitudes.isEmpty else { continue }
            let median = magnitudes[magnitudes.count / 2]
            // A bill (rent, a utility, an insurance) is not a one-off to skip.
            guard !RecurringDetector.variableBillCategories.contains(category),
                let spike = items.filter({ $0.date.days(to: asOf) <= 90 && $0.date <= asOf })
                    .max(by: { -$0.amount.minorUnits < -$1.amount.minorUnits })
            else { continue }
            let size = -spike.amount.minorUnits
            // Nor is a charge the same payee made before at about the same amount: a one-off
            // is one.
            let payee = RecurringPayeeKey.key(spike.payee)
            guard
                !spending.contains(where: { other in
                    other.id != spike.id && RecurringPayeeKey.key(other.payee) == payee
                        && Int128(-other.amount.minorUnits) * 4 >= Int128(size) * 3
                        && Int128(-other.amount.minorUnits) * 3 <= Int128(size) * 4
                })
            else { continue }
            // In 128 bits: `median × 3` and `size × 20` pass `Int64.max` for huge amounts.
            guard Int128(size) >= Int128(median) * 3, Int128(size) * 20 >= Int128(monthlySpend) else { continue }
            let threshold = try CheckedAmount.multiply(median, 3, context("spike threshold in \(category)"))
            let perMonth = quotient(size, over: 12)
            try add(
                RecommendationDraft(
                    type: .spendingSpike, subject: "\(category):\(spike.id)",
                    title: "Skip repeats of a one-off \(money(size).formatted()) at \(spike.payee)",
                    description: """
                        On \(spike.date) you spent \(money(size)) on \(category) at \(spike.payee), \(size / max(1, median))× your usual \
                        \(money(median)). Not repeating it this year frees \(money(perMonth)) a month.
                        """,
                    category: category, potentialImpact: money(perMonth), difficulty: .medium,
                    steps: [
                        "Wait 48 hours before purchases over \(money(threshold).formatted()).",
                        RecommendationStep(
                            "Look back at your \(category) spending before the next large purchase.",
                            action: .review(category: category)),
                    ],
                    evidence: [spike.id]))
        }
    }
}
