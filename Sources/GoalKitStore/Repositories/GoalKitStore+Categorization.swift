import GRDB
public import GoalKit
public import GoalKitStorage

extension GoalKitStore {
    /// Adds a rule after the user's others.
    /// - Throws: `StoreError`.
    public func addRule(
        userID: Int64, pattern: String, categoryID: Int64, minimum: Money?, maximum: Money?,
        account: String?
    ) throws(StoreError) -> Int64 {
        try write { db in
            let position =
                (try Int.fetchOne(
                    db, sql: "SELECT max(position) FROM categorization_rules WHERE user_id = ?", arguments: [userID])
                    ?? 0) + 1
            try db.execute(
                sql: """
                    INSERT INTO categorization_rules(user_id, position, pattern, category_id, min_amount, max_amount, account)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [userID, position, pattern, categoryID, minimum?.minorUnits, maximum?.minorUnits, account])
            return db.lastInsertedRowID
        }
    }

    /// The user's rules in order.
    /// - Throws: `StoreError`.
    public func rules(userID: Int64, currency: Currency) throws(StoreError) -> [StoredRule] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.*, c.name AS category_name FROM categorization_rules r JOIN categories c ON c.id = r.category_id
                    WHERE r.user_id = ? ORDER BY r.position, r.id
                    """, arguments: [userID]
            ).map { row in
                StoredRule(
                    id: row["id"], position: row["position"], pattern: row["pattern"], categoryID: row["category_id"],
                    categoryName: row["category_name"],
                    minimum: (row["min_amount"] as Int64?).map { Money(minorUnits: $0, currency: currency) },
                    maximum: (row["max_amount"] as Int64?).map { Money(minorUnits: $0, currency: currency) },
                    account: row["account"])
            }
        }
    }

    /// Deletes a rule.
    /// - Throws: `StoreError` `.notFound`.
    public func deleteRule(id: Int64, userID: Int64) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "DELETE FROM categorization_rules WHERE id = ? AND user_id = ?", arguments: [id, userID])
            if db.changesCount == 0 { throw StoreError.notFound("rule", id) }
        }
    }

    /// The labels the categoriser learns from, over `expenses e`: the person's own but those for
    /// one line only (`LabelScope.line`), and the bank file's. Binds `teachingArgument`.
    static let teachingLabel = """
        (e.category_source = 'file' OR (e.category_source = 'user' AND ifnull(e.category_detail, '') NOT LIKE ?))
        """

    /// The value `teachingLabel` binds: a line-only label's reason, as a `LIKE` prefix.
    static var teachingArgument: String { LabelScope.lineOnlyMarker + "%" }

    /// A value that changes whenever the labels the categoriser learns from change (which
    /// expenses, which categories); a label for one line only is none of them.
    /// - Throws: `StoreError`.
    public func labelFingerprint(userID: Int64) throws(StoreError) -> String {
        try read { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT count(*) || ':' || total(e.id * 7919 + e.category_id) FROM expenses e
                    WHERE e.user_id = ? AND \(Self.teachingLabel) AND e.category_id IS NOT NULL
                    """, arguments: [userID, Self.teachingArgument]) ?? "0"
        }
    }

    /// The labelled expenses the categoriser learns from since a day (the user's own but those
    /// for one line only, and the bank file's), with their category names.
    /// - Throws: `StoreError`.
    public func labelledExpenses(userID: Int64, since: LocalDate) throws(StoreError) -> [(
        expense: Expense, category: String
    )] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.expenseColumns), c.name AS category_name
                    FROM expenses e JOIN categories c ON c.id = e.category_id
                    WHERE e.user_id = ? AND \(Self.teachingLabel) AND e.date >= ?
                    ORDER BY e.date, e.id
                    """, arguments: [userID, Self.teachingArgument, since.isoString]
            ).map { (try Self.expense($0), $0[Self.categoryNameColumn]) }
        }
    }

    /// The stored model and the fingerprint of the labels it learned from.
    /// - Throws: `StoreError`.
    public func categoryModel(userID: Int64) throws(StoreError) -> (fingerprint: String, json: String)? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT fingerprint, model FROM category_models WHERE user_id = ?", arguments: [userID]
            )
            .map { ($0["fingerprint"], $0["model"]) }
        }
    }

    /// Stores a trained model.
    /// - Throws: `StoreError`.
    public func saveCategoryModel(userID: Int64, fingerprint: String, json: String) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO category_models(user_id, fingerprint, model) VALUES (?, ?, ?)
                    ON CONFLICT(user_id) DO UPDATE SET fingerprint = excluded.fingerprint, model = excluded.model,
                        trained_at = strftime('%Y-%m-%d %H:%M:%f', 'now')
                    """, arguments: [userID, fingerprint, json])
        }
    }

    /// Sets an expense's category with its source and reason (nil category clears it).
    /// - Throws: `StoreError` `.notFound`.
    public func setCategory(expenseID: Int64, userID: Int64, categoryID: Int64?, source: String?, detail: String?)
        throws(StoreError)
    {
        try write { db in
            try db.execute(
                sql:
                    "UPDATE expenses SET category_id = ?, category_source = ?, category_detail = ? WHERE id = ? AND user_id = ?",
                arguments: [categoryID, source, detail, expenseID, userID])
            if db.changesCount == 0 { throw StoreError.notFound("expense", expenseID) }
        }
    }

    /// One expense with its category's name.
    /// - Throws: `StoreError` `.notFound`.
    public func expense(id: Int64, userID: Int64) throws(StoreError) -> ExpenseListingRow {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT \(Self.expenseColumns), c.name AS category_name
                        FROM expenses e LEFT JOIN categories c ON c.id = e.category_id
                        WHERE e.id = ? AND e.user_id = ?
                        """, arguments: [id, userID])
            else { throw StoreError.notFound("expense", id) }
            return ExpenseListingRow(expense: try Self.expense(row), categoryName: row[Self.categoryNameColumn])
        }
    }

    /// Re-decides the category of every expense the user has not labelled themselves, in one
    /// transaction, streaming through the rows.
    /// - Parameter decide: the category id, source and reason for an expense, or nil to clear it.
    /// - Returns: how many expenses now have a category, by source, and how many were left without.
    /// - Throws: `StoreError`.
    public func recategorize(userID: Int64, decide: (Expense) -> (categoryID: Int64, source: String, detail: String)?)
        throws(StoreError) -> (bySource: [String: Int], uncategorized: Int)
    {
        try write { db in
            let update = try db.makeStatement(
                sql: "UPDATE expenses SET category_id = ?, category_source = ?, category_detail = ? WHERE id = ?")
            var bySource: [String: Int] = [:]
            var none = 0
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT \(Self.expenseColumns) FROM expenses e WHERE e.user_id = ?
                    AND (e.category_source IS NULL OR (e.category_source <> 'user' AND e.category_source <> 'file'))
                    ORDER BY e.id
                    """, arguments: [userID])
            while let row = try cursor.next() {
                let expense = try Self.expense(row)
                let decision = decide(expense)
                if let decision { bySource[decision.source, default: 0] += 1 } else { none += 1 }
                if decision?.categoryID != expense.categoryID || decision?.source != expense.categorySource {
                    try update.execute(arguments: [
                        decision?.categoryID, decision?.source, decision?.detail, expense.id,
                    ])
                }
            }
            TestPause.at("categorize.before-commit")
            return (bySource, none)
        }
    }
}
