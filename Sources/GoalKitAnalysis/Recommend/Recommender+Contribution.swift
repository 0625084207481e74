// The recommender's steps for the contribution and windfalls.
import GoalKit

extension Recommender.Builder {
    mutating func contribution() throws(AmountOverflowError) {
        // While spending beats income there is no surplus: a raise would come back out of savings.
        guard deficit == nil, input.cashFlow.freeCashFlow.currency == currency else { return }
        // The free cash flow is the median net with transfers between own accounts left out, so
        // the transfers that pay the goals' paces are still in it: the pace of every active
        // goal of the currency, this one's included, is money already spoken for, as are the
        // raises earlier goals' open recommendations claim. Contributions reach a goal by such
        // transfers (the store links contributions to transfer lines only) or from outside the
        // statements, never as counted spending, so no pace is subtracted twice.
        let pace = input.projection.monthlyPace.minorUnits
        let paces = try CheckedAmount.add(
            pace,
            try CheckedAmount.sum(
                input.otherGoals.filter { $0.goal.currency == currency && $0.goal.isActive }.map(
                    \.monthlyPace.minorUnits),
                context("other goals' pace")),
            context("the goals' pace"))
        let spoken = try CheckedAmount.add(paces, input.claimedSurplus, context("free cash flow spoken for"))
        let free = try CheckedAmount.subtract(
            input.cashFlow.freeCashFlow.minorUnits, spoken, context("free cash flow"))
        guard free > 0 else {
            let takers = [
                paces > 0 ? "what your goals get a month (\(money(paces)))" : nil,
                input.claimedSurplus > 0 ? "higher-priority goals' raises (\(money(input.claimedSurplus)))" : nil,
            ].compactMap { $0 }
            if input.cashFlow.freeCashFlow.isPositive, !takers.isEmpty {
                notes.append(
                    """
                    No raise: your free cash flow (\(input.cashFlow.freeCashFlow) a month) already goes to \
                    \(takers.joined(separator: " and ")).
                    """)
            }
            return
        }
        // Never more than the goal can take: what it still needs a month to its date (its gap),
        // or what is still missing for a goal with no date.
        var cap = input.projection.remaining.minorUnits
        if let required = input.projection.requiredMonthly {
            cap = max(0, try CheckedAmount.subtract(required.minorUnits, pace, context("monthly gap")))
        }
        let raise = min(free, cap)
        guard raise > 0 else { return }
        let standing = try CheckedAmount.add(pace, raise, context("standing transfer"))
        let evidence = input.items.filter { $0.isIncome || ($0.amount.isPositive && !$0.isTransfer) }.map(\.id)
            .suffix(20)
        let goal = input.projection.goal
        let taken =
            "Your goals already get \(money(paces)) of it a month"
            + (input.claimedSurplus == 0
                ? "" : " and the raises proposed for goals before this one \(money(input.claimedSurplus))")
        let closing =
            raise < free
            ? (goal.targetDate.map { "covers what \"\(goal.name)\" still needs a month to reach its target by \($0)" }
                ?? "covers all \"\(goal.name)\" still needs")
            : "puts that surplus to work"
        try add(
            RecommendationDraft(
                type: .raiseContribution, subject: "contribution",
                title: "Raise your monthly contribution by \(money(raise).formatted())",
                description: """
                    Your income has beaten your spending by \(input.cashFlow.freeCashFlow) in a typical recent month (the median of \
                    \(windowText)). \(taken), leaving \(money(free)) free, while "\(goal.name)" gets \
                    \(input.projection.monthlyPace) a month. A standing transfer of \(money(raise)) more \(closing).
                    """,
                category: "Savings", potentialImpact: money(raise), difficulty: .easy,
                steps: [
                    RecommendationStep(
                        pace > 0
                            ? "Raise your standing transfer by \(money(raise).formatted()), to \(money(standing).formatted()) on payday."
                            : "Set up a standing transfer of \(money(standing).formatted()) on payday.",
                        action: contribute(money(raise), monthly: true))
                ],
                evidence: Array(evidence)))
    }

    mutating func windfalls() throws(AmountOverflowError) {
        // A windfall is an event: one in the month not yet whole counts too.
        let inflows = (input.items + input.recentItems).filter {
            !$0.isTransfer && $0.amount.isPositive && $0.amount.currency == currency
        }
        let incomes = input.cashFlow.months.map(\.income.minorUnits).sorted()
        guard inflows.count >= 3, !incomes.isEmpty else { return }
        let monthlyIncome = incomes[incomes.count / 2]
        let payeeCounts = Dictionary(
            grouping: inflows, by: { ExpenseFeatures.words($0.payee).joined(separator: " ") }
        ).mapValues(\.count)
        let monthsLeft = Int64(max(1, input.projection.monthsLeft ?? 12))
        // One-off: a payee seen once in the window; large: at least a quarter of a typical month's income.
        for item in inflows
        where item.date.days(to: asOf) <= 60 && item.date <= asOf
            && Int128(item.amount.minorUnits) * 4 >= Int128(monthlyIncome)
            && payeeCounts[ExpenseFeatures.words(item.payee).joined(separator: " "), default: 0] == 1
        {
            // Half now, and what it is worth a month: each rounded once, half to even. A goal
            // missing less than half takes only what it misses.
            let remaining = input.projection.remaining.minorUnits
            var half = quotient(item.amount.minorUnits, over: 2)
            var perMonth = Int64(
                CheckedAmount.divided(
                    Int128(item.amount.minorUnits), by: 2 * Int128(monthsLeft), rounding: .halfEven))
            var part = "half"
            if half > remaining {
                (half, perMonth, part) = (remaining, quotient(remaining, over: Int(monthsLeft)), "what the goal misses")
            }
            try add(
                RecommendationDraft(
                    type: .windfall, subject: "\(item.payee):\(item.date)",
                    title:
                        "Put \(part == "half" ? "half" : money(half).formatted()) of the \(item.amount.formatted()) from \(item.payee) toward the goal",
                    description: """
                        On \(item.date) \(item.amount) came in from \(item.payee), once\(shareOfIncome(item.amount.minorUnits, monthlyIncome)). Putting \(part) (\(money(half))) toward "\(input.projection.goal.name)" is worth \(money(perMonth)) \
                        a month over the \(monthsLeft) month(s) left.
                        """,
                    category: "Income", potentialImpact: money(perMonth), difficulty: .easy,
                    steps: [
                        RecommendationStep(
                            "Transfer \(money(half).formatted()) to the goal's account now.",
                            action: contribute(money(half), monthly: false))
                    ],
                    evidence: [item.id]))
        }
    }

    /// An inflow beside a typical month's income: ", 62% of a typical month's income" or
    /// ", 1.4× a typical month's income", rounded half to even; nothing when there is no income.
    func shareOfIncome(_ amount: Int64, _ monthlyIncome: Int64) -> String {
        guard monthlyIncome > 0 else { return "" }
        let percent = CheckedAmount.divided(Int128(amount) * 100, by: Int128(monthlyIncome), rounding: .halfEven)
        if percent < 100 { return ", \(percent)% of a typical month's income" }
        let tenths = CheckedAmount.divided(Int128(amount) * 10, by: Int128(monthlyIncome), rounding: .halfEven)
        return ", \(tenths / 10).\(tenths % 10)× a typical month's income"
    }
}
