public import GoalKit

/// Which expenses `expenses list` shows.
public struct ExpenseFilter: Sendable {
    /// Only this month.
    public var month: YearMonth?
    /// Only this account.
    public var account: String?
    /// Only this category (by name, case-insensitive; its sub-categories too).
    public var category: String?
    /// Only lines whose payee or memo contains this text (case-insensitive).
    public var search: String?
    /// Only lines on or after this day.
    public var from: LocalDate?
    /// Only lines on or before this day.
    public var through: LocalDate?
    /// Only uncategorised spending: money out with no category that is no transfer between
    /// the person's own accounts (what `goalkit expenses list --uncategorized` shows).
    public var uncategorized: Bool

    /// No filter.
    public init(
        month: YearMonth? = nil, account: String? = nil, category: String? = nil, search: String? = nil,
        uncategorized: Bool = false
    ) {
        self.month = month
        self.account = account
        self.category = category
        self.search = search
        self.uncategorized = uncategorized
    }
}
