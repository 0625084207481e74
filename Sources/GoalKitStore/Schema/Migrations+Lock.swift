import GRDB
import GoalKitStorage

extension Migrations {
    /// Applies the pending migrations so that several processes opening one new file at once
    /// end with one schema.
    ///
    /// GRDB's `DatabaseMigrator.migrate(_:)` reads the applied migrations outside any
    /// transaction and then runs each one in its own `BEGIN IMMEDIATE`: a second process that
    /// read "nothing applied" before the first one committed creates the same tables again
    /// ("table categories already exists"), and it cannot run inside an outer transaction
    /// (its `inTransaction` would nest). So the list is applied here, in one
    /// `BEGIN EXCLUSIVE` transaction (the other processes wait in the busy timeout), and the
    /// applied migrations are read again inside the lock. Foreign keys are off while the
    /// migrations run, as GRDB does it, and checked before the commit. The bookkeeping
    /// table is GRDB's `grdb_migrations`, so databases made before keep working.
    static func migrate(_ writer: any DatabaseWriter) throws {
        if try writer.read({ db in try pending(db).isEmpty }) { return }
        try writer.barrierWriteWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            try db.inTransaction(.exclusive) {
                try db.execute(
                    sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                for migration in try pending(db) {
                    try migration.body(db)
                    try db.execute(
                        sql: "INSERT INTO grdb_migrations(identifier) VALUES (?)", arguments: [migration.name])
                }
                try db.checkForeignKeys()
                return .commit
            }
        }
    }

    /// The migrations not applied yet, in order.
    static func pending(_ db: Database) throws -> [(name: String, body: @Sendable (Database) throws -> Void)] {
        let applied = try migrator.appliedIdentifiers(db)
        return all.filter { !applied.contains($0.name) }
    }
}
