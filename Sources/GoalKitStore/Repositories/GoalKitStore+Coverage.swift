import GRDB
public import GoalKit
public import GoalKitStorage

extension GoalKitStore {
    /// Each account's first and last line and latest statement end, by account name.
    ///
    /// Index probes only, so it costs the same at a million lines as at a hundred: the next
    /// account name after the last (`expenses_user_account`), then that account's first and
    /// last day and one line's currency; statement ends come from `statement_periods`.
    /// - Throws: `StoreError`.
    public func accountCoverage(userID: Int64) throws(StoreError) -> [AccountCoverage] {
        try read { db in
            var ends: [String: LocalDate] = [:]
            for row in try Row.fetchAll(
                db,
                sql: "SELECT account, max(end_date) FROM statement_periods WHERE user_id = ? GROUP BY account",
                arguments: [userID])
            {
                if let day = LocalDate(iso: row[1] as String) { ends[row[0]] = day }
            }
            var result: [AccountCoverage] = []
            var last: String?
            while let account = try String.fetchOne(
                db,
                sql: last == nil
                    ? "SELECT account FROM expenses WHERE user_id = ? ORDER BY account LIMIT 1"
                    : "SELECT account FROM expenses WHERE user_id = ? AND account > ? ORDER BY account LIMIT 1",
                arguments: last.map { [userID, $0] } ?? [userID])
            {
                last = account
                let first = try String.fetchOne(
                    db, sql: "SELECT min(date) FROM expenses WHERE user_id = ? AND account = ?",
                    arguments: [userID, account])
                let latest = try String.fetchOne(
                    db, sql: "SELECT max(date) FROM expenses WHERE user_id = ? AND account = ?",
                    arguments: [userID, account])
                let currency = try String.fetchOne(
                    db, sql: "SELECT currency FROM expenses WHERE user_id = ? AND account = ? LIMIT 1",
                    arguments: [userID, account])
                result.append(
                    AccountCoverage(
                        account: account, currency: currency, firstLine: first.flatMap { LocalDate(iso: $0) },
                        lastLine: latest.flatMap { LocalDate(iso: $0) }, statementEnd: ends.removeValue(forKey: account)
                    ))
            }
            // Statements that brought no lines still say what they cover.
            for (account, end) in ends {
                result.append(
                    AccountCoverage(account: account, currency: nil, firstLine: nil, lastLine: nil, statementEnd: end))
            }
            return result.sorted { $0.account < $1.account }
        }
    }
}
