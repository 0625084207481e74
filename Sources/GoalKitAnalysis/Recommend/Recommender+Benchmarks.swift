// The recommender's steps for spending benchmarks: a group's monthly money against what the
// average US household spends on it.
import GoalKit

extension Recommender.Builder {
    /// How far above the average a group must be before it is advice, as a fraction: a
    /// quarter more. The averages are means over households of every size and region (the
    /// survey table has no sizes), and size and place alone move a group's spending without
    /// anything to cut; how much, the data cannot say, so the margin is the one the share
    /// comparison used before (25% above the average share).
    static let benchmarkMargin = (numerator: Int128(5), denominator: Int128(4))

    mutating func benchmarks() throws(AmountOverflowError) {
        let items = spending.filter { item in
            !used.contains(item.id) && item.group.map(SpendingBenchmarks.advised.contains) == true
        }
        guard !items.isEmpty else { return }
        let income = try CheckedAmount.sum(
            input.cashFlow.months.map(\.income.minorUnits), context("income of the window"))
        let byGroup = Dictionary(grouping: items, by: { $0.group! })
        for (group, groupItems) in byGroup.sorted(by: { $0.key < $1.key }) {
            guard !groupItems.contains(where: { cutCategories.contains($0.category ?? "") }),
                let usd = SpendingBenchmarks.monthlyAverage(group)
            else { continue }
            guard let (average, rate) = try rates.convert(usd, to: currency) else {
                note(
                    "US spending benchmarks are left out for \(currency.code) spending: no exchange rate between "
                        + "\(currency.code) and USD is stored.")
                return
            }
            let spent = try spent(groupItems, group)
            // Bounded: spent and the average fit in 64 bits, so the products fit in 128.
            let months = Int128(windowMonths)
            let (over, under) = Self.benchmarkMargin
            guard Int128(spent) * under > Int128(average.minorUnits) * months * over else { continue }
            // 0 < excess < spent: the average is positive and below what was spent a month.
            let excess = min(
                spent,
                try CheckedAmount.divide(
                    Int128(spent) - Int128(average.minorUnits) * months, by: months, rounding: .halfEven,
                    context("\(group) above the average")))
            try add(
                benchmarkDraft(
                    group, items: groupItems, monthly: quotient(spent, over: windowMonths), spent: spent,
                    income: income, average: (average, usd, rate), excess: excess))
        }
    }

    /// The draft of a group above its average.
    private func benchmarkDraft(
        _ group: String, items: [RecommendationInput.Item], monthly: Int64, spent: Int64, income: Int64,
        average: (money: Money, usd: Money, rate: ExchangeRate?), excess: Int64
    ) -> RecommendationDraft {
        // Shares of income over the same months (whole percents, half to even): yours, and the
        // average household's of its after-tax income.
        let yourShare =
            income > 0
            ? ", \(CheckedAmount.divided(Int128(spent) * 100, by: Int128(income), rounding: .halfEven))% of your income"
            : ""
        let averageShare = CheckedAmount.divided(
            Int128(average.usd.minorUnits) * 100, by: Int128(SpendingBenchmarks.monthlyIncomeAfterTaxes.minorUnits),
            rounding: .halfEven)
        let averageText =
            average.rate.map { "\(average.usd) (\(average.money) at the stored rate \($0))" }
            ?? "\(average.money)"
        return RecommendationDraft(
            type: .aboveBenchmark, subject: group,
            title:
                "\(group) costs \(money(monthly).formatted()) a month; the US average is \(average.money.formatted())",
            description: """
                Over \(windowText) \(group) came to \(money(monthly)) a month\(yourShare). The average US household \
                spent \(averageText) a month on it, \(averageShare)% of its income after taxes (BLS Consumer \
                Expenditure Survey 2023, all households of every size). Bringing it to the average frees \
                \(money(excess)) a month.
                """,
            category: group, potentialImpact: money(excess),
            difficulty: group == "Housing" ? .hard : .medium,
            steps: [
                RecommendationStep("List the \(group) costs that are not fixed.", action: .review(category: group)),
                "Compare providers for the largest one.",
                "Aim for \(average.money.formatted()) a month on \(group), the US average.",
            ],
            evidence: Array(items.map(\.id).prefix(50)))
    }
}
