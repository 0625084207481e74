/// Read-only views named like the tables with `_amounts`, every money column as `numeric`
/// major units of its row's currency (`1234.50`, `1235` yen), and `user_id` on each row.
enum PostgresAmountViews {
    typealias D = PostgresDDL

    static let all = [
        """
        CREATE OR REPLACE VIEW expenses_amounts AS
        SELECT id, user_id, account, date, name, payee_raw, memo, currency, \(D.decimal("amount", "currency", as: "amount")),
            category_id, is_transfer, import_batch_id, original_currency,
            \(D.decimal("original_amount", "original_currency", as: "original_amount"))
        FROM expenses
        """,
        """
        CREATE OR REPLACE VIEW goals_amounts AS
        SELECT id, user_id, name, category, priority, currency,
            \(D.decimal("target_amount", "currency", as: "target_amount")),
            \(D.decimal("current_amount", "currency", as: "current_amount")), start_date, target_date, is_active
        FROM goals
        """,
        """
        CREATE OR REPLACE VIEW goal_contributions_amounts AS
        SELECT c.id, c.goal_id, g.user_id, c.date, c.source, g.currency, \(D.decimal("c.amount", "g.currency", as: "amount")),
            c.is_opening, c.expense_id
        FROM goal_contributions c JOIN goals g ON g.id = c.goal_id
        """,
        """
        CREATE OR REPLACE VIEW budget_limits_amounts AS
        SELECT l.id, l.budget_id, b.user_id, l.category_id, b.currency, \(D.decimal("l.amount", "b.currency", as: "amount"))
        FROM budget_limits l JOIN budgets b ON b.id = l.budget_id
        """,
        """
        CREATE OR REPLACE VIEW recommendations_amounts AS
        SELECT r.id, r.goal_id, g.user_id, r.type, r.title, r.status, g.currency,
            \(D.decimal("r.potential_impact", "g.currency", as: "potential_impact")),
            \(D.decimal("r.measured_impact", "g.currency", as: "measured_impact"))
        FROM recommendations r JOIN goals g ON g.id = r.goal_id
        """,
        """
        CREATE OR REPLACE VIEW account_balances_amounts AS
        SELECT id, user_id, account, date, currency, \(D.decimal("amount", "currency", as: "amount")), import_batch_id
        FROM account_balances
        """,
    ]
}
