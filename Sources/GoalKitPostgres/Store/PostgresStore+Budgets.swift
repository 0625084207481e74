public import GoalKit
public import GoalKitStorage
import PostgresNIO

extension PostgresStore {
    /// Adds a budget with its limits.
    public func addBudget(_ budget: Budget) throws(StoreError) -> Budget {
        try write { link in
            let id = try link.rows(
                "INSERT INTO budgets (user_id, name, start_date, end_date, currency) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                [
                    .int(budget.userID), .text(budget.name), .date(budget.startDate), .date(budget.endDate),
                    .text(budget.currency.code),
                ])[0].int("id")
            if !budget.limits.isEmpty {
                try link.execute(
                    """
                    INSERT INTO budget_limits (budget_id, category_id, amount)
                    SELECT $1, l.category, l.amount FROM unnest($2::bigint[], $3::bigint[]) AS l(category, amount)
                    """,
                    [.int(id), .ints(budget.limits.map(\.categoryID)), .ints(budget.limits.map(\.amount.minorUnits))])
            }
            return try Self.fetchBudget(link, id: id, userID: budget.userID)
        }
    }

    /// One budget of the user's.
    public func budget(id: Int64, userID: Int64) throws(StoreError) -> Budget {
        try read { link in try Self.fetchBudget(link, id: id, userID: userID) }
    }

    /// The user's budgets, latest first.
    public func budgets(userID: Int64) throws(StoreError) -> [Budget] {
        try read { link in
            let ids = try link.rows(
                "SELECT id FROM budgets WHERE user_id = $1 ORDER BY start_date DESC, id DESC", [.int(userID)])
            return try ids.map { try Self.fetchBudget(link, id: try $0.int("id"), userID: userID) }
        }
    }

    static func fetchBudget(_ link: PostgresLink, id: Int64, userID: Int64) throws -> Budget {
        guard
            let row = try link.rows("SELECT * FROM budgets WHERE id = $1 AND user_id = $2", [.int(id), .int(userID)])
                .first
        else { throw StoreError.notFound("budget", id) }
        let currency = try row.currency("currency")
        let limits = try link.rows(
            """
            SELECT l.category_id, l.amount, c.name FROM budget_limits l JOIN categories c ON c.id = l.category_id
            WHERE l.budget_id = $1 ORDER BY c.name
            """, [.int(id)]
        ).map { (limit) throws(StoreError) in
            BudgetLimit(
                categoryID: try limit.int("category_id"), categoryName: try limit.text("name"),
                amount: try limit.money("amount", currency: currency))
        }
        return Budget(
            id: try row.int("id"), userID: try row.int("user_id"), name: try row.text("name"),
            startDate: try row.date("start_date"), endDate: try row.date("end_date"), currency: currency,
            limits: limits)
    }
}
