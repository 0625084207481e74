import GRDB
import GRDBSQLite
public import GoalKit
public import GoalKitStorage

extension GoalKitStore {
    /// The money-out lines of a period (transfers left out) whose payee, account and currency
    /// fall on at most `maximumDays` distinct days: a payee seen on more days than any cadence
    /// allows cannot be a recurring charge, so its lines are dropped as the scan goes. The
    /// payee is the normalised name, else the payee as written.
    ///
    /// One pass over the period in date order, reading values straight from SQLite: text is
    /// made only for the lines handed on, so the cost of a long period is mostly SQLite's.
    /// - Throws: `StoreError`.
    public func forEachRecurringCandidate(
        userID: Int64, from: LocalDate, through: LocalDate, maximumDays: Int,
        _ body: (
            _ id: Int64, _ date: LocalDate, _ minor: Int64, _ currency: String, _ payee: String, _ account: String,
            _ category: String?
        ) -> Void
    ) throws(StoreError) {
        try read { db in
            // Every category an expense can point at (the shared taxonomy has no user).
            let categories = Dictionary(
                try Row.fetchAll(db, sql: "SELECT id, name FROM categories").map { ($0[0] as Int64, $0[1] as String) },
                uniquingKeysWith: { a, _ in a })
            let statement = try db.makeStatement(
                sql: """
                    SELECT e.id, e.date, e.amount, e.currency, e.name, e.payee_raw, e.account, e.category_id
                    FROM expenses e
                    WHERE e.user_id = ? AND e.date BETWEEN ? AND ? AND e.amount < 0 AND e.is_transfer = 0
                    ORDER BY e.date, e.id
                    """)
            try statement.setArguments([userID, from.isoString, through.isoString])
            var scan = RecurringScan(maximumDays: maximumDays)
            let s = statement.sqliteStatement
            while true {
                let code = sqlite3_step(s)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else { throw db.stepError(code, in: statement) }
                let name = Self.bytes(s, 4)
                scan.add(
                    id: sqlite3_column_int64(s, 0), day: Self.bytes(s, 1), minor: sqlite3_column_int64(s, 2),
                    currency: Self.bytes(s, 3), payee: name.isEmpty ? Self.bytes(s, 5) : name,
                    account: Self.bytes(s, 6),
                    categoryID: sqlite3_column_type(s, 7) == SQLITE_NULL ? nil : sqlite3_column_int64(s, 7))
            }
            sqlite3_reset(s)
            for group in scan.groups where !group.excluded {
                let parts = group.key.split(separator: 0x1F, omittingEmptySubsequences: false).map {
                    String(decoding: $0, as: UTF8.self)
                }
                guard parts.count == 3 else { continue }
                for line in group.lines {
                    guard let date = LocalDate(daysSinceEpoch: Int(line.day)) else { continue }
                    body(
                        line.id, date, line.minor, parts[2], parts[0], parts[1],
                        line.categoryID.flatMap { categories[$0] })
                }
            }
        }
    }

    /// A text column's bytes (valid until the next step).
    private static func bytes(_ statement: SQLiteStatement, _ column: Int32) -> UnsafeBufferPointer<UInt8> {
        guard let text = sqlite3_column_text(statement, column) else {
            return UnsafeBufferPointer(start: nil, count: 0)
        }
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column)))
    }
}
