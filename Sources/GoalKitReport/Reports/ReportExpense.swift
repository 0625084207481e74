public import GoalKit

/// One expense as the reports see it.
public struct ReportExpense: Hashable, Sendable {
    public var id: Int64
    public var date: LocalDate
    public var amount: Money
    public var payee: String
    public var account: String
    public var category: String?
    /// The category's top-level group (`Food` for `Groceries`).
    public var group: String?
    public var isIncome: Bool
    public var isTransfer: Bool
    /// Whether it pays a card whose statement is not imported (`CardPayment.isUnpaired`): out
    /// of spending and every category like a transfer, but money out on its own line.
    public var isUnpairedCardPayment: Bool

    /// Creates the value.
    public init(
        id: Int64, date: LocalDate, amount: Money, payee: String, account: String, category: String?, group: String?,
        isIncome: Bool, isTransfer: Bool, isUnpairedCardPayment: Bool = false
    ) {
        self.isUnpairedCardPayment = isUnpairedCardPayment
        self.id = id
        self.date = date
        self.amount = amount
        self.payee = payee
        self.account = account
        self.category = category
        self.group = group
        self.isIncome = isIncome
        self.isTransfer = isTransfer
    }
}
