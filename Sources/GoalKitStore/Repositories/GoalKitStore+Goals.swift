import GRDB
public import GoalKit
public import GoalKitStorage

extension GoalKitStore {
    /// Adds a goal, and its opening contribution in the same transaction when given.
    /// - Parameters:
    ///   - goal: the goal; its `currentAmount` is ignored (contributions set it).
    ///   - opening: the amount already saved, recorded as a contribution of source `direct`.
    /// - Returns: the stored goal with its id and current amount.
    /// - Throws: `StoreError` (`.constraint` when SQLite refuses a value).
    public func addGoal(_ goal: Goal, opening: GoalContribution? = nil) throws(StoreError) -> Goal {
        try addGoals([(goal, opening)])[0]
    }

    /// Adds several goals (with their opening contributions and accounts) in one transaction:
    /// all of them or none.
    /// - Throws: `StoreError`.
    public func addGoals(_ goals: [(goal: Goal, opening: GoalContribution?)]) throws(StoreError) -> [Goal] {
        try write { db in
            var added: [Goal] = []
            for (goal, opening) in goals {
                try db.execute(
                    sql: """
                        INSERT INTO goals(user_id, name, description, target_amount, currency, start_date, target_date,
                                          category, priority, is_active, account, counts_balance)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        goal.userID, goal.name, goal.description, goal.targetAmount.minorUnits, goal.currency.code,
                        goal.startDate.isoString, goal.targetDate?.isoString, goal.category.rawValue,
                        goal.priority.rawValue,
                        goal.isActive, goal.account, goal.countsBalance,
                    ])
                let id = db.lastInsertedRowID
                if var opening {
                    opening.goalID = id
                    try Self.insertContribution(db, opening)
                }
                added.append(try Self.fetchGoal(db, id: id, userID: goal.userID))
            }
            _ = try Self.recordTransferContributions(db, userID: goals.first?.goal.userID ?? 0)
            return added
        }
    }

    /// A user's goal by id.
    /// - Throws: `StoreError` `.notFound` when there is none (or it is another user's).
    public func goal(id: Int64, userID: Int64) throws(StoreError) -> Goal {
        try read { db in try Self.fetchGoal(db, id: id, userID: userID) }
    }

    /// A user's goals, active first, then by priority and deadline.
    /// - Parameter includeArchived: whether archived goals are listed too.
    /// - Throws: `StoreError`.
    public func goals(userID: Int64, includeArchived: Bool = false) throws(StoreError) -> [Goal] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM goals WHERE user_id = ? AND (is_active = 1 OR ?)
                    ORDER BY is_active DESC,
                             CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,
                             target_date IS NULL, target_date, id
                    """, arguments: [userID, includeArchived]
            ).map(Self.goal)
        }
    }

    /// Writes a goal's editable fields (not `currentAmount`, which follows the contributions).
    /// - Returns: the goal as stored, with `updated_at` moved.
    /// - Throws: `StoreError`.
    public func updateGoal(_ goal: Goal) throws(StoreError) -> Goal {
        guard let id = goal.id else { throw StoreError(.notFound, "goal has no id") }
        return try write { db in
            _ = try Self.fetchGoal(db, id: id, userID: goal.userID)
            try db.execute(
                sql: """
                    UPDATE goals SET name = ?, description = ?, target_amount = ?, start_date = ?, target_date = ?,
                                     category = ?, priority = ?, is_active = ?, account = ?,
                                     counts_balance = ?
                    WHERE id = ? AND user_id = ?
                    """,
                arguments: [
                    goal.name, goal.description, goal.targetAmount.minorUnits, goal.startDate.isoString,
                    goal.targetDate?.isoString, goal.category.rawValue, goal.priority.rawValue, goal.isActive,
                    goal.account, goal.countsBalance, id, goal.userID,
                ])
            return try Self.fetchGoal(db, id: id, userID: goal.userID)
        }
    }

    /// Deletes a goal with its contributions, recommendations and feedback (ON DELETE CASCADE).
    /// - Throws: `StoreError` `.notFound`.
    public func deleteGoal(id: Int64, userID: Int64) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM goals WHERE id = ? AND user_id = ?", arguments: [id, userID])
            if db.changesCount == 0 { throw StoreError.notFound("goal", id) }
        }
    }

    static func fetchGoal(_ db: Database, id: Int64, userID: Int64) throws -> Goal {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM goals WHERE id = ? AND user_id = ?", arguments: [id, userID])
        else { throw StoreError.notFound("goal", id) }
        return try goal(row)
    }

    static func goal(_ row: Row) throws -> Goal {
        let currency = try row.currency("currency")
        var goal = Goal(
            id: row["id"], userID: row["user_id"], name: row["name"], description: row["description"],
            targetAmount: row.money("target_amount", currency: currency),
            currentAmount: row.money("current_amount", currency: currency),
            startDate: try row.date("start_date"), targetDate: try row.optionalDate("target_date"),
            category: try row.choice("category", as: GoalCategory.self),
            priority: try row.choice("priority", as: GoalPriority.self),
            isActive: row["is_active"], createdAt: row["created_at"], updatedAt: row["updated_at"])
        goal.account = row["account"]
        goal.countsBalance = row["counts_balance"]
        return goal
    }
}
