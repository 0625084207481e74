import GRDB
public import GoalKit
public import GoalKitStorage

extension GoalKitStore {
    /// The currency amounts are in when nothing else says (default USD).
    /// - Throws: `StoreError`.
    public func homeCurrency() throws(StoreError) -> Currency {
        let code = try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = 'home_currency'")
        }
        do { return try Currency(code: code ?? "USD") } catch {
            throw StoreError(.io, "stored home currency: \(error)")
        }
    }

    /// One of a user's settings (`user_settings`), or nil.
    /// - Throws: `StoreError`.
    public func userSetting(userID: Int64, key: String) throws(StoreError) -> String? {
        try read { db in
            try String.fetchOne(
                db, sql: "SELECT value FROM user_settings WHERE user_id = ? AND key = ?", arguments: [userID, key])
        }
    }

    /// Sets one of a user's settings.
    /// - Throws: `StoreError`.
    public func setUserSetting(userID: Int64, key: String, value: String) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO user_settings(user_id, key, value) VALUES (?, ?, ?)
                    ON CONFLICT(user_id, key) DO UPDATE SET value = excluded.value
                    """, arguments: [userID, key, value])
        }
    }

    /// Sets the home currency.
    /// - Throws: `StoreError`.
    public func setHomeCurrency(_ currency: Currency) throws(StoreError) {
        try write { db in
            try db.execute(
                sql:
                    "INSERT INTO settings(key, value) VALUES ('home_currency', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                arguments: [currency.code])
        }
    }

    /// The rows holding money, counted per table and currency: goals (with their contributions
    /// and recommendations), budgets (with their limits), expenses, and the rules whose amount
    /// bounds are in the home currency.
    /// - Throws: `StoreError`.
    public func storedMoney() throws(StoreError) -> [StoredMoneyCount] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT 'goals' AS t, currency AS c, count(*) AS n FROM goals GROUP BY currency
                    UNION ALL SELECT 'budgets', currency, count(*) FROM budgets GROUP BY currency
                    UNION ALL SELECT 'expenses', currency, count(*) FROM expenses GROUP BY currency
                    UNION ALL SELECT 'categorization_rules',
                        (SELECT value FROM settings WHERE key = 'home_currency'), count(*)
                        FROM categorization_rules WHERE min_amount IS NOT NULL OR max_amount IS NOT NULL
                        HAVING count(*) > 0
                    ORDER BY t, c
                    """
            ).map { StoredMoneyCount(table: $0["t"], currency: $0["c"] ?? "USD", count: $0["n"]) }
        }
    }
}
