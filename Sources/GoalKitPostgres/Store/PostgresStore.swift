import Foundation
public import GoalKit
public import GoalKitStorage

/// The PostgreSQL store: the same repositories as the SQLite store, over one connection.
///
/// Writes run in a transaction that first takes one advisory lock of the database, so writers
/// take turns as on SQLite (one writer at a time, across processes) and what an import reads
/// to decide (earlier lines, balances, corrections) cannot change under it; reads run in a
/// read-only repeatable-read transaction, so a report sees one state of the data.
public final class PostgresStore: @unchecked Sendable {
    /// The connection; its lock makes the store safe to share between threads.
    let link: PostgresLink

    /// Where the database is, without its password.
    public var location: PostgresLocation { link.location }

    /// The advisory lock key every write transaction holds ("GoalKitW").
    static let writeLockKey: Int64 = 0x476F_616C_4B69_7457

    /// Connects to a database and brings its schema up to date.
    /// - Parameter location: the server, database and credentials.
    /// - Throws: `StoreError` naming the server (never the password) when it cannot connect or
    ///   migrate.
    public init(_ location: PostgresLocation) throws(StoreError) {
        do {
            link = try PostgresLink.connect(location)
            try PostgresMigrator.migrate(link)
        } catch {
            throw error.storeError
        }
    }

    /// Connects to the database a `postgresql://` URL names.
    /// - Parameter url: the URL, read as libpq reads it (with `PG*` and `~/.pgpass`).
    public convenience init(url: String) throws(StoreError) {
        let location: PostgresLocation
        do { location = try PostgresLocation(url: url) } catch { throw StoreError(.io, "\(error)") }
        try self.init(location)
    }

    /// Runs reads in one read-only snapshot.
    func read<T>(_ body: (PostgresLink) throws -> T) throws(StoreError) -> T {
        do {
            return try link.transaction(begin: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") { try body(link) }
        } catch {
            throw PostgresStore.map(error)
        }
    }

    /// Runs a write transaction, holding the database's write lock.
    func write<T>(_ body: (PostgresLink) throws -> T) throws(StoreError) -> T {
        do {
            return try link.transaction(begin: "BEGIN") {
                try link.advisoryLock(PostgresStore.writeLockKey)
                return try body(link)
            }
        } catch {
            throw PostgresStore.map(error)
        }
    }

    /// A store error from whatever a transaction threw.
    static func map(_ error: any Error) -> StoreError {
        switch error {
        case let error as StoreError: error
        case let error as PostgresLinkError: error.storeError
        default: StoreError(.io, String(describing: error))
        }
    }
}
