public import GoalKit

/// Contributions to goals.
///
/// Every call is one transaction; ids of another user are not found.
public protocol ContributionRepository {
    /// Records a contribution; the goal's `current_amount` grows in the same transaction.
    /// - Returns: the stored contribution.
    /// - Throws: `StoreError` (`.notFound` for another user's goal, `.constraint` past the range).
    func addContribution(_ contribution: GoalContribution, userID: Int64) throws(StoreError) -> GoalContribution

    /// Changes a contribution's amount, date, source or notes; the goal's amount follows.
    /// - Throws: `StoreError`.
    func updateContribution(_ contribution: GoalContribution, userID: Int64) throws(StoreError)
        -> GoalContribution

    /// Deletes a contribution; the goal's amount shrinks by it.
    /// - Throws: `StoreError` `.notFound`.
    func deleteContribution(id: Int64, userID: Int64) throws(StoreError)

    /// One of a user's contributions.
    /// - Throws: `StoreError` `.notFound`.
    func contribution(id: Int64, userID: Int64) throws(StoreError) -> GoalContribution

    /// A user's contributions, of one goal or all, oldest first.
    /// - Throws: `StoreError`.
    func contributions(userID: Int64, goalID: Int64?) throws(StoreError) -> [GoalContribution]
}

extension ContributionRepository {
    /// Every contribution of a user's goals, oldest first.
    /// - Throws: `StoreError`.
    public func contributions(userID: Int64) throws(StoreError) -> [GoalContribution] {
        try contributions(userID: userID, goalID: nil)
    }
}
