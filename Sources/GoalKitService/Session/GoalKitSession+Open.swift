public import Foundation
public import GoalKitStorage
import GoalKitStore

extension GoalKitSession {
    /// Opens the store a `--db` value names: the one place that decides what a location
    /// becomes (a PostgreSQL store joins here).
    ///
    /// For `.read` a missing file is an error and nothing is created; for `.write` the file and
    /// its folder are created and migrated. Either way the file is checked with
    /// `PRAGMA quick_check` when that has not happened in the last day, so a damaged file is
    /// refused rather than read around or written into.
    /// - Parameters:
    ///   - location: the parsed `--db` value.
    ///   - access: whether the command writes.
    ///   - now: the time, for the daily check.
    /// - Throws: `ServiceError` `.usage` for PostgreSQL (not in this build), `.noInput` for a
    ///   missing database read, `.io` when the file cannot be opened or is damaged.
    public static func openStore(_ location: DatabaseLocation, for access: DatabaseAccess, now: Date = Date())
        throws(ServiceError) -> any DataStore
    {
        switch location {
        case .postgres:
            throw ServiceError(
                .usage, "--db: PostgreSQL (postgres://) is not supported by this build yet; give a SQLite file path")
        case .file(let path):
            return try openFile(path, for: access, now: now)
        }
    }

    /// Opens (for `.write` creating) the SQLite file at `path`, checked when due.
    /// - Throws: `ServiceError` `.noInput` for a missing database read, `.io` when the file
    ///   cannot be opened or is damaged.
    static func openFile(_ path: String, for access: DatabaseAccess, now: Date) throws(ServiceError) -> GoalKitStore {
        switch access {
        case .read, .update:
            guard FileManager.default.fileExists(atPath: path) else {
                throw ServiceError(.noInput, "no database at \(path) (goalkit init creates one)")
            }
        case .write:
            try createFolder(of: path)
        }
        let store = try service { try GoalKitStore(path: path) }
        try service { try store.quickCheckIfDue(now: now) }
        return store
    }

    /// Creates the folder a new database file goes into.
    static func createFolder(of path: String) throws(ServiceError) {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ServiceError(
                .io, FileErrorText.message(error, path: folder, doing: "cannot create the database folder"))
        }
    }

    /// Writes a consistent copy of the database to a file (`goalkit backup FILE`), checked with
    /// `PRAGMA quick_check` before it is put in place.
    /// - Parameters:
    ///   - location: the parsed `--db` value.
    ///   - file: the copy to write.
    ///   - force: whether an existing `file` may be replaced.
    /// - Throws: `ServiceError` `.usage` for PostgreSQL (`pg_dump` makes its backups), `.noInput`
    ///   when there is no database, `.io` when `file` exists or cannot be written.
    public static func backup(_ location: DatabaseLocation, to file: String, force: Bool) throws(ServiceError) {
        guard case .file(let path) = location else {
            throw ServiceError(
                .usage, "--db: a PostgreSQL database is backed up with pg_dump, not goalkit backup")
        }
        let store = try openFile(path, for: .read, now: Date())
        try service { try store.backup(to: file, replacing: force) }
    }
}
