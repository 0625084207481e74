public import GoalKit

/// One statement line on its way into `expenses` during an import.
public struct NewExpense: Sendable {
    /// The account.
    public var account: String
    /// The booking day.
    public var date: LocalDate
    /// The signed amount.
    public var amount: Money
    /// The normalised payee (at most 100 characters).
    public var name: String
    /// The payee as written.
    public var payeeRaw: String
    /// The memo.
    public var memo: String
    /// The amount as written.
    public var amountText: String
    /// The bank's id.
    public var bankTransactionID: String?
    /// The bank's type.
    public var transactionType: String?
    /// The de-duplication key, unique per user and account.
    public var dedupKey: String
    /// The category the file gave (a CSV category column, a QIF `L` field): the shipped
    /// category it names (by name or synonym), else the user's own of that name, created when
    /// missing with the kind its lines give (see `CategoryLabel`).
    public var categoryLabel: String?
    /// A category chosen by a layer of the categoriser (used when there is no label).
    public var categoryID: Int64?
    /// The layer (`rule`, `merchant`, `code`) and its reason.
    public var categorySource: String?
    public var categoryDetail: String?
    /// The merchant or bank transaction code.
    public var merchantCode: String?
    /// Whether its text says it moves money between the person's own accounts (a category of
    /// kind transfer marks it too, when the row is written).
    public var isTransfer = false
    /// The amount as the file wrote it, in another currency than the account's, when the
    /// line was converted; with the rate as written.
    public var originalAmount: Money?
    public var exchangeRate: String?

    /// Creates the value.
    public init(
        account: String, date: LocalDate, amount: Money, name: String, payeeRaw: String, memo: String,
        amountText: String, bankTransactionID: String?, transactionType: String?, dedupKey: String,
        categoryLabel: String? = nil
    ) {
        self.account = account
        self.date = date
        self.amount = amount
        self.name = name
        self.payeeRaw = payeeRaw
        self.memo = memo
        self.amountText = amountText
        self.bankTransactionID = bankTransactionID
        self.transactionType = transactionType
        self.dedupKey = dedupKey
        self.categoryLabel = categoryLabel
    }
}

extension NewExpense {
    /// The largest amount (in minor units, either sign) a money column holds: the schema's
    /// `Decimal(10,2)` range, as the CHECK constraints enforce it.
    public static let largestMinorUnits: Int64 = Validation.maximumMinorUnits
}
