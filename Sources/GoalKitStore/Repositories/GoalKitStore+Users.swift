import GRDB
public import GoalKit
public import GoalKitStorage

extension GoalKitStore {
    /// Adds a user.
    /// - Throws: `StoreError` (`.constraint` when the name is taken).
    public func addUser(_ user: User, homeCurrency: Currency? = nil) throws(StoreError) -> User {
        try write { db in
            if try Int.fetchOne(db, sql: "SELECT 1 FROM users WHERE username = ?", arguments: [user.username]) != nil {
                throw StoreError(.constraint, "user '\(user.username)' already exists")
            }
            try db.execute(
                sql: "INSERT INTO users(username, email, password) VALUES (?, ?, ?)",
                arguments: [user.username, user.email, user.password])
            let id = db.lastInsertedRowID
            if let homeCurrency {
                try db.execute(
                    sql: "INSERT INTO user_settings(user_id, key, value) VALUES (?, 'home_currency', ?)",
                    arguments: [id, homeCurrency.code])
            }
            return try Self.fetchUser(db, id: id)!
        }
    }

    /// The user with a name, or nil.
    /// - Throws: `StoreError`.
    public func user(named name: String) throws(StoreError) -> User? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM users WHERE username = ?", arguments: [name]).map(Self.user)
        }
    }

    /// The user with a name, created (with an unusable password) when missing.
    /// - Throws: `StoreError`.
    public func ensureUser(named name: String) throws(StoreError) -> User {
        try write { db in
            try db.execute(
                sql: "INSERT INTO users(username, password) VALUES (?, ?) ON CONFLICT(username) DO NOTHING",
                arguments: [name, User.unusablePassword])
            let row = try Row.fetchOne(db, sql: "SELECT * FROM users WHERE username = ?", arguments: [name])!
            return Self.user(row)
        }
    }

    /// Every user, by name.
    /// - Throws: `StoreError`.
    public func users() throws(StoreError) -> [User] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM users ORDER BY username").map(Self.user) }
    }

    static func fetchUser(_ db: Database, id: Int64) throws -> User? {
        try Row.fetchOne(db, sql: "SELECT * FROM users WHERE id = ?", arguments: [id]).map(user)
    }

    static func user(_ row: Row) -> User {
        User(
            id: row["id"], username: row["username"], email: row["email"], password: row["password"],
            createdAt: row["created_at"])
    }
}
