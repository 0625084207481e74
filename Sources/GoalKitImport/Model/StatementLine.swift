public import GoalKit

/// One transaction as a statement gives it: exact, signed (+ in, − out), with the text as written.
public struct StatementLine: Hashable, Sendable {
    /// The booking day.
    public var date: LocalDate
    /// The signed amount in the statement's currency.
    public var amount: Money
    /// The amount exactly as written in the file.
    public var amountText: String
    /// The payee or counterparty as written (OFX `NAME`/`PAYEE`, CAMT party name).
    public var payee: String
    /// The memo or remittance information.
    public var memo: String
    /// The bank's own id (OFX `FITID`, CAMT `AcctSvcrRef`), when given.
    public var bankID: String?
    /// The bank's transaction type (`DEBIT`, `POS`, a CAMT code).
    public var type: String?
    /// The line of the file where the transaction starts.
    public var sourceLine: Int
    /// The category the file gives (a CSV category column): the person's own label.
    public var category: String?
    /// A merchant category code (OFX `SIC`/`MCC`) or bank transaction code (CAMT `BkTxCd`).
    public var merchantCode: String?
    /// The amount in the currency the transaction was made in, when that is not the
    /// statement's (OFX `CURRENCY`/`ORIGCURRENCY` inside `STMTTRN`); `amount` is then the
    /// converted value in the statement's currency. Nil when the line is in the statement's
    /// currency.
    ///
    /// With OFX `CURRENCY` the file writes this amount (`TRNAMT` is in `CURSYM`) and `amount`
    /// is `TRNAMT × CURRATE`, rounded once, half to even. With `ORIGCURRENCY` the file writes
    /// `amount` and this is `TRNAMT ÷ CURRATE`, rounded the same way.
    public var originalAmount: Money?
    /// The exchange rate exactly as the file writes it (OFX `CURRATE`: units of the statement's
    /// currency per unit of `originalAmount`'s), when `originalAmount` is set.
    public var exchangeRate: String?
    /// The earlier line this one corrects (OFX `CORRECTFITID` and `CORRECTACTION`), when it
    /// does.
    ///
    /// `replace`: this line takes the place of the line whose bank id is the target; it is a
    /// transaction like any other. `delete`: the target is deleted, and this line is *not* a
    /// transaction — it is delivered only so that whoever stores lines deletes the target (its
    /// amount is the one written, or zero); it must never be stored as an expense.
    ///
    /// Within one file the parser has already applied it: a target that comes earlier in the
    /// same file never reaches the sink. The correction stays set so that a target from an
    /// earlier import can be corrected too.
    public var correction: StatementCorrection?

    /// Creates a line.
    public init(
        date: LocalDate, amount: Money, amountText: String, payee: String, memo: String, bankID: String?,
        type: String?, sourceLine: Int
    ) {
        self.date = date
        self.amount = amount
        self.amountText = amountText
        self.payee = payee
        self.memo = memo
        self.bankID = bankID
        self.type = type
        self.sourceLine = sourceLine
    }
}
