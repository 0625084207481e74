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
        /// Why the run proposes less than it might (money in another currency, idle cash
        /// already offered to other goals), for the person to read beside the drafts.
        var notes: [String] = []
        /// Steps found but left out because other goals' recommendations already count their
        /// money (their key or every expense they rest on), by type.
        var claimedAway: [RecommendationType: Int] = [:]
        /// The stored rates, for money in another currency.
        let rates: RateTable

        /// Money out in the goal's currency, not between own accounts: what the steps look at.
        let spending: [RecommendationInput.Item]
        /// The ids of those lines: the outflows a recommendation may rest on once only.
        let outflows: Set<Int64>
        /// The household's deficit over the window, when there is one (`Recommender.deficit`).
        let deficit: Recommender.Deficit?

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
            let blocked = input.blockedPayees
            if let item = (input.items + input.recentItems).first(where: { $0.amount.minorUnits == .min }) {
                throw AmountOverflowError("recommendations for \(input.projection.goal.name): expense \(item.id)")
            }
            spending = input.items.filter {
                !$0.isTransfer && !$0.isIncome && $0.amount.isNegative && $0.amount.currency == currency
            }
            outflows = Set(spending.map(\.id))
            deficit = Recommender.deficit(input)
            if !blocked.isEmpty {
                used.formUnion(spending.filter { blocked.contains(RecurringPayeeKey.key($0.payee)) }.map(\.id))
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

        /// Adds a draft unless its key was answered or claimed, or one of the outflows it rests on
        /// already backs another recommendation (of this run, another goal's, or a dismissed
        /// one's): each outflow line backs one recommendation at most. Its impact is calibrated
        /// by its type's follow-ups unless it is deterministic, and its title shows the figure it
        /// ranks by.
        mutating func add(_ draft: RecommendationDraft) throws(AmountOverflowError) {
            guard !input.excludedKeys.contains(draft.key) else { return }
            let claimed =
                input.claimedKeys.contains(draft.key)
                || draft.evidence.contains { input.claimedExpenses.contains($0) && outflows.contains($0) }
            if claimed { claimedAway[draft.type, default: 0] += 1 }
            guard !claimed, !draft.evidence.contains(where: { used.contains($0) && outflows.contains($0) }) else {
                return
            }
            var d = draft
            if !d.type.isDeterministic, let factor = input.feedback[d.type]?.calibrationFactor,
                factor.numerator != factor.denominator
            {
                let estimate = d.potentialImpact
                d.potentialImpact = money(
                    try CheckedAmount.scaled(
                        d.potentialImpact.minorUnits, times: factor.numerator, over: factor.denominator,
                        rounding: .halfEven, context("calibrated impact of \(d.key)")))
                // The title's monthly figure ("(24.99 a month)"), never another amount it names (a
                // price that happens to equal it).
                d.title = d.title.replacingOccurrences(
                    of: estimate.formatted() + " a month", with: d.potentialImpact.formatted() + " a month")
                d.description += """
                     Past follow-ups of this kind of step measured \(CheckedAmount.divided(Int128(factor.numerator) * 100, by: Int128(factor.denominator), rounding: .halfEven))% of \
                    their estimates, so it counts \(d.potentialImpact) a month of the \(estimate) estimated.
                    """
            }
            guard d.potentialImpact.isPositive else { return }
            d = heldToRemaining(d)
            if let unchanged = input.unchanged[d.key] { d.description = again(d, unchanged) + " " + d.description }
            d.title = String(d.title.prefix(100))
            d.category = String(d.category.prefix(50))
            used.formUnion(d.evidence)
            drafts.append(d)
        }

        /// What a step offered again says first: when it was marked implemented, and what the
        /// statements showed since (a cancelled charge's later charges by day).
        func again(_ draft: RecommendationDraft, _ unchanged: RecommendationInput.Unchanged) -> String {
            let day = unchanged.implementedOn
            let evidence = Set(draft.evidence)
            let later = spending.filter { evidence.contains($0.id) && $0.date > day }.sorted { $0.date < $1.date }
            if draft.type.isAboutOneCharge, let first = later.first {
                let days = later.prefix(6).map { String($0.date.isoString.dropFirst(5)) }.joined(separator: ", ")
                return
                    "You marked this done on \(day), but \(draft.subject) charged \(first.amount.magnitude.formatted()) on \(days)."
            }
            return
                "You marked this done on \(day), but the 60 days after showed no saving (\(unchanged.measured) a month)."
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
