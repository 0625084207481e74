public import GoalKit

/// The cash a person's accounts hold in one currency beyond a cushion and beyond what the
/// goals linked to them already count: money that could go to a goal today.
///
/// Each account's latest statement balance, less what its linked goals count (a goal linked to
/// an account has its saved amount there: its balance when it counts it, else its
/// contributions, at most its target), is its free cash. The cushion (months of median
/// spending) and what cards owe (negative balances) are kept once for the household, not once
/// per account, in the accounts with the most free cash first; the rest is idle.
///
/// ```swift
/// let idle = try IdleCash(balances: balances, goals: projections, currency: .usd, cushion: 1_017_933)
/// idle.accounts.first?.idle   // 5_196_608: 51,966.08 USD idle in checking
/// ```
public struct IdleCash: Hashable, Sendable {
    /// One account's figures, in minor units of the currency.
    public struct Account: Hashable, Sendable {
        /// The statement balance it rests on.
        public var balance: AccountBalance
        /// What goals linked to the account count of it.
        public var counted: Int64
        /// The part of the cushion and of what cards owe kept in it.
        public var kept: Int64
        /// What is left: the balance less what is counted and kept, at least zero.
        public var idle: Int64
    }

    /// The currency.
    public let currency: Currency
    /// The cushion kept in the accounts.
    public let cushion: Int64
    /// What the currency's cards and overdrawn accounts owe (the magnitude of negative balances).
    public let owed: Int64
    /// The accounts with a positive balance in the currency, the most idle first (then by name).
    public let accounts: [Account]

    /// Works out the idle cash of a currency.
    /// - Parameters:
    ///   - balances: each account's latest balance (other currencies are left out).
    ///   - goals: the person's goals with their projections; the active ones linked to an
    ///     account count their saved amount there.
    ///   - cushion: minor units to keep, at least zero.
    /// - Throws: `AmountOverflowError` when a sum does not fit in 64-bit minor units.
    public init(balances: [AccountBalance], goals: [GoalProjection], currency: Currency, cushion: Int64)
        throws(AmountOverflowError)
    {
        self.currency = currency
        self.cushion = max(0, cushion)
        let own = balances.filter { $0.amount.currency == currency }
        owed = try CheckedAmount.sum(
            own.map { $0.amount.isNegative ? -$0.amount.minorUnits : 0 },
            "idle cash: what cards owe in \(currency.code)")
        var free: [Account] = []
        for balance in own where balance.amount.isPositive {
            let linked = goals.filter {
                $0.goal.isActive && $0.goal.account == balance.account && $0.goal.currency == currency
            }
            let counting = try CheckedAmount.sum(
                linked.map { min($0.saved.minorUnits, $0.goal.targetAmount.minorUnits) },
                "idle cash: what goals count of \(balance.account)")
            let counted = min(balance.amount.minorUnits, max(0, counting))
            free.append(Account(balance: balance, counted: counted, kept: 0, idle: balance.amount.minorUnits - counted))
        }
        free.sort { ($1.idle, $0.balance.account) < ($0.idle, $1.balance.account) }
        var toKeep = Int128(self.cushion) + Int128(owed)
        for index in free.indices {
            let kept = Int64(min(Int128(free[index].idle), toKeep))
            free[index].kept = kept
            free[index].idle -= kept
            toKeep -= Int128(kept)
        }
        accounts = free.sorted { ($1.idle, $0.balance.account) < ($0.idle, $1.balance.account) }
    }

    /// The cushion for months of a median month's spending (at least zero).
    /// - Throws: `AmountOverflowError` when it does not fit in 64-bit minor units.
    public static func cushion(months: Int, medianSpending: Int64) throws(AmountOverflowError) -> Int64 {
        try CheckedAmount.multiply(max(0, medianSpending), Int64(max(0, months)), "idle cash: the cushion")
    }
}
