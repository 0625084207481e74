// The recommender's steps for the contribution and windfalls.
import GoalKit

extension Recommender.Builder {
    mutating func contribution() throws(AmountOverflowError) {
        // The surplus already goes, in part, to the other goals of the currency (their pace)
        // and to the raises their open recommendations claim: only the rest is free.
        let otherPaces = try CheckedAmount.sum(
            input.otherGoals.filter { $0.goal.currency == currency && $0.goal.isActive }.map(
                \.monthlyPace.minorUnits),
            context("other goals' pace"))
        let free = try CheckedAmount.subtract(
            try CheckedAmount.subtract(
                input.cashFlow.freeCashFlow.minorUnits, input.claimedSurplus, context("free cash flow")),
            otherPaces, context("free cash flow"))
        let pace = input.projection.monthlyPace.minorUnits
        guard input.cashFlow.freeCashFlow.currency == currency else { return }
        guard free > pace else {
            let takers = [
                input.claimedSurplus > 0 ? "higher-priority goals' raises (\(money(input.claimedSurplus)))" : nil,
                otherPaces > 0 ? "what your other goals get a month (\(money(otherPaces)))" : nil,
            ].compactMap { $0 }
            if input.cashFlow.freeCashFlow.minorUnits > pace && !takers.isEmpty {
                notes.append(
                    """
                    No raise: your free cash flow (\(input.cashFlow.freeCashFlow) a month) already goes to \
                    \(takers.joined(separator: " and ")).
                    """)
            }
            return
        }
        var raise = try CheckedAmount.subtract(free, pace, context("contribution raise"))
        if let required = input.projection.requiredMonthly {
            raise = min(
                raise, max(0, try CheckedAmount.subtract(required.minorUnits, pace, context("monthly gap"))))
        } else {
            // An ongoing goal never needs more a month than is still missing.
            raise = min(raise, input.projection.remaining.minorUnits)
        }
        guard raise > 0 else { return }
        let standing = try CheckedAmount.add(pace, raise, context("standing transfer"))
        let evidence = input.items.filter { $0.isIncome || ($0.amount.isPositive && !$0.isTransfer) }.map(\.id)
            .suffix(20)
        try add(
            RecommendationDraft(
                type: .raiseContribution, subject: "contribution",
                title: "Raise your monthly contribution by \(money(raise).formatted())",
                description: """
                    Your income has beaten your spending by \(input.cashFlow.freeCashFlow) in a typical recent month (the median of \
                    \(windowText)), while "\(input.projection.goal.name)" gets \(input.projection.monthlyPace) a month. A standing \
                    transfer of \(money(raise)) more puts that surplus to work.
                    """,
                category: "Savings", potentialImpact: money(raise), difficulty: .easy,
                steps: [
                    RecommendationStep(
                        "Set up a standing transfer of \(money(standing).formatted()) on payday.",
                        action: contribute(money(standing), monthly: true))
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
        let median = inflows.map(\.amount.minorUnits).sorted()[inflows.count / 2]
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
            // Half now, and what it is worth a month: each rounded once, half to even.
            let half = quotient(item.amount.minorUnits, over: 2)
            let perMonth = Int64(
                CheckedAmount.divided(
                    Int128(item.amount.minorUnits), by: 2 * Int128(monthsLeft), rounding: .halfEven))
            try add(
                RecommendationDraft(
                    type: .windfall, subject: "\(item.payee):\(item.date)",
                    title: "Put half of the \(item.amount.formatted()) from \(item.payee) toward the goal",
                    description: """
                        On \(item.date) \(item.amount) came in from \(item.payee), \(item.amount.minorUnits / max(1, median))× your usual \
                        inflow. Putting half (\(money(half))) toward "\(input.projection.goal.name)" is worth \(money(perMonth)) \
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
}
