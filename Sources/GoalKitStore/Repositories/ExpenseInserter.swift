import GRDB
import GRDBSQLite
public import GoalKit
public import GoalKitStorage

/// Writes the lines of one import inside its transaction, with one prepared statement reused
/// for every row (values bound straight to SQLite, no boxing); finds (or creates) the monthly
/// budget that covers each line's date.
///
/// A file large next to the table it goes into is written the bulk way: the secondary
/// indexes are dropped inside the transaction and built again, by sorting, before it commits
/// (a rollback brings them back as they were). The unique key stays, so de-duplication works
/// throughout, and balance checks read the account through its prefix.
public final class ExpenseInserter: ImportSession {
    private let db: Database
    let userID: Int64
    /// The connection, inside the import's transaction.
    var database: Database { db }
    /// The batch the lines belong to.
    public let batchID: Int64
    private let insertStatement: Statement
    private let manyStatement: Statement
    private var budgets: [(id: Int64, start: LocalDate, end: LocalDate)] = []
    private var budgetByDay: [LocalDate: Int64] = [:]
    private var categoryByLabel: [String: Int64] = [:]
    /// The shipped categories by the keys a file label may give them (names and synonyms).
    private let shippedByLabel: [String: Int64]
    /// Categories this import created for labels, with what their lines say of their kind
    /// (settled when the lines are in).
    private var createdCategories: [Int64: CategoryLabel.Evidence] = [:]
    /// Categories this import created as transfers (their label names a transfer).
    private var createdTransfers: Set<Int64> = []
    /// The time the lines are written, read once (the column's default would be worked out per row).
    private let createdAt: String
    /// The categories of kind transfer: a line in one is a transfer.
    private var transferCategories: Set<Int64>
    /// The texts of the row being written, and where each one's bytes are.
    private var text: [UInt8] = []
    private var spans: [(column: Int32, start: Int, length: Int)] = []
    /// The indexes dropped for a bulk write, with the SQL that builds them again.
    private var droppedIndexes: [(name: String, sql: String)] = []

    /// The indexes a bulk write drops and builds again.
    static let deferrableIndexes = ["expenses_budget", "expenses_user_date", "expenses_user_account"]
    /// Below this many expected lines the indexes are kept whatever the table holds.
    static let bulkThreshold = 20_000

