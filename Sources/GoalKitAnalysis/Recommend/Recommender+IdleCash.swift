// The recommender's step for idle cash: money already in an account beyond the cushion.
import GoalKit

extension Recommender.Builder {
    /// Goal categories bought outright: with no date, and the whole remainder idle in one
    /// account, the advice is to buy it now from there.
    static let purchases: Set<GoalCategory> = [.electronics, .vehicle, .other]

    mutating func idleCash() throws(AmountOverflowError) {
        let p = input.projection
        guard p.remaining.isPositive, !input.balances.isEmpty else { return }
        try noteOtherCurrencies()
        guard !input.cashFlow.months.isEmpty else {
            if input.balances.contains(where: { $0.amount.currency == currency }) {
                notes.append("No month of spending to size a cash cushion on: idle balances are not offered.")
            }
            return
        }
        let median = CashFlow.median(input.cashFlow.months.map(\.spending.minorUnits))
        let cushion = try IdleCash.cushion(months: input.cushionMonths, medianSpending: median)
        let idle = try IdleCash(
            balances: input.balances, goals: [p] + input.otherGoals, currency: currency, cushion: cushion)
        var missing = p.remaining.minorUnits
        for account in idle.accounts where missing > 0 && account.idle > 0 {
            // The goal's own account: its money is the goal's already, and moving it to the goal
            // moves nothing. Counting its balance is what is left to say.
            if p.goal.account == account.balance.account {
                if !p.goal.countsBalance {
                    notes.append(
                        """
                        \(AccountName.masked(account.balance.account)), the goal's own account, holds \
                        \(money(account.idle)) more than the goals linked to it count: counting its balance for the goal \
                        says so.
                        """)
                }
                continue
            }
            let claimed = max(0, input.claimedBalances[account.balance.account] ?? 0)
            let name = AccountName.masked(account.balance.account)
            // Both are within 0...Int64.max, so the difference cannot overflow.
            let available = max(0, account.idle - claimed)
            guard available > 0 else {
                notes.append(
                    "The \(money(account.idle)) idle in \(name) already goes to higher-priority goals' offers.")
                continue
            }
            let amount = min(available, missing)
            // Less than a tenth of what is missing is no step worth a transfer of its own.
            guard amount == missing || Int128(amount) * 10 >= Int128(p.remaining.minorUnits) else { continue }
            missing -= amount
            try add(idleCashDraft(account, amount: amount, claimed: claimed, idle: idle, median: median))
        }
        if !idle.accounts.isEmpty && idle.accounts.allSatisfy({ $0.idle == 0 }) {
            notes.append(
                """
                No idle cash: your \(currency.code) balances do not exceed what goals count, the \(money(idle.cushion)) \
                cushion (\(input.cushionMonths) months of median spending) and what cards owe.
                """)
        }
    }

    /// The offer of one account's idle cash, or "buy it now" for a purchase with no date that
    /// the amount pays for whole.
    func idleCashDraft(_ account: IdleCash.Account, amount: Int64, claimed: Int64, idle: IdleCash, median: Int64)
        -> RecommendationDraft
    {
        let p = input.projection
        let goal = p.goal
        let name = AccountName.masked(account.balance.account)
        let months = max(1, p.monthsLeft ?? 12)
        // What it is worth a month over the months left (12 for a goal with no date), rounded up
        // as the monthly need is, so a move that pays the remainder closes the gap alone.
        let perMonth = Int64(CheckedAmount.divided(Int128(amount), by: Int128(months), rounding: .up))
        let whole = amount == p.remaining.minorUnits
        let buyNow = whole && goal.targetDate == nil && Self.purchases.contains(goal.category)
        let held = "\(name) held \(account.balance.amount) on \(account.balance.date) (its statement balance)"
        var kept: [String] = []
        if account.counted > 0 { kept.append("the \(money(account.counted)) your goals linked to it count") }
        if account.kept > 0 {
            let owed = idle.owed > 0 ? " and the \(money(idle.owed)) your cards owe" : ""
            let cushion = """
                the household's cushion of \(money(idle.cushion)) (\(input.cushionMonths) months of your median \
                spending, \(money(median)) a month over \(windowText))\(owed)
                """
            // Bounded: what is kept is at most the cushion and what cards owe.
            let whole = Int128(account.kept) == Int128(idle.cushion) + Int128(idle.owed)
            kept.append(whole ? cushion + ", kept in it" : "\(money(account.kept)) kept back as part of " + cushion)
        }
        let idleText =
            kept.isEmpty
            ? "all of it is idle" : "beyond \(kept.joined(separator: " and ")), \(money(account.idle)) of it is idle"
        let offered = claimed > 0 ? " (\(money(claimed)) of it already offered to higher-priority goals)" : ""
        let worth =
            goal.targetDate == nil
            ? "\(money(perMonth)) a month over a year (the goal has no date)"
            : "\(money(perMonth)) a month over the \(months) month(s) left"
        let description =
            buyNow
            ? """
            "\(goal.name)" has no date: \(held); \(idleText)\(offered) — enough to buy it now, outright, from \(name): \
            the \(p.remaining) still missing, with no monthly saving and the cushion untouched (worth \(worth)).
            """
            : """
            \(held); \(idleText)\(offered). Moving \(money(amount)) to "\(goal.name)" now pays \(whole ? "all" : "part") \
            of the \(p.remaining) still missing: \(worth).
            """
        let destination = goal.account.map { "the goal's account \(AccountName.masked($0))" } ?? "the goal"
        let action = RecommendationAction.moveBalance(
            account: account.balance.account, goalID: goal.id ?? 0, amount: money(amount))
        return RecommendationDraft(
            type: .useIdleCash, subject: account.balance.account,
            title: buyNow
                ? "Buy it now from \(name): its idle cash covers the \(money(amount).formatted())"
                : "Move \(money(amount).formatted()) of the idle cash in \(name) to the goal",
            description: description, category: "Cash", potentialImpact: money(perMonth), difficulty: .easy,
            steps: buyNow
                ? [
                    RecommendationStep(
                        "Pay for it from \(name) and count the \(money(amount).formatted()) toward the goal.",
                        action: action)
                ]
                : [
                    RecommendationStep(
                        "Move \(money(amount).formatted()) from \(name) to \(destination).", action: action)
                ],
            evidence: [])
    }

    /// A note per balance in another currency than the goal's that goals do not count: it is
    /// not offered, as nothing here converts it without a rate.
    mutating func noteOtherCurrencies() throws(AmountOverflowError) {
        let goals = [input.projection] + input.otherGoals
        for balance in input.balances where balance.amount.currency != currency && balance.amount.isPositive {
            let free = try IdleCash(balances: [balance], goals: goals, currency: balance.amount.currency, cushion: 0)
            guard let left = free.accounts.first?.idle, left > 0 else { continue }
            notes.append(
                """
                \(AccountName.masked(balance.account)) holds \(Money(minorUnits: left, currency: balance.amount.currency)) \
                that no goal counts (its balance on \(balance.date)), in another currency than this goal's \
                \(currency.code): not offered, as balances are not converted.
                """)
        }
    }
}
