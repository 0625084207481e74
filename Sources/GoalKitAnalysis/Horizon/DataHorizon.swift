public import GoalKit

/// The last day the imported data of each account covers: its *data horizon*.
///
/// An account's horizon is the later of its last line and the latest end date its statements
/// name (OFX `DTEND`, CAMT `ToDtTm`, MT940 `:62F:`): a statement may cover quiet days after
/// its last line, and a file that names no end (CSV, QIF) covers up to its last line. After
/// the horizon nothing is known — not that nothing happened — so figures are judged at the
/// horizon when "today" is later: a charge has not ended because its statement was not
/// imported yet, and a month after the horizon is not a month of zero.
///
/// ```swift
/// let horizon = DataHorizon([.init(account: "7788", currency: "USD", firstLine: may1,
///                                  lastLine: oct28, statementEnd: oct31)])
/// horizon.day(for: "7788", asOf: dec1)          // 2026-10-31
/// horizon.household(asOf: dec1)                 // 2026-10-31
/// horizon.behind(asOf: dec2).map(\.account)     // ["7788"]: 32 days behind
/// ```
public struct DataHorizon: Hashable, Sendable {
    /// What the data of one account covers.
    public typealias Account = AccountCoverage

    /// Days before the as-of day an account must have lines in to count for a household-wide
    /// window (older accounts are taken as closed or dormant).
    public static let activeDays = 90
    /// Days behind the as-of day past which an account's data is named as missing.
    public static let staleDays = 35
    /// Days behind the as-of day past which a stale account is no longer named (taken as closed).
    public static let closedDays = 366

    /// Every account, by name.
    public var accounts: [Account]

    /// Creates the horizons of accounts (empty: no data, every day is judged as it is).
    public init(_ accounts: [Account] = []) {
        self.accounts = accounts.sorted { $0.account < $1.account }
    }

    /// The horizon of an account, nil when nothing of it is known.
    public func horizon(of account: String) -> LocalDate? {
        accounts.first { $0.account == account }?.horizon
    }

    /// The day figures about one account are judged at: `asOf`, or the account's horizon when
    /// that is earlier.
    public func day(for account: String, asOf: LocalDate) -> LocalDate {
        horizon(of: account).map { min($0, asOf) } ?? asOf
    }

    /// The accounts of a currency (every account when nil).
    func accounts(in currency: String?) -> [Account] {
        guard let currency else { return accounts }
        return accounts.filter { $0.currency == currency }
    }

    /// The accounts with lines in the 90 days up to `asOf`: those a household-wide window
    /// follows.
    static func active(_ accounts: [Account], asOf: LocalDate) -> [Account] {
        let since = asOf.adding(days: -activeDays)
        return accounts.filter { a in a.lastLine.map { $0 >= since } ?? false }
    }

    /// The day a household-wide window ends at: the earliest horizon among the accounts (of
    /// the currency, when given) with lines in the 90 days up to `asOf`, and `asOf` when that
    /// is earlier. When no account has lines in those days, the latest horizon (the data
    /// stops there for everyone); `asOf` when there is no data at all.
    public func household(asOf: LocalDate, currency: String? = nil) -> LocalDate {
        let candidates = accounts(in: currency)
        if let earliest = Self.active(candidates, asOf: asOf).compactMap(\.horizon).min() { return min(earliest, asOf) }
        return candidates.compactMap(\.horizon).max().map { min($0, asOf) } ?? asOf
    }

    /// The first day of data of the accounts (of the currency, when given), nil when none.
    /// As of a day, the first day the household's data is whole: the latest first line among
    /// the accounts with lines in the 90 days before it (the counterpart of `household`), so
    /// the months a small account covers before the main one begins are not months of the
    /// household's money.
    public func firstDay(currency: String? = nil, asOf: LocalDate? = nil) -> LocalDate? {
        let candidates = accounts(in: currency)
        if let asOf, let latest = Self.active(candidates, asOf: asOf).compactMap(\.firstLine).max() { return latest }
        return candidates.compactMap(\.firstLine).min()
    }

    /// The accounts whose data ends more than `days` days before `asOf` (and not more than a
    /// year before it: older ones are taken as closed), by name.
    public func behind(asOf: LocalDate, days: Int = DataHorizon.staleDays) -> [Account] {
        accounts.filter { a in
            guard let horizon = a.horizon else { return false }
            let gap = horizon.days(to: asOf)
            return gap > days && gap <= Self.closedDays
        }
    }
}
