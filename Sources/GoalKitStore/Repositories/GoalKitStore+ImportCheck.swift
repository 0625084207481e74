import GRDB
public import GoalKit
public import GoalKitStorage

/// What `imports check` and `imports reread` read: a batch's options and lines, the lines of
/// a stretch of accounts, the accounts that mix currencies.
extension GoalKitStore {
    /// The options a batch was imported with (JSON), when it recorded them.
    /// - Throws: `StoreError` `.notFound`.
    public func batchOptions(id: Int64, userID: Int64) throws(StoreError) -> String? {
        try read { db in
            _ = try Self.fetchBatch(db, id: id, userID: userID)
            return try String.fetchOne(db, sql: "SELECT options FROM import_batches WHERE id = ?", arguments: [id])
        }
    }

    /// The lines a batch added that no later batch also holds (those stay whatever the batch's
    /// file reads as now).
    public func lineFacts(batchID: Int64, userID: Int64) throws(StoreError) -> [StoredLineFacts] {
        try read { db in
            try Self.facts(
                db,
                where: """
                    user_id = ? AND import_batch_id = ?
                    AND NOT EXISTS (SELECT 1 FROM expense_sightings s WHERE s.expense_id = expenses.id)
                    """, arguments: [userID, batchID])
        }
    }

    /// Every line of some accounts between two days, whatever batch holds it.
    public func lineFacts(userID: Int64, accounts: [String], from: LocalDate, through: LocalDate) throws(StoreError)
        -> [StoredLineFacts]
    {
        guard !accounts.isEmpty else { return [] }
        return try read { db in
            var arguments: StatementArguments = [userID, from.isoString, through.isoString]
            for account in accounts { arguments += [account] }
            let marks = Array(repeating: "?", count: accounts.count).joined(separator: ", ")
            return try Self.facts(
                db, where: "user_id = ? AND date >= ? AND date <= ? AND account IN (\(marks))", arguments: arguments)
        }
    }

    /// Accounts whose lines carry more than one currency, with the currencies.
    public func accountsMixingCurrencies(userID: Int64) throws(StoreError) -> [(account: String, currencies: [String])]
    {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT account, group_concat(DISTINCT currency) AS currencies FROM expenses WHERE user_id = ?
                    GROUP BY account HAVING count(DISTINCT currency) > 1 ORDER BY account
                    """, arguments: [userID]
            ).map { row in
                (row["account"], (row["currencies"] as String).split(separator: ",").map(String.init).sorted())
            }
        }
    }

    static func facts(_ db: Database, where condition: String, arguments: StatementArguments) throws
        -> [StoredLineFacts]
    {
        try Row.fetchAll(
            db, sql: "SELECT account, date, amount, currency FROM expenses WHERE \(condition) ORDER BY date, id",
            arguments: arguments
        ).map { StoredLineFacts(account: $0[0], date: $0[1], minorUnits: $0[2], currency: $0[3]) }
    }

    /// A category the person set on a line of a batch being replaced, and the line's facts.
    struct KeptCategory {
        var account: String
        var date: String
        var amount: Int64
        var payee: String
        var categoryID: Int64
        var detail: String?
    }

    /// Removes a batch (its lines with it), keeping the categories the person set on them.
    static func removeKeepingUserCategories(_ db: Database, batchID: Int64, userID: Int64) throws -> [KeptCategory] {
        _ = try fetchBatch(db, id: batchID, userID: userID)
        let kept = try Row.fetchAll(
            db,
            sql: """
                SELECT account, date, amount, payee_raw, category_id, category_detail FROM expenses
                WHERE user_id = ? AND import_batch_id = ? AND category_source = 'user' AND category_id IS NOT NULL
                """, arguments: [userID, batchID]
        ).map {
            KeptCategory(
                account: $0[0], date: $0[1], amount: $0[2], payee: $0[3], categoryID: $0[4], detail: $0[5])
        }
        // Lines a later batch also holds stay, with it, as `imports undo` keeps them.
        _ = try passSharedLines(db, of: batchID, userID: userID)
        try db.execute(sql: "DELETE FROM import_batches WHERE id = ?", arguments: [batchID])
        return kept
    }

    /// Sets kept categories again on the same lines (account, day, amount and payee) of the new batch.
    static func restore(_ kept: [KeptCategory], _ db: Database, batchID: Int64, userID: Int64) throws {
        for category in kept {
            try db.execute(
                sql: """
                    UPDATE expenses SET category_id = ?, category_source = 'user', category_detail = ?
                    WHERE id = (SELECT id FROM expenses WHERE user_id = ? AND import_batch_id = ? AND account = ?
                        AND date = ? AND amount = ? AND payee_raw = ? ORDER BY id LIMIT 1)
                    """,
                arguments: [
                    category.categoryID, category.detail, userID, batchID, category.account, category.date,
                    category.amount, category.payee,
                ])
        }
    }
}
