/// What the imported data of one account covers: its first and last line and the latest day
/// a statement of it says it covers (from `statement_periods`). The store reads it; the
/// analysis judges figures by it (`DataHorizon`).
public struct AccountCoverage: Hashable, Sendable {
    /// The account as its lines name it.
    public var account: String
    /// The ISO 4217 code of its lines (an account holds one), nil when it has no lines.
    public var currency: String?
    /// The first and last day of its lines, nil when it has none.
    public var firstLine: LocalDate?
    public var lastLine: LocalDate?
    /// The latest end date its statements name, nil when none did.
    public var statementEnd: LocalDate?

    /// Creates an account's coverage.
    public init(
        account: String, currency: String?, firstLine: LocalDate?, lastLine: LocalDate?, statementEnd: LocalDate?
    ) {
        self.account = account
        self.currency = currency
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.statementEnd = statementEnd
    }

    /// The last day the data covers: the later of the last line and the statement end.
    public var horizon: LocalDate? {
        switch (lastLine, statementEnd) {
        case (let line?, let end?): max(line, end)
        case (let line?, nil): line
        case (nil, let end?): end
        case (nil, nil): nil
        }
    }

    /// Whether the horizon comes from a statement's end (else from the last line).
    public var endsWithStatement: Bool { statementEnd.map { end in lastLine.map { end >= $0 } ?? true } ?? false }
}