    /// - Parameter expectedLines: an estimate of the lines to come (from the file's size);
    ///   when it exceeds the rows already in `expenses`, the write goes the bulk way.
    init(db: Database, userID: Int64, batchID: Int64, expectedLines: Int) throws {
        self.db = db
        self.userID = userID
        self.batchID = batchID
        insertStatement = try db.makeStatement(sql: Self.insertSQL(rows: 1))
        manyStatement = try db.makeStatement(sql: Self.insertSQL(rows: Self.rowsPerStatement))
        createdAt = try String.fetchOne(db, sql: "SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')") ?? ""
        transferCategories = Set(
            try Int64.fetchAll(
                db, sql: "SELECT id FROM categories WHERE kind = 'transfer' AND (user_id = ? OR user_id IS NULL)",
                arguments: [userID]))
        shippedByLabel = ShippedCategories.labelIndex(
            try Row.fetchAll(db, sql: "SELECT id, name FROM categories WHERE user_id IS NULL ORDER BY id").map {
                ($0["id"], $0["name"])
            })
        if expectedLines >= Self.bulkThreshold {
            // max(id) bounds the row count without counting.
            let rows = try Int.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM expenses") ?? 0
            if expectedLines > rows {
                droppedIndexes = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'expenses'
                        AND name IN (\(Self.deferrableIndexes.map { "'\($0)'" }.joined(separator: ", "))) ORDER BY name
                        """
                ).map { ($0["name"], $0["sql"]) }
                for index in droppedIndexes { try db.execute(sql: "DROP INDEX \(index.name)") }
            }
        }
        try db.execute(sql: "SAVEPOINT goalkit_lines")
        try loadBudgets()
    }

    /// Whether the lines go in the bulk way (secondary indexes built once at the end).
    public var isBulk: Bool { !droppedIndexes.isEmpty }

    /// Settles the kind of the categories this import created for labels (see
    /// `CategoryLabel.Evidence`) and builds again the indexes a bulk write dropped. Called
    /// once the lines are in.
    func finish() throws {
        for (id, evidence) in createdCategories.sorted(by: { $0.key < $1.key }) where evidence.kind != .expense {
            try db.execute(
                sql: "UPDATE categories SET kind = ? WHERE id = ?", arguments: [evidence.kind.rawValue, id])
        }
        createdCategories = [:]
        for index in droppedIndexes { try db.execute(sql: index.sql) }
        droppedIndexes = []
    }

    /// Forgets every line written so far (the file is read again from its start).
    public func rewind() throws {
        try db.execute(sql: "ROLLBACK TO goalkit_lines")
        budgetByDay = [:]
        categoryByLabel = [:]
        createdCategories = [:]
        transferCategories.subtract(createdTransfers)
        createdTransfers = []
        try loadBudgets()
    }

    private func loadBudgets() throws {
        budgets = try Row.fetchAll(
            db,
            sql:
                "SELECT id, start_date, end_date FROM budgets WHERE user_id = ? ORDER BY start_date DESC, end_date, id",
            arguments: [userID]
        ).compactMap { row in
            guard let start = LocalDate(iso: row["start_date"] as String),
                let end = LocalDate(iso: row["end_date"] as String)
            else { return nil }
            return (row["id"], start, end)
        }
    }

    /// Writes a line unless its key is already there.
    /// - Returns: true when added, false when it was a duplicate.
    /// - Throws: a database error (the import then rolls back whole).
    public func insert(_ e: NewExpense) throws -> Bool {
        try insert(CollectionOfOne(e), with: insertStatement) > 0
    }

    /// Writes lines of one account (each unless its key is already there), several to a
    /// statement: one `INSERT` of many rows costs SQLite less than as many of one.
    /// - Returns: how many were added (the rest were duplicates).
    /// - Throws: a database error (the import then rolls back whole).
    public func insert(_ rows: ArraySlice<NewExpense>) throws -> Int {
        var added = 0
        var rest = rows
        while rest.count >= Self.rowsPerStatement {
            let chunk = rest.prefix(Self.rowsPerStatement)
            let inserted = try insert(chunk, with: manyStatement)
            added += inserted
            if inserted < chunk.count { added += try settleReturningIDs(chunk) }
            rest = rest.dropFirst(Self.rowsPerStatement)
        }
        for row in rest {
            let inserted = try insert(CollectionOfOne(row), with: insertStatement)
            added += inserted
            if inserted == 0 { added += try settleReturningIDs(CollectionOfOne(row)) }
        }
        return added
    }

    /// Bank ids an earlier import already holds, and what became of them.
    public private(set) var returningIDs = ReturningBankIDs()

    /// Rows whose key an earlier import holds. A content key is the same line: this batch saw
    /// it too (recorded, so undoing the earlier batch keeps it). A bank id is the same line
    /// when the amount is the same, the dates are at most `ReturningBankIDs.sameLineDays`
    /// apart and the payees begin alike (a pending line sent again as posted: its later date is
    /// taken); else a bank that numbers its lines anew each time (1..N per download, recycled
    /// FITIDs) sent a new line, written under its id, day and amount.
    /// - Returns: how many such new lines were written.
    private func settleReturningIDs(_ rows: some Collection<NewExpense>) throws -> Int {
        var added = 0
        for e in rows {
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT id, date, amount, name, import_batch_id FROM expenses
                        WHERE user_id = ? AND account = ? AND dedup_key = ?
                        """, arguments: [userID, e.account, e.dedupKey]),
                (row["import_batch_id"] as Int64?) != batchID,
                let held = LocalDate(iso: row["date"] as String)
            else { continue }
            let id: Int64 = row["id"]
            let heldAmount: Int64 = row["amount"]
            guard e.dedupKey.hasPrefix("id:") else {
                try recordSighting(of: id)
                continue
            }
            if heldAmount == e.amount.minorUnits && abs(held.days(to: e.date)) <= ReturningBankIDs.sameLineDays
                && ReturningBankIDs.samePayee(row["name"], e.name)
            {
                if e.date > held {
                    try db.execute(
                        sql: "UPDATE expenses SET date = ?, budget_id = ? WHERE id = ?",
                        arguments: [e.date.isoString, try budget(for: e.date, currency: e.amount.currency), id])
                    returningIDs.redate(id: e.bankTransactionID ?? e.dedupKey, from: held, to: e.date)
                }
                try recordSighting(of: id)
                continue
            }
            var again = e
            again.dedupKey = ReturningBankIDs.key(e.dedupKey, date: e.date, minorUnits: e.amount.minorUnits)
            if try insert(CollectionOfOne(again), with: insertStatement) > 0 {
                added += 1
                returningIDs.record(
                    id: e.bankTransactionID ?? e.dedupKey, held: (held, heldAmount), now: (e.date, e.amount))
            } else if let again = try heldID(account: e.account, key: again.dedupKey) {
                try recordSighting(of: again)
            }
        }
        return added
    }

