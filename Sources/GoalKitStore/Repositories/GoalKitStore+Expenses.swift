import Foundation
import GRDB
public import GoalKit

/// Which expenses `expenses list` shows.
public struct ExpenseFilter: Sendable {
    /// Only this month.
    public var month: YearMonth?
    /// Only this account.
    public var account: String?
    /// Only this category (by name, case-insensitive; its sub-categories too).
    public var category: String?
    /// Only lines whose payee or memo contains this text (case-insensitive).
    public var search: String?
    /// Only lines on or after this day.
    public var from: LocalDate?
    /// Only lines on or before this day.
    public var through: LocalDate?

    /// No filter.
    public init(month: YearMonth? = nil, account: String? = nil, category: String? = nil, search: String? = nil) {
        self.month = month
        self.account = account
        self.category = category
        self.search = search
    }
}

/// An expense with the names a listing shows beside it.
public struct ExpenseListingRow: Sendable {
    /// The expense.
    public var expense: Expense
    /// Its category's name, if it has one.
    public var categoryName: String?
}

extension GoalKitStore {
    /// A user's expenses, by date then id.
    /// - Throws: `StoreError`.
    public func expenses(userID: Int64, filter: ExpenseFilter = ExpenseFilter()) throws(StoreError)
        -> [ExpenseListingRow]
    {
        var sql = """
            SELECT e.*, c.name AS category_name FROM expenses e LEFT JOIN categories c ON c.id = e.category_id
            WHERE e.user_id = ?
            """
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
        sql += " ORDER BY e.date, e.id"
        let finalSQL = sql
        let finalArguments = arguments
        return try read { db in
            try Row.fetchAll(db, sql: finalSQL, arguments: finalArguments).map { row in
                ExpenseListingRow(expense: try Self.expense(row), categoryName: row["category_name"])
            }
        }
    }

    /// How many expenses a user has.
    /// - Throws: `StoreError`.
    public func expenseCount(userID: Int64) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM expenses WHERE user_id = ?", arguments: [userID]) ?? 0
        }
    }

    static func expense(_ row: Row) throws -> Expense {
        var expense = Expense(
            id: row["id"], userID: row["user_id"], budgetID: row["budget_id"], name: row["name"],
            amount: row.money("amount", currency: try row.currency("currency")), date: try row.date("date"),
            categoryID: row["category_id"], account: row["account"], payeeRaw: row["payee_raw"], memo: row["memo"],
            amountText: row["amount_text"], bankTransactionID: row["bank_transaction_id"],
            transactionType: row["transaction_type"], dedupKey: row["dedup_key"], importBatchID: row["import_batch_id"],
            categorySource: row["category_source"], categoryDetail: row["category_detail"],
            merchantCode: row["merchant_code"])
        expense.isTransfer = row["is_transfer"] ?? false
        return expense
    }
}
