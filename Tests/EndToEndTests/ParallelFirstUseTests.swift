import Foundation
import GRDB
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// Several processes opening one database that does not exist yet end with one schema.
@Suite(.serialized) struct ParallelFirstUseTests {
    static let commands: [[String]] = [
        ["init"], ["goal", "add", "--name", "Trip", "--target", "100", "--category", "vacation"],
        ["user", "add", "bob"], ["init", "--currency", "USD"],
    ]

    @Test func fourProcessesOnANewFileAllSucceedWithOneSchema() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        var failures: [String] = []
        for round in 1...10 {
            let db = dir.file("round-\(round)/goalkit.sqlite")
            let processes = try Self.commands.map { command -> (Process, Pipe) in
                let process = Process()
                process.executableURL = GoalKitProcess.executable
                process.arguments = command
                var env = ProcessInfo.processInfo.environment
                env["GOALKIT_DB"] = db
                process.environment = env
                let err = Pipe()
                process.standardError = err
                process.standardOutput = FileHandle.nullDevice
                return (process, err)
            }
            for (process, _) in processes { try process.run() }
            for (process, err) in processes {
                let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                if process.terminationStatus != 0 { failures.append("round \(round): \(message)") }
            }
            let queue = try DatabaseQueue(path: db)
            let (migrations, categories, tables) = try queue.read { db in
                (
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM categories WHERE user_id IS NULL") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                )
            }
            #expect(migrations == GoalKitStore.migrationNames.count)
            #expect(categories > 0)
            #expect(tables > 10)
        }
        #expect(failures.isEmpty, "\(failures.count) of 40 failed: \(failures.prefix(3))")
    }
}
