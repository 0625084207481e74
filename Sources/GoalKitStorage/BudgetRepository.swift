public import GoalKit

/// Budgets and their per-category limits.
///
/// Every call is one transaction; ids of another user are not found.
public protocol BudgetRepository {
    /// Adds a budget with its per-category limits in one transaction.
    /// - Returns: the stored budget.
    /// - Throws: `StoreError`.
    func addBudget(_ budget: Budget) throws(StoreError) -> Budget

    /// A user's budget with its limits.
    /// - Throws: `StoreError` `.notFound`.
    func budget(id: Int64, userID: Int64) throws(StoreError) -> Budget

    /// A user's budgets, newest period first, with their limits.
    /// - Throws: `StoreError`.
    func budgets(userID: Int64) throws(StoreError) -> [Budget]
}
