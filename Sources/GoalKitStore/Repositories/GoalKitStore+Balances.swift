import GRDB
public import GoalKit
public import GoalKitStorage

extension GoalKitStore {
    /// Each account's latest statement balance on or before a day (of two on one day, the one
    /// imported last), by account name.
    /// - Throws: `StoreError`.
    public func accountBalances(userID: Int64, onOrBefore day: LocalDate) throws(StoreError) -> [AccountBalance] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT account, date, amount, currency FROM (
                        SELECT account, date, amount, currency,
                               row_number() OVER (PARTITION BY account ORDER BY date DESC, id DESC) AS n
                        FROM account_balances WHERE user_id = ? AND date <= ?)
                    WHERE n = 1 ORDER BY account
                    """, arguments: [userID, day.isoString]
            ).map { row in
                let currency = try row.currency("currency")
                return AccountBalance(
                    account: row["account"], date: try row.date("date"), amount: row.money("amount", currency: currency)
                )
            }
        }
    }
}
