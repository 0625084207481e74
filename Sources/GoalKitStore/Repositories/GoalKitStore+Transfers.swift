import GRDB
public import GoalKit
public import GoalKitStorage

extension GoalKitStore {
    /// Streams the expenses of a period, by date, as transfer candidates — id, account, day number,
    /// signed minor units, currency, payee and memo text, whether their category is a transfer
    /// category — without holding them all in memory.
    /// - Throws: `StoreError`.
    public func forEachTransferCandidate(
        userID: Int64, from: LocalDate, through: LocalDate,
        _ body: (
            _ id: Int64, _ account: String, _ day: Int, _ minor: Int64, _ currency: String, _ text: String,
            _ transferCategory: Bool
        ) -> Void
    ) throws(StoreError) {
        try read { db in try Self.forEachTransferCandidate(db, userID: userID, from: from, through: through, body) }
    }

    static func forEachTransferCandidate(
        _ db: Database, userID: Int64, from: LocalDate, through: LocalDate,
        _ body: (
            _ id: Int64, _ account: String, _ day: Int, _ minor: Int64, _ currency: String, _ text: String,
            _ transferCategory: Bool
        ) -> Void
    ) throws {
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT e.id, e.account, e.date, e.amount, e.currency, e.payee_raw, e.memo, c.kind AS kind
                FROM expenses e LEFT JOIN categories c ON c.id = e.category_id
                WHERE e.user_id = ? AND e.date BETWEEN ? AND ? ORDER BY e.date, e.id
                """, arguments: [userID, from.isoString, through.isoString])
        // Columns by position: a name lookup per value costs more than the rest.
        while let row = try cursor.next() {
            let day = LocalDate(iso: row[2] as String)?.daysSinceEpoch ?? 0
            body(
                row[0], row[1], day, row[3], row[4], (row[5] as String) + " " + (row[6] as String),
                (row[7] as String?) == "transfer")
        }
    }

    /// Marks the transfers of a period (and unmarks the rest), pairing the two sides, then
    /// records each transfer into an account linked to an active goal as a contribution of
    /// source `savings` — once per expense, however often the files are imported.
    /// - Returns: the contributions recorded now.
    /// - Throws: `StoreError`.
    public func markTransfers(
        userID: Int64, from: LocalDate, through: LocalDate, transfers: Set<Int64>,
        pairs: [(Int64, Int64)]
    ) throws(StoreError) -> Int {
        try write { db in
            try Self.markTransfers(db, userID: userID, from: from, through: through, transfers: transfers, pairs: pairs)
        }
    }

    static func markTransfers(
        _ db: Database, userID: Int64, from: LocalDate, through: LocalDate, transfers: Set<Int64>,
        pairs: [(Int64, Int64)]
    ) throws -> Int {
        try db.execute(
            sql:
                """
                UPDATE expenses SET is_transfer = 0, transfer_expense_id = NULL
                WHERE user_id = ? AND date BETWEEN ? AND ? AND (is_transfer = 1 OR transfer_expense_id IS NOT NULL)
                """,
            arguments: [userID, from.isoString, through.isoString])
        let mark = try db.makeStatement(sql: "UPDATE expenses SET is_transfer = 1 WHERE id = ? AND user_id = ?")
        for id in transfers { try mark.execute(arguments: [id, userID]) }
        let pair = try db.makeStatement(
            sql: "UPDATE expenses SET transfer_expense_id = ? WHERE id = ? AND user_id = ?")
        for (out, into) in pairs {
            try pair.execute(arguments: [into, out, userID])
            try pair.execute(arguments: [out, into, userID])
        }
        return try Self.recordTransferContributions(db, userID: userID)
    }

    /// Whether an active goal of the user is linked to an account.
    /// - Throws: `StoreError`.
    public func hasLinkedGoals(userID: Int64) throws(StoreError) -> Bool {
        try read { db in try Self.hasLinkedGoals(db, userID: userID) }
    }

    static func hasLinkedGoals(_ db: Database, userID: Int64) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS(SELECT 1 FROM goals WHERE user_id = ? AND account IS NOT NULL AND is_active = 1)",
            arguments: [userID]) ?? false
    }

    /// Records transfers into goal-linked accounts as contributions (see `markTransfers`).
    /// - Throws: `StoreError`.
    public func recordTransferContributions(userID: Int64) throws(StoreError) -> Int {
        try write { db in try Self.recordTransferContributions(db, userID: userID) }
    }

    static func recordTransferContributions(_ db: Database, userID: Int64) throws -> Int {
        try db.execute(
            sql: """
                INSERT INTO goal_contributions(goal_id, amount, date, source, notes, expense_id)
                SELECT g.id, e.amount, e.date, 'savings', 'Transfer into ' || e.account || ': ' || e.payee_raw, e.id
                FROM expenses e JOIN goals g
                    ON g.user_id = e.user_id AND g.account = e.account AND g.currency = e.currency AND g.is_active = 1
                WHERE e.user_id = ? AND e.is_transfer = 1 AND e.amount > 0 AND e.date >= g.start_date
                  AND NOT EXISTS (SELECT 1 FROM goal_contributions c WHERE c.expense_id = e.id)
                GROUP BY e.id
                """, arguments: [userID])
        return db.changesCount
    }
}
