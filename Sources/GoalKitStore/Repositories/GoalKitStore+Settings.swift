import GRDB
public import GoalKit

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

    /// Whether anything has been recorded that is in the home currency (goals, budgets, expenses),
    /// so changing it would misread stored amounts.
    /// - Throws: `StoreError`.
    public func hasMoneyRows() throws(StoreError) -> Bool {
        try read { db in
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS(SELECT 1 FROM goals) OR EXISTS(SELECT 1 FROM budgets) OR EXISTS(SELECT 1 FROM expenses)
                    """) ?? false
        }
    }
}
