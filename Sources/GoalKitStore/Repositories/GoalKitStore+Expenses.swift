import Foundation
import GRDB
public import GoalKit
public import GoalKitStorage

extension GoalKitStore {
    /// A user's expenses, by date then id.
    /// - Throws: `StoreError`.
    public func expenses(userID: Int64, filter: ExpenseFilter = ExpenseFilter()) throws(StoreError)
        -> [ExpenseListingRow]
    {
        let (condition, arguments) = Self.condition(userID: userID, filter)
        let sql = """
            SELECT \(Self.expenseColumns), c.name AS category_name
            FROM expenses e LEFT JOIN categories c ON c.id = e.category_id
            WHERE \(condition) ORDER BY e.date, e.id
            """
        return try read { db in
            var rows: [ExpenseListingRow] = []
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try cursor.next() {
                rows.append(
                    ExpenseListingRow(expense: try Self.expense(row), categoryName: row[Self.categoryNameColumn]))
            }
            return rows
        }
    }

    /// How many of a user's expenses a filter keeps.
    /// - Throws: `StoreError`.
    public func expenseCount(userID: Int64, filter: ExpenseFilter) throws(StoreError) -> Int {
        let (condition, arguments) = Self.condition(userID: userID, filter)
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM expenses e WHERE \(condition)", arguments: arguments) ?? 0
        }
    }

    /// The `WHERE` condition of a filter over `expenses e`, with its bound values.
    static func condition(userID: Int64, _ filter: ExpenseFilter) -> (String, StatementArguments) {
        var sql = "e.user_id = ?"
        var arguments: StatementArguments = [userID]
        if let month = filter.month {
            sql += " AND e.date BETWEEN ? AND ?"
            arguments += [month.firstDay.isoString, month.lastDay.isoString]
        }
        if let from = filter.from {
            sql += " AND e.date >= ?"
            arguments += [from.isoString]
        }
        if let through = filter.through {
            sql += " AND e.date <= ?"
            arguments += [through.isoString]
        }
        if let account = filter.account {
            sql += " AND e.account = ?"
            arguments += [account]
        }
        if let category = filter.category {
            sql += """
                 AND e.category_id IN (SELECT id FROM categories WHERE name = ? COLLATE NOCASE
                     UNION SELECT id FROM categories WHERE parent_id IN (SELECT id FROM categories WHERE name = ? COLLATE NOCASE))
                """
            arguments += [category, category]
        }
        if let search = filter.search {
            sql += " AND (e.payee_raw LIKE ? ESCAPE '\\' OR e.name LIKE ? ESCAPE '\\' OR e.memo LIKE ? ESCAPE '\\')"
            let escaped = search.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            let pattern = "%\(escaped)%"
            arguments += [pattern, pattern, pattern]
        }
        if filter.uncategorized { sql += " AND e.category_id IS NULL AND e.amount < 0 AND e.is_transfer = 0" }
        return (sql, arguments)
    }

    /// How many expenses a user has.
    /// - Throws: `StoreError`.
    public func expenseCount(userID: Int64) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM expenses WHERE user_id = ?", arguments: [userID]) ?? 0
        }
    }

    /// The columns `expense(_:)` reads, in its order (by position: looking columns up by name
    /// costs more than the rest of the decoding together). A category name may follow, at
    /// `categoryNameColumn`.
    static let expenseColumns = """
        e.id, e.user_id, e.budget_id, e.name, e.amount, e.currency, e.date, e.category_id, e.account, e.payee_raw,
        e.memo, e.amount_text, e.bank_transaction_id, e.transaction_type, e.dedup_key, e.import_batch_id,
        e.category_source, e.category_detail, e.merchant_code, e.is_transfer, e.transfer_expense_id
        """
    static let categoryNameColumn = 21

    static func expense(_ row: Row) throws -> Expense {
        let code: String = row[5]
        let currency = try Currency.known[code] ?? Currency(code: code)
        let day: String = row[6]
        guard let date = LocalDate(iso: day) else { throw StoreError(.io, "stored date '\(day)' is not a date") }
        var expense = Expense(
            id: row[0], userID: row[1], budgetID: row[2], name: row[3],
            amount: Money(minorUnits: row[4], currency: currency), date: date,
            categoryID: row[7], account: row[8], payeeRaw: row[9], memo: row[10],
            amountText: row[11], bankTransactionID: row[12],
            transactionType: row[13], dedupKey: row[14], importBatchID: row[15],
            categorySource: row[16], categoryDetail: row[17],
            merchantCode: row[18])
        expense.isTransfer = row[19] ?? false
        expense.transferExpenseID = row[20]
        return expense
    }
}
