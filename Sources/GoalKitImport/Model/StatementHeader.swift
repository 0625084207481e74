public import GoalKit

/// What a statement says about its account, known before its first transaction.
public struct StatementHeader: Hashable, Sendable {
    /// The account id: trimmed OFX `ACCTID`, the IBAN, or CAMT `Othr/Id`.
    public var accountID: String
    /// The kind of account.
    public var accountType: AccountType
    /// The statement's currency (the file's, else the one the caller gave).
    public var currency: Currency

    /// Creates a header.
    public init(accountID: String, accountType: AccountType, currency: Currency) {
        self.accountID = accountID
        self.accountType = accountType
        self.currency = currency
    }
}

/// What a statement says at its end: the ledger (closing) balance, when it gives a usable
/// one, and the last day the statement covers, when it names one.
public struct StatementFooter: Hashable, Sendable {
    /// The ledger balance (OFX `LEDGERBAL`, CAMT `CLBD`).
    public var ledgerBalance: Money?
    /// The day the balance is for.
    public var balanceDate: LocalDate?
    /// The last day the statement covers, as the file says: OFX `BANKTRANLIST/DTEND`, CAMT
    /// `Stmt/FrToDt/ToDtTm` (else the closing balance's date), MT940 the `:62F:` closing
    /// balance's date. A statement may cover days after its last line (nothing happened on
    /// them); nil when the file names no end (CSV, QIF), and the last line is all there is.
    public var periodEnd: LocalDate?

    /// Creates a footer.
    public init(ledgerBalance: Money? = nil, balanceDate: LocalDate? = nil, periodEnd: LocalDate? = nil) {
        self.ledgerBalance = ledgerBalance
        self.balanceDate = balanceDate
        self.periodEnd = periodEnd
    }
}

/// A whole statement, as `inspect` collects it.
public struct Statement: Hashable, Sendable {
    /// The account.
    public var header: StatementHeader
    /// The transactions in file order.
    public var lines: [StatementLine]
    /// The closing balance.
    public var footer: StatementFooter

    /// Creates a statement.
    public init(header: StatementHeader, lines: [StatementLine] = [], footer: StatementFooter = StatementFooter()) {
        self.header = header
        self.lines = lines
        self.footer = footer
    }
}
