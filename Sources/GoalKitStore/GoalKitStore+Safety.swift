public import Foundation
import GRDB
public import GoalKitStorage

extension GoalKitStore {
    /// Checks the file with `PRAGMA quick_check` (every page and every row's format, without
    /// comparing indexes to tables; seconds on a million expenses).
    /// - Throws: `StoreError` `.corrupt` naming the file, what the check found, and how to
    ///   restore it.
    public func quickCheck() throws(StoreError) {
        let findings: [String]
        do { findings = try quickCheckFindings(limit: 3) } catch { throw map(error) }
        guard findings != ["ok"] else { return }
        let file = path ?? "the in-memory database"
        throw StoreError.damaged(file, "quick_check: " + findings.joined(separator: "; "))
    }

    /// Runs `quickCheck()` when it has not run on this file in the last day, and records when it
    /// ran (the `settings` key `quick_check_at:` followed by the file's absolute path, so a
    /// copy or a moved file is checked anew). A record that cannot be written (a read-only
    /// file) only means the check runs again next time.
    /// - Parameter now: the time (the clock by default).
    /// - Throws: `StoreError` `.corrupt` when the file is damaged.
    public func quickCheckIfDue(now: Date = Date()) throws(StoreError) {
        guard let path else { return }
        let key = "quick_check_at:" + URL(fileURLWithPath: path).standardizedFileURL.path
        let last = try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key])
        }
        let seconds = Int64(now.timeIntervalSince1970)
        if let last, let at = Int64(last), at <= seconds, seconds - at < 86_400 { return }
        try quickCheck()
        try? write { db in
            try db.execute(
                sql:
                    "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                arguments: [key, String(seconds)])
        }
    }

    /// Writes a consistent copy of the database to `destination` with SQLite's online backup,
    /// from one read snapshot (other processes go on reading and writing meanwhile), checks the
    /// copy with `PRAGMA quick_check`, and only then puts it in place (a rename).
    /// - Parameters:
    ///   - destination: the file to write.
    ///   - replacing: whether an existing `destination` may be replaced.
    /// - Throws: `StoreError` `.io` when `destination` exists (and `replacing` is false), is the
    ///   database itself, or cannot be written; `.corrupt` when the copy fails its check.
    public func backup(to destination: String, replacing: Bool) throws(StoreError) {
        let target = URL(fileURLWithPath: destination).standardizedFileURL.path
        if let path, URL(fileURLWithPath: path).standardizedFileURL.path == target {
            throw StoreError(.io, "\(destination): that is the database itself; name another file")
        }
        if FileManager.default.fileExists(atPath: target), !replacing {
            throw StoreError(.io, "\(destination): \(String(cString: strerror(EEXIST))); --force replaces it")
        }
        let partial = target + ".partial-\(getpid())"
        defer { for suffix in ["", "-wal", "-shm", "-journal"] { unlink(partial + suffix) } }
        do {
            let copy = try DatabaseQueue(path: partial)
            try writer.backup(to: copy)
            let findings = try copy.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(3)") }
            try copy.close()
            guard findings == ["ok"] else {
                throw StoreError(
                    .corrupt, "\(destination): the copy fails its check (\(findings.joined(separator: "; ")))")
            }
        } catch {
            throw GoalKitStore.map(error, path: destination, doing: "cannot write the backup")
        }
        guard rename(partial, target) == 0 else {
            throw StoreError(.io, "\(destination): cannot write the backup: \(String(cString: strerror(errno)))")
        }
    }
}
