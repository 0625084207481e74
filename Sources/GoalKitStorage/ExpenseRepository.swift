public import GoalKit

/// Expenses: listings, counts and what each account covers.
///
/// Every call is one transaction; ids of another user are not found.
public protocol ExpenseRepository {
    /// Each account's first and last line and latest statement end, by account name.
    ///
    /// Index probes only, so it costs the same at a million lines as at a hundred: the next
    /// account name after the last (`expenses_user_account`), then that account's first and
    /// last day and one line's currency; statement ends come from `statement_periods`.
    /// - Throws: `StoreError`.
    func accountCoverage(userID: Int64) throws(StoreError) -> [AccountCoverage]

    /// A user's expenses, by date then id.
    /// - Throws: `StoreError`.
    func expenses(userID: Int64, filter: ExpenseFilter) throws(StoreError)
        -> [ExpenseListingRow]

    /// How many of a user's expenses a filter keeps.
    /// - Throws: `StoreError`.
    func expenseCount(userID: Int64, filter: ExpenseFilter) throws(StoreError) -> Int

    /// How many expenses a user has.
    /// - Throws: `StoreError`.
    func expenseCount(userID: Int64) throws(StoreError) -> Int
}

extension ExpenseRepository {
    /// Every expense of a user, by date then id.
    /// - Throws: `StoreError`.
    public func expenses(userID: Int64) throws(StoreError) -> [ExpenseListingRow] {
        try expenses(userID: userID, filter: ExpenseFilter())
    }
}
