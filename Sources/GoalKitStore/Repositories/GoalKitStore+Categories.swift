import GRDB
public import GoalKit
public import GoalKitStorage

extension GoalKitStore {
    /// The categories a user sees: the shipped taxonomy and their own, parents before children.
    /// - Throws: `StoreError`.
    public func categories(userID: Int64) throws(StoreError) -> [Category] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM categories WHERE user_id IS NULL OR user_id = ?
                    ORDER BY coalesce(parent_id, id), parent_id IS NOT NULL, name
                    """, arguments: [userID]
            ).map(Self.category)
        }
    }

    /// The category a user means by a name (case-insensitive; their own first), or nil.
    /// - Throws: `StoreError`.
    public func category(named name: String, userID: Int64) throws(StoreError) -> Category? {
        try read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT * FROM categories WHERE name = ? COLLATE NOCASE AND (user_id IS NULL OR user_id = ?)
                    ORDER BY user_id IS NULL LIMIT 1
                    """, arguments: [name, userID]
            ).map(Self.category)
        }
    }

    static func category(_ row: Row) throws -> Category {
        Category(
            id: row["id"], userID: row["user_id"], name: row["name"], parentID: row["parent_id"],
            kind: try row.choice("kind", as: CategoryKind.self))
    }
}
