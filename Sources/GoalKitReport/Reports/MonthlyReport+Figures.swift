import GoalKit
import GoalKitAnalysis

extension MonthlyReport {
    /// Spending by category: spent, the previous month, the three-month average, the budget,
    /// the share of the month's spending and the BLS group share; largest first.
    ///
    /// The three-month average is over the three months before the report month, divided by
    /// those of them the data covers (`threeMonths`): a month after the data ends or before
    /// it begins is not a month of zero.
    /// - Throws: `AmountOverflowError` naming the category whose average or share overflows.
    static func categoryRows(_ input: Input, flow: CashFlow, threeMonths: AveragingWindow, label: String)
        throws(AmountOverflowError) -> [[ListingCell]]
    {
        func money(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: input.currency) }
        let current = flow.months[flow.months.count - 1]
        let previous = flow.months.dropLast().last
        let covered = Set(threeMonths.covered)
        let three = flow.months.filter { covered.contains($0.month) }
        let groupOf = Dictionary(
            input.expenses.compactMap { e in e.category.map { ($0, e.group ?? $0) } }, uniquingKeysWith: { a, _ in a })
        // Every category the month, the one before or the three averaged spent in, or with a
        // budget: one that spent nothing this month still shows what it spent before.
        var names = Set(current.byCategory.keys).union(input.limits.keys)
        for month in three + (previous.map { [$0] } ?? []) { names.formUnion(month.byCategory.keys) }
        // A share is of spending alone (income and transfer categories never reach
        // `byCategory`), over the categories that spent: none exceeds 100%, and they add up to
        // 100%. A category whose refunds match or outweigh its spending has no share.
        let spentTotal = current.byCategory.values.reduce(Int128(0)) { $0 + Int128(max(0, $1.minorUnits)) }
        let rows = try names.sorted().map { name throws(AmountOverflowError) -> [ListingCell] in
            let spent = current.byCategory[name]?.minorUnits ?? 0
            let before = previous?.byCategory[name]?.minorUnits ?? 0
            let average =
                three.isEmpty
                ? 0
                : try CheckedAmount.divide(
                    three.reduce(Int128(0)) { $0 + Int128($1.byCategory[name]?.minorUnits ?? 0) },
                    by: Int128(threeMonths.divisor), rounding: .halfEven, "\(label): three-month average of \(name)")
            // Bounded: 0 < spent ≤ spentTotal, so the share is 0...10 000.
            let share =
                spent > 0
                ? Int64(CheckedAmount.divided(Int128(spent) * 10_000, by: spentTotal, rounding: .halfEven)) : nil
            let bls = groupOf[name].flatMap { SpendingBenchmarks.blsShare[$0] }
            return [
                .text(name), .money(money(spent)), .money(money(before)), .money(money(average)),
                input.limits[name].map { .money($0) } ?? .empty,
                share.map { .decimal(Listings.percentText($0)) } ?? .empty,
                bls.map { .decimal("\($0 / 10).\($0 % 10)") } ?? .empty,
            ]
        }
        return rows.sorted { a, b in
            if case .money(let x) = a[1], case .money(let y) = b[1], x.minorUnits != y.minorUnits {
                return x.minorUnits > y.minorUnits
            }
            if case .text(let x) = a[0], case .text(let y) = b[0] { return x < y }
            return false
        }
    }

    /// The ten payees the most money went to: payee, visits, spent.
    /// - Throws: `AmountOverflowError` naming the payee whose total overflows.
    static func merchants(_ outflows: [ReportExpense], currency: Currency, label: String) throws(AmountOverflowError)
        -> Listing
    {
        // Totals in 128 bits, narrowed once per payee.
        var byMerchant: [String: (Int128, Int)] = [:]
        for e in outflows {
            byMerchant[e.payee, default: (0, 0)].0 -= Int128(e.amount.minorUnits)
            byMerchant[e.payee, default: (0, 0)].1 += 1
        }
        var totals: [(payee: String, spent: Int64, visits: Int)] = []
        for (payee, value) in byMerchant {
            totals.append((payee, try CheckedAmount.narrow(value.0, "\(label): spending at \(payee)"), value.1))
        }
        return Listing(
            columns: ["payee", "visits", "spent"],
            rows: totals.sorted { ($0.spent, $1.payee) > ($1.spent, $0.payee) }.prefix(10).map {
                [.text($0.payee), .int($0.visits), .money(Money(minorUnits: $0.spent, currency: currency))]
            })
    }
}
