public import GoalKit

/// Account balances the banks reported.
///
/// Every call is one transaction; ids of another user are not found.
public protocol BalanceRepository {
    /// Each account's latest statement balance on or before a day (of two on one day, the one
    /// imported last), by account name.
    /// - Throws: `StoreError`.
    func accountBalances(userID: Int64, onOrBefore day: LocalDate) throws(StoreError) -> [AccountBalance]
}
