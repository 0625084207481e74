import Foundation
import GRDB
import GoalKitStorage

extension GoalKitStore {
    /// Maps an error of GRDB or SQLite to a `StoreError` in the user's words, naming the file.
    ///
    /// A damaged file (`SQLITE_CORRUPT`, `SQLITE_NOTADB`) is checked with `PRAGMA quick_check`
    /// and the first findings go into the message; a CHECK failure names its table and column.
    func map(_ error: any Error, doing action: String? = nil) -> StoreError {
        let mapped = GoalKitStore.map(error, path: path, doing: action)
        guard let dbError = error as? DatabaseError else { return mapped }
        switch mapped.kind {
        case .corrupt:
            let findings = (try? quickCheckFindings(limit: 3)) ?? []
            guard !findings.isEmpty, findings != ["ok"], let dbMessage = dbError.message else { return mapped }
            return StoreError.damaged(
                path ?? "the in-memory database", "\(dbMessage); quick_check: \(findings.joined(separator: "; "))")
        case .constraint where dbError.extendedResultCode == .SQLITE_CONSTRAINT_CHECK:
            guard let rule = CheckRule(message: dbError.message ?? "") else { return mapped }
            var tables = (try? tablesHolding(rule.expression)) ?? []
            if let table = GoalKitStore.table(written: dbError.sql), tables.contains(table) { tables = [table] }
            return StoreError(.constraint, "the database refused the change: \(rule.sentence(tables: tables))")
        default:
            return mapped
        }
    }

    /// The first findings `PRAGMA quick_check` prints, one line each (`["ok"]` for a sound file).
    func quickCheckFindings(limit: Int) throws -> [String] {
        let rows = try writer.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(\(max(1, limit)))") }
        let lines = rows.flatMap { $0.split(separator: "\n").map(String.init) }.filter { !$0.hasPrefix("*** ") }
        return Array(lines.prefix(limit))
    }

    /// The tables whose definition holds a CHECK expression.
    private func tablesHolding(_ expression: String) throws -> [String] {
        try writer.read { db in
            try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND instr(sql, ?) > 0 ORDER BY name",
                arguments: [expression])
        }
    }

    /// The table an `INSERT INTO t` or `UPDATE t` statement writes.
    static func table(written sql: String?) -> String? {
        guard let sql,
            let match = sql.firstMatch(
                of: /^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?)\s+"?(\w+)/.ignoresCase())
        else { return nil }
        return String(match.1)
    }

    /// Maps an error without asking the database anything more (while opening it).
    static func map(_ error: any Error, path: String?, doing action: String? = nil) -> StoreError {
        if let storeError = error as? StoreError { return storeError }
        let file = path ?? "the in-memory database"
        guard let dbError = error as? DatabaseError else {
            return StoreError(.io, "\(file): \(action.map { "\($0): " } ?? "")\(String(describing: error))")
        }
        let sqlite = dbError.message ?? "\(dbError.resultCode)"
        switch dbError.resultCode {
        case .SQLITE_CONSTRAINT:
            return StoreError(.constraint, "the database refused the change: \(sqlite)")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.busy, "another goalkit process is writing \(file); try again")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return StoreError.damaged(file, sqlite)
        case .SQLITE_FULL:
            return StoreError(
                .io, "\(file): \(action ?? "cannot write the database"): \(String(cString: strerror(ENOSPC)))")
        case .SQLITE_READONLY, .SQLITE_PERM:
            return StoreError(
                .io, "\(file): \(action ?? "cannot write the database"): \(String(cString: strerror(EACCES)))")
        case .SQLITE_CANTOPEN:
            return StoreError(.io, "\(file): \(action ?? "cannot open the database"): \(openFailureReason(file))")
        default:
            return StoreError(.io, "\(file): \(action.map { "\($0): " } ?? "")\(sqlite)")
        }
    }

    /// Why a file cannot be opened, in `strerror` words, from what the file system says.
    static func openFailureReason(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            return String(cString: strerror(ENOENT))
        }
        if !folder.isEmpty, !isDirectory.boolValue { return String(cString: strerror(ENOTDIR)) }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return String(cString: strerror(EISDIR))
        }
        return String(cString: strerror(EACCES))
    }

    static func describe(_ error: any Error) -> String {
        if let dbError = error as? DatabaseError { return dbError.message ?? "\(dbError.resultCode)" }
        return String(describing: error)
    }
}
