import Foundation
import GoalKit

extension Recommender {
    /// Builds the drafts of one run, remembering which expenses they already count so no money
    /// is counted twice.
    struct Builder {
        let input: RecommendationInput
        let currency: Currency
        let asOf: LocalDate
        var drafts: [RecommendationDraft] = []
        /// Expenses an earlier draft already counts.
        var used: Set<Int64> = []
        /// Categories a cut already covers.
        var cutCategories: Set<String> = []
        /// What the data left out, for the person (money no stored rate converts).
        var notes: [String] = []
        /// The stored rates, for money in another currency.
        let rates: RateTable

        /// Money out in the goal's currency, not between own accounts: what the steps look at.
        let spending: [RecommendationInput.Item]

        /// Takes the input.
        /// - Throws: `AmountOverflowError` when an amount is `Int64.min`, which has no magnitude in
        ///   64 bits; every other amount can then be negated without trapping (store rows hold
        ///   ±9,999,999,999).
        init(input: RecommendationInput) throws(AmountOverflowError) {
            self.input = input
            let currency = input.projection.goal.currency
            self.currency = currency
            rates = RateTable(input.rates)
            asOf = input.projection.asOf
            used = input.claimedExpenses
            if let item = (input.items + input.recentItems).first(where: { $0.amount.minorUnits == .min }) {
                throw AmountOverflowError("recommendations for \(input.projection.goal.name): expense \(item.id)")
            }
            spending = input.items.filter {
                !$0.isTransfer && !$0.isIncome && $0.amount.isNegative && $0.amount.currency == currency
            }
        }

        /// What a failing figure is named by: the goal and the figure.
        func context(_ figure: String) -> String { "recommendations for \(input.projection.goal.name): \(figure)" }

        /// The total of what items spent (the negated sum of their amounts).
        func spent(_ items: some Sequence<RecommendationInput.Item>, _ figure: String) throws(AmountOverflowError)
            -> Int64
        {
            try CheckedAmount.sum(items.map { -$0.amount.minorUnits }, context(figure))
        }

        /// The months of the cash flow window the data covers (at least one): what every
        /// monthly average here divides by (`AveragingWindow`).
        var windowMonths: Int { input.cashFlow.window.divisor }
        /// The covered months by name, for the text: "May–October 2026 (6 months)".
        var windowText: String { input.cashFlow.window.description }

        func money(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: currency) }

        /// Adds a note once.
        mutating func note(_ text: String) {
            if !notes.contains(text) { notes.append(text) }
        }

        /// The action of paying an amount into this goal.
        func contribute(_ amount: Money, monthly: Bool) -> RecommendationAction {
            .contribute(goalID: input.projection.goal.id ?? 0, amount: amount, monthly: monthly)
        }

        /// `value / divisor` rounded half to even, for a divisor of at least one (months, a
        /// year's 12), so the quotient fits wherever the value does.
        func quotient(_ value: Int64, over divisor: Int) -> Int64 {
            Int64(CheckedAmount.divided(Int128(value), by: Int128(max(1, divisor)), rounding: .halfEven))
        }

        mutating func add(_ draft: RecommendationDraft) throws(AmountOverflowError) {
            guard !input.excludedKeys.contains(draft.key), !input.claimedKeys.contains(draft.key) else { return }
            guard draft.evidence.isEmpty || !draft.evidence.allSatisfy(input.claimedExpenses.contains) else { return }
            var d = draft
            if let factor = input.feedback[d.type]?.calibrationFactor, factor.numerator != factor.denominator {
                d.potentialImpact = money(
                    try CheckedAmount.scaled(
                        d.potentialImpact.minorUnits, times: factor.numerator, over: factor.denominator,
                        rounding: .halfEven, context("calibrated impact of \(d.key)")))
            }
            guard d.potentialImpact.isPositive else { return }
            d.title = String(d.title.prefix(100))
            d.category = String(d.category.prefix(50))
            used.formUnion(d.evidence)
            drafts.append(d)
        }

        /// A category's spending per month, summed in 128 bits and narrowed once per month.
        func monthlyTotals(_ items: [RecommendationInput.Item], _ category: String) throws(AmountOverflowError)
            -> [YearMonth: Int64]
        {
            var wide: [YearMonth: Int128] = [:]
            for item in items { wide[YearMonth(item.date), default: 0] -= Int128(item.amount.minorUnits) }
            var totals: [YearMonth: Int64] = [:]
            for (month, total) in wide {
                totals[month] = try CheckedAmount.narrow(total, context("\(category) in \(month)"))
            }
            return totals
        }
    }
}
