public import GoalKit

/// An expense with the names a listing shows beside it.
public struct ExpenseListingRow: Sendable {
    /// The expense.
    public var expense: Expense
    /// Its category's name, if it has one.
    public var categoryName: String?

    /// Creates the value from its fields.
    public init(expense: Expense, categoryName: String? = nil) {
        self.expense = expense
        self.categoryName = categoryName
    }
}
