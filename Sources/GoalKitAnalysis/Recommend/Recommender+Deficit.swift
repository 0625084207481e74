// The recommender's step for a household that spends more than it earns.
import GoalKit

extension Recommender {
    /// A household living beyond its income in the goal's currency: the median monthly net of
    /// the cash-flow window (transfers between own accounts left out) is below zero, or the
    /// savings accounts fall month over month (`SavingsDrawdown.isFalling`).
    struct Deficit {
        /// The median monthly net (below zero in a deficit of the cash flow).
        var net: Int64
        /// What the savings accounts lost a month over the window (zero when they did not fall).
        var fall: Int64
        /// The monthly deficit to close: the median net's shortfall when it is below zero, else
        /// the savings' monthly fall (money leaving through lines the cash flow does not count
        /// as spending, such as transfers to a card that is not imported).
        var monthly: Int64
        /// The savings accounts' measure, when it found a fall.
        var savings: SavingsDrawdown?
    }

    /// The household's deficit for the goal's currency, nil when there is a surplus: while there
    /// is one, no money is free for a raise or for moving between goals.
    static func deficit(_ input: RecommendationInput) -> Deficit? {
        let currency = input.projection.goal.currency
        let flow = input.cashFlow
        guard flow.freeCashFlow.currency == currency, !flow.months.isEmpty else { return nil }
        let net = flow.freeCashFlow.minorUnits
        let savings = input.savings.flatMap { $0.total.currency == currency && $0.isFalling ? $0 : nil }
        let fall = savings?.monthlyFall.minorUnits ?? 0
        guard net < 0 || fall > 0 else { return nil }
        // Bounded: the median lies within ±`Int64.max` (the cash flow narrows every net), so
        // negating it cannot trap.
        return Deficit(net: net, fall: fall, monthly: net < 0 ? -net : fall, savings: fall > 0 ? savings : nil)
    }
}

extension Recommender.Builder {
    mutating func closeDeficit() throws(AmountOverflowError) {
        guard let deficit else { return }
        let budgets = try deficitBudgets(deficit.monthly)
        let goal = input.projection.goal.name
        let spendingText =
            deficit.net < 0
            ? "your spending beat your income by \(money(deficit.monthly)) in a typical month (the median net, transfers between your own accounts left out)"
            : "your income beat your spending by \(input.cashFlow.freeCashFlow) in a typical month (the median net), yet your savings fell"
        var drawdownText = ""
        if let savings = deficit.savings {
            drawdownText = """
                 Your savings (\(savings.accounts.joined(separator: ", "))) fell by \(money(-savings.total.minorUnits)) \
                over those months, \(money(deficit.fall)) a month: the difference is being paid from savings.
                """
        }
        try add(
            RecommendationDraft(
                type: .closeDeficit, subject: "deficit",
                title: deficit.net < 0
                    ? "Close your deficit of \(money(deficit.monthly).formatted()) a month before saving more"
                    : "Stop drawing \(money(deficit.monthly).formatted()) a month from your savings",
                description: """
                    Over \(windowText) \(spendingText).\(drawdownText) Until income covers spending, no money is free for \
                    "\(goal)": a larger transfer to a goal would \(deficit.savings == nil ? "be paid from what you hold or borrow" : "come back out of savings"). \
                    \(budgets.summary)
                    """,
                category: "Cash flow", potentialImpact: money(deficit.monthly), difficulty: budgets.difficulty,
                steps: budgets.steps + (deficit.savings == nil ? [] : ["Stop moving money back from savings."]),
                evidence: deficit.savings?.withdrawals ?? []))
    }

    /// Budgets on the three largest discretionary categories of the window (by their median
    /// month) that share a monthly
    /// deficit by their spending (at most half of each), and how hard that is: easy for a cut
    /// of at most a tenth of them, medium up to a quarter, else hard.
    func deficitBudgets(_ deficit: Int64) throws(AmountOverflowError) -> (
        steps: [RecommendationStep], summary: String, difficulty: DifficultyLevel
    ) {
        var byCategory: [String: [RecommendationInput.Item]] = [:]
        // Lines a dismissal (or another goal) blocks are no lever either.
        for item in spending where DiscretionaryCategories.contains(item.category) && !used.contains(item.id) {
            byCategory[item.category!, default: []].append(item)
        }
        // A category's typical month (the median over the window's months, a month with none
        // counting as zero), not its average: a one-off (a television) is no monthly lever.
        let months = input.cashFlow.months.map(\.month)
        var averages: [(category: String, monthly: Int64)] = []
        for (category, items) in byCategory {
            let totals = try monthlyTotals(items, category)
            averages.append((category, CashFlow.median(months.map { totals[$0] ?? 0 })))
        }
        let top = averages.filter { $0.monthly > 0 }.sorted { ($0.monthly, $1.category) > ($1.monthly, $0.category) }
            .prefix(3)
        let total = try CheckedAmount.sum(top.map(\.monthly), context("largest discretionary categories"))
        guard total > 0 else {
            return (
                ["Look for costs to lower among your fixed bills: no discretionary category has spending to cut."],
                "No discretionary spending shows in these months: the deficit is in fixed costs or income.", .hard
            )
        }
        // Bounded: 0 < cut ≤ total / 2 and each average ≤ total, so every share fits.
        let cut = min(deficit, total / 2)
        let from = YearMonth(asOf).adding(months: 1) ?? YearMonth(asOf)
        var steps: [RecommendationStep] = []
        var named: [String] = []
        for entry in top {
            let share = try CheckedAmount.scaled(
                entry.monthly, times: cut, over: total, rounding: .halfEven, context("\(entry.category) share"))
            let limit = money(entry.monthly - share)
            named.append("\(entry.category) \(money(entry.monthly)) a month")
            steps.append(
                RecommendationStep(
                    "Set a \(limit.formatted()) monthly \(entry.category) budget (it averaged \(money(entry.monthly).formatted())).",
                    action: .setBudget(category: entry.category, limit: limit, from: from)))
        }
        steps.append(
            RecommendationStep(
                "Go through your \(top[top.startIndex].category) lines for what you can stop.",
                action: .review(category: top[top.startIndex].category)))
        var summary = "Your largest discretionary spending is \(named.joined(separator: ", ")): "
        if cut < deficit {
            summary += """
                budgets at half of it close \(money(cut)) of the \(money(deficit)); the rest needs a lower fixed cost or \
                more income.
                """
        } else {
            summary += "budgets \(money(cut)) a month lower close it."
        }
        let difficulty: DifficultyLevel =
            Int128(cut) * 10 <= Int128(total) ? .easy : (Int128(cut) * 4 <= Int128(total) ? .medium : .hard)
        return (steps, summary, difficulty)
    }
}
