import GRDB
public import GoalKit

/// Writes the lines of one import inside its transaction, with one prepared statement reused
/// for every row; finds (or creates) the monthly budget that covers each line's date.
public final class ExpenseInserter {
    private let db: Database
    private let userID: Int64
    /// The batch the lines belong to.
    public let batchID: Int64
    private let insertStatement: Statement
    private var budgets: [(id: Int64, start: LocalDate, end: LocalDate)]
    private var budgetByDay: [LocalDate: Int64] = [:]
    private var categoryByLabel: [String: Int64] = [:]

    init(db: Database, userID: Int64, batchID: Int64) throws {
        self.db = db
        self.userID = userID
        self.batchID = batchID
        insertStatement = try db.makeStatement(
            sql: """
                INSERT INTO expenses(user_id, budget_id, name, amount, currency, date, account, payee_raw, memo, amount_text,
                                     bank_transaction_id, transaction_type, dedup_key, import_batch_id, category_id,
                                     category_source, category_detail, merchant_code)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(user_id, account, dedup_key) DO NOTHING
                """)
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
        let budgetID = try budget(for: e.date, currency: e.amount.currency)
        var categoryID = e.categoryID
        var source = e.categorySource
        var detail = e.categoryDetail
        if let label = e.categoryLabel {
            categoryID = try category(labelled: label)
            source = "file"
            detail = "the file's category column: '\(label)'"
        }
        try insertStatement.execute(arguments: [
            userID, budgetID, e.name, e.amount.minorUnits, e.amount.currency.code, e.date.isoString, e.account,
            e.payeeRaw,
            e.memo, e.amountText, e.bankTransactionID, e.transactionType, e.dedupKey, batchID, categoryID,
            categoryID == nil ? nil : source, categoryID == nil ? nil : detail, e.merchantCode,
        ])
        return db.changesCount > 0
    }

    /// The user's own category with exactly this name, created (kind expense) when missing.
    private func category(labelled label: String) throws -> Int64 {
        let name = String(label.prefix(100))
        if let id = categoryByLabel[name] { return id }
        let id: Int64
        if let found = try Int64.fetchOne(
            db, sql: "SELECT id FROM categories WHERE user_id = ? AND name = ? COLLATE NOCASE",
            arguments: [userID, name])
        {
            id = found
        } else {
            try db.execute(
                sql: "INSERT INTO categories(user_id, name, kind) VALUES (?, ?, 'expense')", arguments: [userID, name])
            id = db.lastInsertedRowID
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

    /// Records a statement's ledger balance.
    public func recordBalance(account: String, date: LocalDate, amount: Money) throws {
        try db.execute(
            sql:
                "INSERT INTO account_balances(user_id, account, date, amount, currency, import_batch_id) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [userID, account, date.isoString, amount.minorUnits, amount.currency.code, batchID])
    }
}
