/// The most a budget allows for one category over its period.
public struct BudgetLimit: Hashable, Sendable {
    /// The category's id.
    public var categoryID: Int64
    /// The category's name, for display.
    public var categoryName: String
    /// The limit, greater than zero.
    public var amount: Money

    /// Creates a limit.
    public init(categoryID: Int64, categoryName: String, amount: Money) {
        self.categoryID = categoryID
        self.categoryName = categoryName
        self.amount = amount
    }
}
