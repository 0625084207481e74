public import GoalKit
public import GoalKitStorage
import PostgresNIO

extension PostgresStore {
    /// Adds a goal, with its opening contribution when there is one.
    public func addGoal(_ goal: Goal, opening: GoalContribution? = nil) throws(StoreError) -> Goal {
        try addGoals([(goal, opening)])[0]
    }

    /// Adds goals in one transaction, then records transfers into their accounts as contributions.
    public func addGoals(_ goals: [(goal: Goal, opening: GoalContribution?)]) throws(StoreError) -> [Goal] {
        try write { link in
            var added: [Goal] = []
            for (goal, opening) in goals {
                let id = try link.rows(
                    """
                    INSERT INTO goals (user_id, name, description, target_amount, currency, start_date, target_date,
                                       category, priority, is_active, account, counts_balance)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id
                    """,
                    [
                        .int(goal.userID), .text(goal.name), PostgresValue(goal.description),
                        .int(goal.targetAmount.minorUnits), .text(goal.currency.code), .date(goal.startDate),
                        PostgresValue(goal.targetDate), .text(goal.category.rawValue), .text(goal.priority.rawValue),
                        .bool(goal.isActive), PostgresValue(goal.account), .bool(goal.countsBalance),
                    ])[0].int("id")
                if var opening {
                    opening.goalID = id
                    try Self.insertContribution(link, opening)
                }
                added.append(try Self.fetchGoal(link, id: id, userID: goal.userID))
            }
            _ = try Self.recordTransferContributions(link, userID: goals.first?.goal.userID ?? 0)
            return added
        }
    }

    /// One goal of a user.
    /// - Throws: `StoreError.notFound` when the user has no such goal.
    public func goal(id: Int64, userID: Int64) throws(StoreError) -> Goal {
        try read { link in try Self.fetchGoal(link, id: id, userID: userID) }
    }

    /// A user's goals: active first, by priority, then by target date.
    public func goals(userID: Int64, includeArchived: Bool = false) throws(StoreError) -> [Goal] {
        try read { link in
            try link.rows(
                """
                SELECT * FROM goals WHERE user_id = $1 AND (is_active OR $2)
                ORDER BY is_active DESC,
                         CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,
                         target_date IS NULL, target_date, id
                """, [.int(userID), .bool(includeArchived)]
            ).map(Self.goal)
        }
    }

    /// Changes a goal's fields (not its currency or amount saved).
    public func updateGoal(_ goal: Goal) throws(StoreError) -> Goal {
        guard let id = goal.id else { throw StoreError(.notFound, "goal has no id") }
        return try write { link in
            _ = try Self.fetchGoal(link, id: id, userID: goal.userID)
            try link.execute(
                """
                UPDATE goals SET name = $1, description = $2, target_amount = $3, start_date = $4, target_date = $5,
                                 category = $6, priority = $7, is_active = $8, account = $9, counts_balance = $10
                WHERE id = $11 AND user_id = $12
                """,
                [
                    .text(goal.name), PostgresValue(goal.description), .int(goal.targetAmount.minorUnits),
                    .date(goal.startDate), PostgresValue(goal.targetDate), .text(goal.category.rawValue),
                    .text(goal.priority.rawValue), .bool(goal.isActive), PostgresValue(goal.account),
                    .bool(goal.countsBalance), .int(id), .int(goal.userID),
                ])
            return try Self.fetchGoal(link, id: id, userID: goal.userID)
        }
    }

    /// Deletes a goal with its contributions and recommendations.
    public func deleteGoal(id: Int64, userID: Int64) throws(StoreError) {
        try write { link in
            let deleted = try link.execute(
                "DELETE FROM goals WHERE id = $1 AND user_id = $2", [.int(id), .int(userID)])
            if deleted == 0 { throw StoreError.notFound("goal", id) }
        }
    }

    static func fetchGoal(_ link: PostgresLink, id: Int64, userID: Int64) throws -> Goal {
        guard
            let row = try link.rows("SELECT * FROM goals WHERE id = $1 AND user_id = $2", [.int(id), .int(userID)])
                .first
        else { throw StoreError.notFound("goal", id) }
        return try goal(row)
    }

    static func goal(_ row: PostgresRandomAccessRow) throws(StoreError) -> Goal {
        let currency = try row.currency("currency")
        var goal = Goal(
            id: try row.int("id"), userID: try row.int("user_id"), name: try row.text("name"),
            description: try row.text("description"),
            targetAmount: try row.money("target_amount", currency: currency),
            currentAmount: try row.money("current_amount", currency: currency),
            startDate: try row.date("start_date"), targetDate: try row.optionalDate("target_date"),
            category: try row.choice("category", as: GoalCategory.self),
            priority: try row.choice("priority", as: GoalPriority.self),
            isActive: try row.bool("is_active"), createdAt: try row.stamp("created_at"),
            updatedAt: try row.stamp("updated_at"))
        goal.account = try row.optionalText("account")
        goal.countsBalance = try row.bool("counts_balance")
        return goal
    }
}
