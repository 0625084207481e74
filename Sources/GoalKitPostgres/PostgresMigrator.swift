import GoalKit

/// Brings a PostgreSQL database to the current schema: runs the migrations not yet recorded
/// in `goalkit_migrations`, each in a transaction of its own, under a session advisory lock
/// so processes migrating one database at once take turns.
public enum PostgresMigrator {
    /// The advisory lock key migrations take ("GoalKit" in ASCII).
    static let lockKey: Int64 = 0x476F_616C_4B69_74

    /// Every migration's name, in order (the same as the SQLite store's).
    public static var migrationNames: [String] { PostgresMigrations.all.map(\.name) }

    /// Applies what is missing.
    /// - Returns: the names of the migrations applied now.
    /// - Throws: `PostgresLinkError` (a failed migration leaves the ones before it applied).
    @discardableResult
    public static func migrate(_ link: PostgresLink) throws(PostgresLinkError) -> [String] {
        try link.execute("SELECT pg_advisory_lock($1)", [.int(lockKey)])
        defer { _ = try? link.execute("SELECT pg_advisory_unlock($1)", [.int(lockKey)]) }
        try link.execute(
            """
            CREATE TABLE IF NOT EXISTS goalkit_migrations (
                identifier text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
            """)
        let applied = Set(
            try link.rows("SELECT identifier FROM goalkit_migrations").map { row throws(PostgresLinkError) in
                try row.value(0, as: String.self)
            })
        var now: [String] = []
        for migration in PostgresMigrations.all where !applied.contains(migration.name) {
            do {
                try link.transaction {
                    for statement in migration.statements { try link.execute(statement) }
                    if migration.name == "v1 categories" { try seedCategories(link) }
                    try link.execute("INSERT INTO goalkit_migrations (identifier) VALUES ($1)", [.text(migration.name)])
                }
            } catch let error as PostgresLinkError {
                throw PostgresLinkError(
                    sqlState: error.sqlState, message: "migration '\(migration.name)': \(error.message)",
                    statement: error.statement)
            } catch {
                throw PostgresLinkError(sqlState: nil, message: String(describing: error), statement: nil)
            }
            now.append(migration.name)
        }
        return now
    }

    /// The shipped categories, as the SQLite store seeds them.
    static func seedCategories(_ link: PostgresLink) throws(PostgresLinkError) {
        for (parent, kind, children) in ShippedCategories.tree {
            let rows = try link.rows(
                "INSERT INTO categories (name, kind) VALUES ($1, $2) RETURNING id", [.text(parent), .text(kind)])
            guard let row = rows.first else {
                throw PostgresLinkError(sqlState: nil, message: "category '\(parent)' got no id", statement: nil)
            }
            let parentID = try row.value(0, as: Int64.self)
            for child in children {
                try link.execute(
                    "INSERT INTO categories (name, parent_id, kind) VALUES ($1, $2, $3)",
                    [.text(child), .int(parentID), .text(kind)])
            }
        }
    }
}
