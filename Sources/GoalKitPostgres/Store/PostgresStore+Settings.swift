public import GoalKit
public import GoalKitStorage
import PostgresNIO

extension PostgresStore {
    /// The database's home currency (USD until set).
    public func homeCurrency() throws(StoreError) -> Currency {
        let code = try read { link in
            try link.rows("SELECT value FROM settings WHERE key = 'home_currency'").first?.text("value")
        }
        do { return try Currency(code: code ?? "USD") } catch {
            throw StoreError(.io, "stored home currency: \(error)")
        }
    }

    /// One setting of a user, if set.
    public func userSetting(userID: Int64, key: String) throws(StoreError) -> String? {
        try read { link in
            try link.rows(
                "SELECT value FROM user_settings WHERE user_id = $1 AND key = $2", [.int(userID), .text(key)]
            ).first?.text("value")
        }
    }

    /// Sets one setting of a user.
    public func setUserSetting(userID: Int64, key: String, value: String) throws(StoreError) {
        try write { link in
            try link.execute(
                """
                INSERT INTO user_settings (user_id, key, value) VALUES ($1, $2, $3)
                ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value
                """, [.int(userID), .text(key), .text(value)])
        }
    }

    /// Sets the database's home currency.
    public func setHomeCurrency(_ currency: Currency) throws(StoreError) {
        try write { link in
            try link.execute(
                """
                INSERT INTO settings (key, value) VALUES ('home_currency', $1)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """, [.text(currency.code)])
        }
    }

    /// How many rows of each money-holding table are in each currency.
    public func storedMoney() throws(StoreError) -> [StoredMoneyCount] {
        try read { link in
            try link.rows(
                """
                SELECT 'goals' AS t, currency AS c, count(*) AS n FROM goals GROUP BY currency
                UNION ALL SELECT 'budgets', currency, count(*) FROM budgets GROUP BY currency
                UNION ALL SELECT 'expenses', currency, count(*) FROM expenses GROUP BY currency
                UNION ALL SELECT 'categorization_rules',
                    (SELECT value FROM settings WHERE key = 'home_currency'), count(*)
                    FROM categorization_rules WHERE min_amount IS NOT NULL OR max_amount IS NOT NULL
                    HAVING count(*) > 0
                ORDER BY t, c
                """
            ).map { (row) throws(StoreError) in
                StoredMoneyCount(
                    table: try row.text("t"), currency: try row.optionalText("c") ?? "USD", count: Int(try row.int("n"))
                )
            }
        }
    }
}
