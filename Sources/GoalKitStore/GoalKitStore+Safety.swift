import Foundation
import GRDB

extension GoalKitStore {
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
