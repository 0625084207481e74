public import GoalKit

/// How the balances of the savings accounts moved over a cash-flow window, month by month —
/// whether the household lives off its savings.
///
/// An account's balance changes in a month by the sum of its lines that month (transfers in
/// and out, interest, anything paid from it), so the lines measure the change without a
/// stored balance: a balance only anchors its level, and the statements store one per
/// statement at most. The change of the savings accounts together is therefore the net of
/// the money moved into them and back out of them (and their interest).
///
/// A savings account is one a goal is linked to, or one that holds money rather than spends
/// it: at least ten elevenths of the money through it in the window (in and out, by
/// magnitude) are transfers between own accounts, the rest (interest, a fee) small beside
/// them. A checking account that receives a salary, or a card that pays shops, is no savings
/// account. An account whose other side is not imported is not seen.
///
/// ```swift
/// let d = try SavingsDrawdown(items: lines, window: flow.window, currency: .usd, linkedAccounts: [])
/// d.isFalling     // true: the median month took money out of savings
/// d.monthlyFall   // 1,855.98 USD: what they lost over the window, per covered month
/// ```
public struct SavingsDrawdown: Hashable, Sendable {
    /// One line as the drawdown sees it.
    public struct Item: Hashable, Sendable {
        public var id: Int64
        public var account: String
        public var date: LocalDate
        public var amount: Money
        public var isTransfer: Bool

        /// Creates an item.
        public init(id: Int64, account: String, date: LocalDate, amount: Money, isTransfer: Bool) {
            self.id = id
            self.account = account
            self.date = date
            self.amount = amount
            self.isTransfer = isTransfer
        }
    }

    /// The savings accounts, sorted.
    public var accounts: [String]
    /// The change of their balances together in each covered month of the window, oldest first.
    public var changes: [Money]
    /// The change over the window (negative: they fell).
    public var total: Money
    /// What they lost a month: the fall over the window divided by its covered months, half to
    /// even; zero when they did not fall over the window.
    public var monthlyFall: Money
    /// Whether they fall month over month: the median month's change is below zero.
    public var isFalling: Bool
    /// The lines that took money out of them, oldest first: the evidence of the drawdown.
    public var withdrawals: [Int64]

    /// No savings account: nothing measured.
    public static func none(_ currency: Currency) -> SavingsDrawdown {
        SavingsDrawdown(
            accounts: [], changes: [], total: .zero(currency), monthlyFall: .zero(currency), isFalling: false,
            withdrawals: [])
    }

    private init(
        accounts: [String], changes: [Money], total: Money, monthlyFall: Money, isFalling: Bool, withdrawals: [Int64]
    ) {
        self.accounts = accounts
        self.changes = changes
        self.total = total
        self.monthlyFall = monthlyFall
        self.isFalling = isFalling
        self.withdrawals = withdrawals
    }

    /// Measures the savings accounts' changes over the covered months of a window, in one
    /// currency (lines outside the window or in another currency are left out).
    /// - Parameter linkedAccounts: the accounts goals are linked to: savings accounts whatever
    ///   their lines.
    /// - Throws: `AmountOverflowError` when a month's change does not fit in 64-bit minor units.
    public init(items: [Item], window: AveragingWindow, currency: Currency, linkedAccounts: Set<String>)
        throws(AmountOverflowError)
    {
        let covered = Set(window.covered)
        let lines = items.filter { $0.amount.currency == currency && covered.contains(YearMonth($0.date)) }
        let savings = Self.savingsAccounts(lines, linked: linkedAccounts)
        guard !savings.isEmpty else {
            self = .none(currency)
            return
        }
        let own = lines.filter { savings.contains($0.account) }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        // Summed in 128 bits and narrowed once per month.
        var wide: [YearMonth: Int128] = [:]
        for line in own { wide[YearMonth(line.date), default: 0] += Int128(line.amount.minorUnits) }
        var changes: [Int64] = []
        for month in window.covered {
            changes.append(try CheckedAmount.narrow(wide[month] ?? 0, "savings accounts in \(month)"))
        }
        let total = try CheckedAmount.sum(changes, "savings accounts over \(window)")
        // Bounded: `-total` fits once the total is below zero (the sum is checked above -Int64.max).
        let fall =
            total < 0 ? CheckedAmount.divided(-Int128(total), by: Int128(window.divisor), rounding: .halfEven) : 0
        self.init(
            accounts: savings.sorted(), changes: changes.map { Money(minorUnits: $0, currency: currency) },
            total: Money(minorUnits: total, currency: currency),
            monthlyFall: Money(minorUnits: Int64(fall), currency: currency),
            isFalling: CashFlow.median(changes) < 0,
            withdrawals: own.filter { $0.amount.isNegative }.map(\.id))
    }

    /// The accounts that hold money: linked to a goal, or moved by transfers at least ten
    /// times as much as by everything else.
    static func savingsAccounts(_ lines: [Item], linked: Set<String>) -> Set<String> {
        var transfers: [String: Int128] = [:]
        var other: [String: Int128] = [:]
        for line in lines {
            let size = Int128(line.amount.minorUnits.magnitude)
            if line.isTransfer {
                transfers[line.account, default: 0] += size
            } else {
                other[line.account, default: 0] += size
            }
        }
        let held = transfers.filter { account, moved in moved > 0 && (other[account] ?? 0) * 10 < moved }.keys
        return linked.union(held).intersection(Set(lines.map(\.account)))
    }
}
