/// One line of a bank statement, kept whole: money out (negative), money in (positive),
/// transfers and zero-amount notices alike.
public struct Expense: Hashable, Sendable {
    /// Row id; nil until stored.
    public var id: Int64?
    /// The owner.
    public var userID: Int64
    /// The budget whose period covers `date`.
    public var budgetID: Int64?
    /// The normalised payee (`Blue Bottle`), at most 100 characters.
    public var name: String
    /// The signed amount: negative for money out.
    public var amount: Money
    /// The booking day as the bank gave it.
    public var date: LocalDate
    /// The category, when one is known.
    public var categoryID: Int64?
    /// The account the line belongs to (`ACCTID`, IBAN, or `default`).
    public var account: String
    /// The payee exactly as the bank wrote it.
    public var payeeRaw: String
    /// The memo or remittance information.
    public var memo: String
    /// The amount exactly as written in the file.
    public var amountText: String
    /// The bank's own transaction id (OFX `FITID`, CAMT `AcctSvcrRef`), when it has one.
    public var bankTransactionID: String?
    /// The bank's transaction type (`DEBIT`, `POS`, a CAMT code).
    public var transactionType: String?
    /// The key that keeps a line from being imported twice for the same account.
    public var dedupKey: String
    /// The import batch that brought the line, or nil for lines entered by hand.
    public var importBatchID: Int64?
    /// Which layer chose the category: `user`, `file`, `rule`, `merchant`, `code` or `model`.
    public var categorySource: String?
    /// Why that layer chose it, in plain words.
    public var categoryDetail: String?
    /// The merchant category code (OFX `SIC`) or bank transaction code, when the bank gave one.
    public var merchantCode: String?
    /// Whether it moves money between the person's own accounts (kept out of spending and income).
    public var isTransfer = false
    /// The other side of a transfer the pairing found (the same amount into or out of another
    /// account within three days), or nil: a card payment with no other side pays a card whose
    /// statement is not imported.
    public var transferExpenseID: Int64?

    /// Creates an expense.
    public init(
        id: Int64? = nil, userID: Int64, budgetID: Int64? = nil, name: String, amount: Money, date: LocalDate,
        categoryID: Int64? = nil, account: String, payeeRaw: String, memo: String = "", amountText: String,
        bankTransactionID: String? = nil, transactionType: String? = nil, dedupKey: String,
        importBatchID: Int64? = nil, categorySource: String? = nil, categoryDetail: String? = nil,
        merchantCode: String? = nil
    ) {
        self.categorySource = categorySource
        self.categoryDetail = categoryDetail
        self.merchantCode = merchantCode
        self.id = id
        self.userID = userID
        self.budgetID = budgetID
        self.name = name
        self.amount = amount
        self.date = date
        self.categoryID = categoryID
        self.account = account
        self.payeeRaw = payeeRaw
        self.memo = memo
        self.amountText = amountText
        self.bankTransactionID = bankTransactionID
        self.transactionType = transactionType
        self.dedupKey = dedupKey
        self.importBatchID = importBatchID
    }
}
