import GRDB
public import GoalKit
public import GoalKitStorage

extension GoalKitStore {
    /// Adds a budget with its per-category limits in one transaction.
    /// - Returns: the stored budget.
    /// - Throws: `StoreError`.
    public func addBudget(_ budget: Budget) throws(StoreError) -> Budget {
        try write { db in
            try db.execute(
                sql: "INSERT INTO budgets(user_id, name, start_date, end_date, currency) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    budget.userID, budget.name, budget.startDate.isoString, budget.endDate.isoString,
                    budget.currency.code,
                ])
            let id = db.lastInsertedRowID
            for limit in budget.limits {
                try db.execute(
                    sql: "INSERT INTO budget_limits(budget_id, category_id, amount) VALUES (?, ?, ?)",
                    arguments: [id, limit.categoryID, limit.amount.minorUnits])
            }
            return try Self.fetchBudget(db, id: id, userID: budget.userID)
        }
    }

    /// A user's budget with its limits.
    /// - Throws: `StoreError` `.notFound`.
    public func budget(id: Int64, userID: Int64) throws(StoreError) -> Budget {
        try read { db in try Self.fetchBudget(db, id: id, userID: userID) }
    }

    /// A user's budgets, newest period first, with their limits.
    /// - Throws: `StoreError`.
    public func budgets(userID: Int64) throws(StoreError) -> [Budget] {
        try read { db in
            let ids = try Int64.fetchAll(
                db, sql: "SELECT id FROM budgets WHERE user_id = ? ORDER BY start_date DESC, id DESC",
                arguments: [userID])
            return try ids.map { try Self.fetchBudget(db, id: $0, userID: userID) }
        }
    }

    static func fetchBudget(_ db: Database, id: Int64, userID: Int64) throws -> Budget {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM budgets WHERE id = ? AND user_id = ?", arguments: [id, userID])
        else { throw StoreError.notFound("budget", id) }
        let currency = try row.currency("currency")
        let limits = try Row.fetchAll(
            db,
            sql: """
                SELECT l.category_id, l.amount, c.name FROM budget_limits l JOIN categories c ON c.id = l.category_id
                WHERE l.budget_id = ? ORDER BY c.name
                """, arguments: [id]
        ).map {
            BudgetLimit(
                categoryID: $0["category_id"], categoryName: $0["name"], amount: $0.money("amount", currency: currency))
        }
        return Budget(
            id: row["id"], userID: row["user_id"], name: row["name"], startDate: try row.date("start_date"),
            endDate: try row.date("end_date"), currency: currency, limits: limits)
    }
}
