public import GoalKit

/// What the database holds of one account: its first and last line and the latest day a
/// statement of it says it covers (from `statement_periods`). The analysis turns these into
/// the account's data horizon.
public struct AccountCoverage: Sendable, Hashable {
    /// The account as its lines name it.
    public let account: String
    /// The ISO 4217 code of its lines (an account holds one), nil when it has no lines.
    public let currency: String?
    /// The first and last day of its lines, nil when it has none.
    public let firstLine: LocalDate?
    public let lastLine: LocalDate?
    /// The latest statement end imported for it, nil when no file named one.
    public let statementEnd: LocalDate?

    /// Creates a coverage row.
    public init(
        account: String, currency: String?, firstLine: LocalDate?, lastLine: LocalDate?, statementEnd: LocalDate?
    ) {
        self.account = account
        self.currency = currency
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.statementEnd = statementEnd
    }
}
