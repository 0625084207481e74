import Foundation
import GRDB
import GoalKitTestSupport
import Testing

/// The database file alone is the data, and `goalkit backup` makes a consistent copy.
@Suite(.serialized) struct BackupTests {
    /// The expenses in a file opened by itself (no `-wal` beside it), read-only.
    static func expensesInFileAlone(_ path: String, copiedTo folder: TemporaryDirectory) throws -> Int {
        let copy = folder.file("alone-\(UUID().uuidString).sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let queue = try DatabaseQueue(path: copy)
        return try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM expenses") ?? -1 }
    }

    @Test func afterAnImportTheMainFileAloneHoldsEveryRow() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("goalkit.sqlite")
        let file = dir.write("big.ofx", RobustnessTests.ofx(from: 1, through: 10_000))
        let imported = try GoalKitProcess.run(["import", file], database: db)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try Self.expensesInFileAlone(db, copiedTo: dir) == 10_000)
    }

    @Test func aBackupWhileAnotherConnectionReadsHoldsEveryRow() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("goalkit.sqlite")
        let file = dir.write("a.ofx", RobustnessTests.ofx(from: 1, through: 3_000))
        #expect(try GoalKitProcess.run(["import", file], database: db).status == 0)
        var unsafe = Configuration()
        unsafe.allowsUnsafeTransactions = true
        let reader = try DatabaseQueue(path: db, configuration: unsafe)
        try reader.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN DEFERRED")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM expenses") == 3_000)
        }
        let backup = try GoalKitProcess.run(["backup", dir.file("copy.sqlite")], database: db)
        try reader.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.file("copy.sqlite-wal")))
        #expect(try Self.expensesInFileAlone(dir.file("copy.sqlite"), copiedTo: dir) == 3_000)
        let copy = try DatabaseQueue(path: dir.file("copy.sqlite"))
        #expect(try copy.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") } == "ok")
    }

    @Test func anExistingFileIsReplacedOnlyWithForce() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("goalkit.sqlite")
        #expect(try GoalKitProcess.run(["init"], database: db).status == 0)
        let existing = dir.write("copy.sqlite", "keep me")
        let refused = try GoalKitProcess.run(["backup", existing], database: db)
        #expect(refused.status == 74)
        #expect(refused.stderr.contains("\(existing): File exists; --force replaces it"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "keep me")
        let forced = try GoalKitProcess.run(["backup", existing, "--force"], database: db)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Self.expensesInFileAlone(existing, copiedTo: dir) == 0)
    }

    @Test(arguments: ["postgres://goalkit@localhost/goalkit", "postgresql://localhost/goalkit"])
    func aPostgreSQLDatabaseIsBackedUpWithPgDump(_ url: String) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let result = try GoalKitProcess.run(["backup", dir.file("copy.sqlite"), "--db", url], database: url)
        #expect(result.status == 64)
        #expect(result.stderr.contains("pg_dump"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.file("copy.sqlite")))
    }
}
