import Foundation
public import GRDB
import GoalKit
public import GoalKitStorage

/// The SQLite database of GoalKit: the only place that knows SQL.
///
/// Opening a store creates the file when missing and applies every pending migration. Every
/// method runs in one transaction, so a failed call leaves the database as it was.
///
/// ```swift
/// let store = try GoalKitStore(path: "/tmp/goalkit.sqlite")
/// let user = try store.ensureUser(named: "default")
/// ```
public final class GoalKitStore: DataStore {
    /// The GRDB connection pool (WAL) or queue (in memory). Not public: an app that observes
    /// the tables hands its own writer to `init(writer:)`; tests reach it within the package.
    package let writer: any DatabaseWriter

    /// The database file, or nil in memory; errors name it.
    public let path: String?

    /// Opens (creating and migrating when needed) the database at `path`.
    ///
    /// Migrations run under an exclusive lock, so processes opening one new file at once wait
    /// for each other and end with one schema.
    /// - Parameters:
    ///   - path: the SQLite file.
    ///   - busyTimeout: how long a writer waits for another process's transaction, in seconds.
    /// - Throws: `StoreError` of kind `.io` when the file cannot be opened or migrated, `.busy`
    ///   when another process held it past the timeout, `.corrupt` when it is damaged.
    public init(path: String, busyTimeout: Double = GoalKitStore.defaultBusyTimeout) throws(StoreError) {
        self.path = path
        // Opening a new file switches it to WAL, which SQLite may refuse at once (busy, with no
        // wait) while another process does the same: such a refusal is tried again, briefly
        // and within the busy timeout, so processes opening one new file all succeed.
        let started = Date()
        var attempt = 0
        func again(_ error: DatabaseError) -> Bool {
            guard error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED, attempt < 40,
                Date().timeIntervalSince(started) < busyTimeout
            else { return false }
            attempt += 1
            Thread.sleep(forTimeInterval: 0.02 * Double(attempt))
            return true
        }
        var opened: DatabasePool?
        while opened == nil {
            let pool: DatabasePool
            do {
                pool = try DatabasePool(path: path, configuration: GoalKitStore.configuration(busyTimeout: busyTimeout))
            } catch let error as DatabaseError where again(error) {
                continue
            } catch {
                throw GoalKitStore.map(error, path: path, doing: "cannot open the database")
            }
            do {
                try Migrations.migrate(pool)
                opened = pool
            } catch let error as DatabaseError where again(error) {
                continue
            } catch {
                writer = pool
                throw map(error, doing: "cannot migrate the database")
            }
        }
        writer = opened!
    }

    /// A store over an app's own GRDB writer (a `DatabasePool` or `DatabaseQueue`), migrated:
    /// GRDB's `ValueObservation` sees only changes made through the same writer, so an app
    /// observing `expenses` sees what GoalKit imports.
    /// - Parameter writer: the app's writer; it must enforce foreign keys (GRDB's default).
    /// - Throws: `StoreError` `.io` when the writer has foreign keys off (the schema's cascades
    ///   would silently not run) or migrating fails.
    public init(writer: any DatabaseWriter) throws(StoreError) {
        path = writer.path == ":memory:" || writer.path.isEmpty ? nil : writer.path
        self.writer = writer
        guard writer.configuration.foreignKeysEnabled else {
            throw StoreError(.io, "the database writer has foreign keys off; GoalKit needs them on")
        }
        do { try Migrations.migrate(writer) } catch { throw map(error, doing: "cannot migrate the database") }
    }

    /// Opens a private in-memory database, migrated (for tests and dry runs).
    /// - Throws: `StoreError` when migrating fails.
    public init() throws(StoreError) {
        path = nil
        do {
            writer = try DatabaseQueue(configuration: GoalKitStore.configuration(busyTimeout: 0))
            try Migrations.migrate(writer)
        } catch {
            throw StoreError(.io, "cannot create an in-memory database: \(GoalKitStore.describe(error))")
        }
    }

    /// How long a command waits for another process's transaction: 30 seconds.
    public static let defaultBusyTimeout: Double = 30

    /// Ends the store with a passive checkpoint, so the main file holds what was committed
    /// and a copy of it alone (without `-wal`) is the data. Passive: it never waits for
    /// readers, and what they still hold stays in the WAL until a later checkpoint. Every
    /// command's store ends here, writing or not.
    deinit {
        guard writer is DatabasePool else { return }
        try? writer.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
    }

    /// The names of the migrations, in the order they are applied.
    public static var migrationNames: [String] { Migrations.migrator.migrations }

    /// Applies every pending migration again (a no-op when up to date).
    /// - Throws: `StoreError` when migrating fails.
    public func migrate() throws(StoreError) {
        do { try Migrations.migrate(writer) } catch { throw map(error, doing: "cannot migrate the database") }
    }

    private static func configuration(busyTimeout: Double) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        if busyTimeout > 0 { config.busyMode = .timeout(busyTimeout) }
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -8192")
        }
        return config
    }

    /// Runs a read in a snapshot, mapping database errors to `StoreError`.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try writer.read(body) } catch { throw map(error) }
    }

    /// Runs a write in one transaction, mapping database errors to `StoreError`.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try writer.write(body) } catch { throw map(error) }
    }
}