    /// This batch holds a line an earlier one added.
    func recordSighting(of expenseID: Int64) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO expense_sightings(expense_id, import_batch_id, user_id) VALUES (?, ?, ?)",
            arguments: [expenseID, batchID, userID])
    }

    /// The bank ids of an account that a correction replaced or deleted.
    public func correctedIDs(account: String) throws -> Set<String> {
        Set(
            try String.fetchAll(
                db, sql: "SELECT bank_transaction_id FROM bank_id_corrections WHERE user_id = ? AND account = ?",
                arguments: [userID, account]))
    }

    /// Records that a correction replaced or deleted a bank id of an account.
    public func recordCorrection(account: String, bankID: String, action: String) throws {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO bank_id_corrections(user_id, account, bank_transaction_id, action, import_batch_id)
                VALUES (?, ?, ?, ?, ?)
                """, arguments: [userID, account, bankID, action, batchID])
    }

    /// Rows a multi-row statement takes.
    static let rowsPerStatement = 32
    /// The columns each row binds.
    private static let columns = [
        "user_id", "budget_id", "name", "amount", "currency", "date", "account", "payee_raw", "memo", "amount_text",
        "bank_transaction_id", "transaction_type", "dedup_key", "import_batch_id", "category_id", "category_source",
        "category_detail", "merchant_code", "created_at", "is_transfer", "original_amount", "original_currency",
        "exchange_rate",
    ]

    static func insertSQL(rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        return """
            INSERT INTO expenses(\(columns.joined(separator: ", ")))
            VALUES \(Array(repeating: row, count: rows).joined(separator: ", "))
            ON CONFLICT(user_id, account, dedup_key) DO NOTHING
            """
    }

    /// Binds rows into a statement made for exactly that many and runs it.
    private func insert(_ rows: some Collection<NewExpense>, with statement: Statement) throws -> Int {
        // Every text goes into one reused buffer and is bound in place (SQLite reads it during
        // the step): no copy per value.
        text.removeAll(keepingCapacity: true)
        text.append(0)
        spans.removeAll(keepingCapacity: true)
        let s = statement.sqliteStatement
        sqlite3_clear_bindings(s)
        var offset: Int32 = 0
        for e in rows {
            let budgetID = try budget(for: e.date, currency: e.amount.currency)
            var categoryID = e.categoryID
            var source = e.categorySource
            var detail = e.categoryDetail
            if let label = e.categoryLabel {
                let id = try category(labelled: label)
                createdCategories[id]?.add(minorUnits: e.amount.minorUnits, isTransfer: e.isTransfer)
                categoryID = id
                source = "file"
                detail = "the file's category column: '\(label)'"
            }
            func put(_ column: Int32, _ value: String?) {
                guard let value else { return }
                let start = text.count
                text.append(contentsOf: value.utf8)
                spans.append((offset + column, start, text.count - start))
            }
            put(3, e.name)
            put(5, e.amount.currency.code)
            put(6, e.date.isoString)
            put(7, e.account)
            put(8, e.payeeRaw)
            put(9, e.memo)
            put(10, e.amountText)
            put(11, e.bankTransactionID)
            put(12, e.transactionType)
            put(13, e.dedupKey)
            if categoryID != nil {
                put(16, source)
                put(17, detail)
            }
            put(18, e.merchantCode)
            put(19, createdAt)
            sqlite3_bind_int64(s, offset + 1, userID)
            sqlite3_bind_int64(s, offset + 2, budgetID)
            sqlite3_bind_int64(s, offset + 4, e.amount.minorUnits)
            sqlite3_bind_int64(s, offset + 14, batchID)
            if let categoryID { sqlite3_bind_int64(s, offset + 15, categoryID) }
            let transfer = e.isTransfer || categoryID.map(transferCategories.contains) == true
            sqlite3_bind_int64(s, offset + 20, transfer ? 1 : 0)
            if let original = e.originalAmount {
                sqlite3_bind_int64(s, offset + 21, original.minorUnits)
                put(22, original.currency.code)
                put(23, e.exchangeRate)
            }
            offset += Int32(Self.columns.count)
        }
        let code = text.withUnsafeBufferPointer { bytes -> Int32 in
            let base = UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self)
            for (column, start, length) in spans {
                sqlite3_bind_text(s, column, base + start, Int32(length), nil)
            }
            let code = sqlite3_step(s)
            sqlite3_reset(s)
            return code
        }
        guard code == SQLITE_DONE else { throw db.stepError(code, in: statement) }
        return Int(sqlite3_changes(db.sqliteConnection))
    }

    /// A line this import wrote under a key, with what its content key is made of; nil when
    /// the key is not there or belongs to an earlier import.
    public func writtenLine(account: String, key: String) throws -> WrittenLine? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT id, date, amount, currency, payee_raw, memo FROM expenses
                    WHERE user_id = ? AND account = ? AND dedup_key = ? AND import_batch_id = ?
                    """, arguments: [userID, account, key, batchID])
        else { return nil }
        return WrittenLine(
            id: row["id"], date: row["date"], minorUnits: row["amount"], currency: row["currency"],
            payee: row["payee_raw"], memo: row["memo"])
    }

    /// Gives a written line another key.
    /// - Returns: false when an earlier import holds that key already: the line is then
    ///   removed, as the duplicate it turned out to be.
    public func rekey(_ line: WrittenLine, account: String, to key: String) throws -> Bool {
        let taken =
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS(SELECT 1 FROM expenses WHERE user_id = ? AND account = ? AND dedup_key = ?)",
                arguments: [userID, account, key]) ?? false
        if taken {
            try db.execute(sql: "DELETE FROM expenses WHERE id = ?", arguments: [line.id])
            if let held = try heldID(account: account, key: key) {
                try recordSighting(of: held)
            }
            return false
        }
        try db.execute(sql: "UPDATE expenses SET dedup_key = ? WHERE id = ?", arguments: [key, line.id])
        return true
    }

    /// The category a file label names (compared as `CategoryLabel` says):
    /// 1. the shipped category whose name or synonym (`ShippedCategories.synonyms`) it is, with
    ///    that category's kind (`Salary` and `payroll` are income, `SAVINGS TRANSFERS` a transfer);
    /// 2. else the user's own category of that name (case aside), as it is: an existing
    ///    category keeps its kind, whatever these lines say;
    /// 3. else a new category of the user's, named as the file wrote it: a transfer when the
    ///    label names one, else its kind follows its lines (`CategoryLabel.Evidence`), settled
    ///    in `finish()`.
    private func category(labelled label: String) throws -> Int64 {
        let name = String(label.prefix(100))
        if let id = categoryByLabel[name] { return id }
        let id: Int64
        if let shipped = CategoryLabel.keys(name).lazy.compactMap({ self.shippedByLabel[$0] }).first {
            id = shipped
        } else if let found = try Int64.fetchOne(
            db, sql: "SELECT id FROM categories WHERE user_id = ? AND name = ? COLLATE NOCASE",
            arguments: [userID, name])
        {
            id = found
        } else {
            let transfer = CategoryLabel.namesTransfer(name)
            try db.execute(
                sql: "INSERT INTO categories(user_id, name, kind) VALUES (?, ?, ?)",
                arguments: [userID, name, (transfer ? CategoryKind.transfer : .expense).rawValue])
            id = db.lastInsertedRowID
            if transfer {
                transferCategories.insert(id)
                createdTransfers.insert(id)
            } else {
                createdCategories[id] = CategoryLabel.Evidence()
            }
        }
        categoryByLabel[name] = id
        return id
    }

    /// The budget covering a day: the most specific existing one, else a new monthly budget.
    private func budget(for date: LocalDate, currency: Currency) throws -> Int64 {
        if let id = budgetByDay[date] { return id }
        let id: Int64
        if let found = budgets.first(where: { $0.start <= date && date <= $0.end }) {
            id = found.id
        } else {
            let month = YearMonth(date)
            try db.execute(
                sql: "INSERT INTO budgets(user_id, name, start_date, end_date, currency) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    userID, month.description, month.firstDay.isoString, month.lastDay.isoString, currency.code,
                ])
            id = db.lastInsertedRowID
            budgets.append((id, month.firstDay, month.lastDay))
        }
        budgetByDay[date] = id
        return id
    }

    /// The latest balance recorded for an account before a day.
    public func previousBalance(account: String, before date: LocalDate, currency: Currency) throws -> (
        date: LocalDate, amount: Money
    )? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT date, amount FROM account_balances
                    WHERE user_id = ? AND account = ? AND date < ? AND currency = ? ORDER BY date DESC, id DESC LIMIT 1
                    """, arguments: [userID, account, date.isoString, currency.code]),
            let day = LocalDate(iso: row["date"] as String)
        else { return nil }
        return (day, Money(minorUnits: row["amount"], currency: currency))
    }

    /// The sum of an account's lines after one day up to and including another.
    public func sum(account: String, after start: LocalDate, through end: LocalDate, currency: Currency) throws -> Money
    {
        let total =
            try Int64.fetchOne(
                db,
                sql: """
                    SELECT coalesce(sum(amount), 0) FROM expenses
                    WHERE user_id = ? AND account = ? AND currency = ? AND date > ? AND date <= ?
                    """, arguments: [userID, account, currency.code, start.isoString, end.isoString]) ?? 0
        return Money(minorUnits: total, currency: currency)
    }

    /// Removes the line an earlier import holds under a key (the target of a correction).
    /// - Returns: whether there was one.
    public func removeEarlier(account: String, key: String) throws -> Bool {
        try db.execute(
            sql: """
                DELETE FROM expenses WHERE user_id = ? AND account = ? AND dedup_key = ?
                AND import_batch_id IS NOT ?
                """, arguments: [userID, account, key, batchID])
        return db.changesCount > 0
    }

    /// The facts of every line this import has written so far.
    public func lineFacts() throws -> [StoredLineFacts] {
        try GoalKitStore.facts(db, where: "user_id = ? AND import_batch_id = ?", arguments: [userID, batchID])
    }

    /// The id of the line an account holds under a key, if any.
    private func heldID(account: String, key: String) throws -> Int64? {
        try Int64.fetchOne(
            db, sql: "SELECT id FROM expenses WHERE user_id = ? AND account = ? AND dedup_key = ?",
            arguments: [userID, account, key])
    }

    /// A currency other than this one that an account's lines already have, if any.
    public func otherCurrency(account: String, than currency: Currency) throws -> String? {
        try String.fetchOne(
            db, sql: "SELECT currency FROM expenses WHERE user_id = ? AND account = ? AND currency <> ? LIMIT 1",
            arguments: [userID, account, currency.code])
    }

    /// Whether the user has lines in accounts other than these (two index probes).
    public func hasOtherAccounts(than accounts: Set<String>) throws -> Bool {
        if accounts.count != 1 { return !accounts.isEmpty }
        let account = accounts.first!
        for comparison in ["<", ">"] {
            if try Int.fetchOne(
                db, sql: "SELECT 1 FROM expenses WHERE user_id = ? AND account \(comparison) ? LIMIT 1",
                arguments: [userID, account]) != nil
            {
                return true
            }
        }
        return false
    }

    /// Records the last day a statement of an account covers (its batch's undo removes it).
    public func recordStatementEnd(account: String, date: LocalDate) throws {
        try db.execute(
            sql: "INSERT INTO statement_periods(user_id, account, end_date, import_batch_id) VALUES (?, ?, ?, ?)",
            arguments: [userID, account, date.isoString, batchID])
    }

    /// Records a statement's ledger balance.
    public func recordBalance(account: String, date: LocalDate, amount: Money) throws {
        try db.execute(
            sql:
                "INSERT INTO account_balances(user_id, account, date, amount, currency, import_batch_id) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [userID, account, date.isoString, amount.minorUnits, amount.currency.code, batchID])
    }
}
