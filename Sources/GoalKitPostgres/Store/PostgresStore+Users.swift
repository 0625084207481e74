public import GoalKit
public import GoalKitStorage
import PostgresNIO

extension PostgresStore {
    /// Adds a user, with a home currency of their own when one is given.
    /// - Throws: `StoreError.constraint` when the name is taken.
    public func addUser(_ user: User, homeCurrency: Currency? = nil) throws(StoreError) -> User {
        try write { link in
            if try !link.rows("SELECT 1 FROM users WHERE username = $1", [.text(user.username)]).isEmpty {
                throw StoreError(.constraint, "user '\(user.username)' already exists")
            }
            let id = try link.rows(
                "INSERT INTO users (username, email, password) VALUES ($1, $2, $3) RETURNING id",
                [.text(user.username), PostgresValue(user.email), .text(user.password)])[0].int("id")
            if let homeCurrency {
                try link.execute(
                    "INSERT INTO user_settings (user_id, key, value) VALUES ($1, 'home_currency', $2)",
                    [.int(id), .text(homeCurrency.code)])
            }
            return try Self.user(link.rows("SELECT * FROM users WHERE id = $1", [.int(id)])[0])
        }
    }

    /// The user of that name, if any.
    public func user(named name: String) throws(StoreError) -> User? {
        try read { link in
            try link.rows("SELECT * FROM users WHERE username = $1", [.text(name)]).first.map(Self.user)
        }
    }

    /// The user of that name, made (with an unusable password) when there is none.
    public func ensureUser(named name: String) throws(StoreError) -> User {
        try write { link in
            try link.execute(
                "INSERT INTO users (username, password) VALUES ($1, $2) ON CONFLICT (username) DO NOTHING",
                [.text(name), .text(User.unusablePassword)])
            return try Self.user(link.rows("SELECT * FROM users WHERE username = $1", [.text(name)])[0])
        }
    }

    /// Every user, by name.
    public func users() throws(StoreError) -> [User] {
        try read { link in try link.rows("SELECT * FROM users ORDER BY username").map(Self.user) }
    }

    static func user(_ row: PostgresRandomAccessRow) throws(StoreError) -> User {
        User(
            id: try row.int("id"), username: try row.text("username"), email: try row.optionalText("email"),
            password: try row.text("password"), createdAt: try row.stamp("created_at"))
    }
}
