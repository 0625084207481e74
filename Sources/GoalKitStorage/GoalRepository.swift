public import GoalKit

/// Savings goals.
///
/// Every call is one transaction; ids of another user are not found.
public protocol GoalRepository {
    /// Adds a goal, and its opening contribution in the same transaction when given.
    /// - Parameters:
    ///   - goal: the goal; its `currentAmount` is ignored (contributions set it).
    ///   - opening: the amount already saved, recorded as a contribution of source `direct`.
    /// - Returns: the stored goal with its id and current amount.
    /// - Throws: `StoreError` (`.constraint` when SQLite refuses a value).
    func addGoal(_ goal: Goal, opening: GoalContribution?) throws(StoreError) -> Goal

    /// Adds several goals (with their opening contributions and accounts) in one transaction:
    /// all of them or none.
    /// - Throws: `StoreError`.
    func addGoals(_ goals: [(goal: Goal, opening: GoalContribution?)]) throws(StoreError) -> [Goal]

    /// A user's goal by id.
    /// - Throws: `StoreError` `.notFound` when there is none (or it is another user's).
    func goal(id: Int64, userID: Int64) throws(StoreError) -> Goal

    /// A user's goals, active first, then by priority and deadline.
    /// - Parameter includeArchived: whether archived goals are listed too.
    /// - Throws: `StoreError`.
    func goals(userID: Int64, includeArchived: Bool) throws(StoreError) -> [Goal]

    /// Writes a goal's editable fields (not `currentAmount`, which follows the contributions).
    /// - Returns: the goal as stored, with `updated_at` moved.
    /// - Throws: `StoreError`.
    func updateGoal(_ goal: Goal) throws(StoreError) -> Goal

    /// Deletes a goal with its contributions, recommendations and feedback (ON DELETE CASCADE).
    /// - Throws: `StoreError` `.notFound`.
    func deleteGoal(id: Int64, userID: Int64) throws(StoreError)
}

extension GoalRepository {
    /// Adds a goal with no opening contribution.
    /// - Returns: the stored goal with its id.
    /// - Throws: `StoreError`.
    public func addGoal(_ goal: Goal) throws(StoreError) -> Goal { try addGoal(goal, opening: nil) }

    /// A user's active goals, in the order `goals(userID:includeArchived:)` gives.
    /// - Throws: `StoreError`.
    public func goals(userID: Int64) throws(StoreError) -> [Goal] { try goals(userID: userID, includeArchived: false) }
}
