import GRDB
public import GoalKit
public import GoalKitStorage

extension GoalKitStore {
    /// Records a contribution; the goal's `current_amount` grows in the same transaction.
    /// - Returns: the stored contribution.
    /// - Throws: `StoreError` (`.notFound` for another user's goal, `.constraint` past the range).
    public func addContribution(_ contribution: GoalContribution, userID: Int64) throws(StoreError) -> GoalContribution
    {
        try write { db in
            _ = try Self.fetchGoal(db, id: contribution.goalID, userID: userID)
            try Self.insertContribution(db, contribution)
            return try Self.fetchContribution(db, id: db.lastInsertedRowID, userID: userID)
        }
    }

    /// Changes a contribution's amount, date, source or notes; the goal's amount follows.
    /// - Throws: `StoreError`.
    public func updateContribution(_ contribution: GoalContribution, userID: Int64) throws(StoreError)
        -> GoalContribution
    {
        guard let id = contribution.id else { throw StoreError(.notFound, "contribution has no id") }
        return try write { db in
            _ = try Self.fetchContribution(db, id: id, userID: userID)
            try db.execute(
                sql: "UPDATE goal_contributions SET amount = ?, date = ?, source = ?, notes = ? WHERE id = ?",
                arguments: [
                    contribution.amount.minorUnits, contribution.date.isoString, contribution.source.rawValue,
                    contribution.notes, id,
                ])
            return try Self.fetchContribution(db, id: id, userID: userID)
        }
    }

    /// Deletes a contribution; the goal's amount shrinks by it.
    /// - Throws: `StoreError` `.notFound`.
    public func deleteContribution(id: Int64, userID: Int64) throws(StoreError) {
        try write { db in
            _ = try Self.fetchContribution(db, id: id, userID: userID)
            try db.execute(sql: "DELETE FROM goal_contributions WHERE id = ?", arguments: [id])
        }
    }

    /// One of a user's contributions.
    /// - Throws: `StoreError` `.notFound`.
    public func contribution(id: Int64, userID: Int64) throws(StoreError) -> GoalContribution {
        try read { db in try Self.fetchContribution(db, id: id, userID: userID) }
    }

    /// A user's contributions, of one goal or all, oldest first.
    /// - Throws: `StoreError`.
    public func contributions(userID: Int64, goalID: Int64? = nil) throws(StoreError) -> [GoalContribution] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT c.*, g.currency FROM goal_contributions c JOIN goals g ON g.id = c.goal_id
                    WHERE g.user_id = ? AND (? IS NULL OR c.goal_id = ?)
                    ORDER BY c.date, c.id
                    """, arguments: [userID, goalID, goalID]
            ).map(Self.contribution)
        }
    }

    static func insertContribution(_ db: Database, _ c: GoalContribution) throws {
        try db.execute(
            sql: """
                INSERT INTO goal_contributions(goal_id, amount, date, source, notes, is_opening)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [c.goalID, c.amount.minorUnits, c.date.isoString, c.source.rawValue, c.notes, c.isOpening])
    }

    static func fetchContribution(_ db: Database, id: Int64, userID: Int64) throws -> GoalContribution {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT c.*, g.currency FROM goal_contributions c JOIN goals g ON g.id = c.goal_id
                    WHERE c.id = ? AND g.user_id = ?
                    """, arguments: [id, userID])
        else { throw StoreError.notFound("contribution", id) }
        return try contribution(row)
    }

    static func contribution(_ row: Row) throws -> GoalContribution {
        GoalContribution(
            id: row["id"], goalID: row["goal_id"], amount: row.money("amount", currency: try row.currency("currency")),
            date: try row.date("date"), source: try row.choice("source", as: ContributionSource.self),
            notes: row["notes"], isOpening: row["is_opening"] ?? false, createdAt: row["created_at"])
    }
}
