import Foundation
import GoalKitTestSupport
import Testing

/// A damaged database is found and refused, not read around or written into.
@Suite(.serialized) struct CorruptionTests {
    /// A database of 10,000 expenses, and a copy of it with bytes overwritten in the middle.
    static func damagedCopy(in dir: TemporaryDirectory) throws -> String {
        let db = dir.file("goalkit.sqlite")
        let file = dir.write("big.ofx", RobustnessTests.ofx(from: 1, through: 10_000))
        let imported = try GoalKitProcess.run(["import", file], database: db)
        #expect(imported.status == 0, "\(imported.stderr)")
        let copy = dir.file("copy.sqlite")
        try FileManager.default.copyItem(atPath: db, toPath: copy)
        let handle = try #require(FileHandle(forUpdatingAtPath: copy))
        let size = try handle.seekToEnd()
        try handle.seek(toOffset: (size / 2 / 4096) * 4096 + 100)
        handle.write(Data(repeating: 0xFF, count: 2_000))
        try handle.close()
        return copy
    }

    static let commands: [[String]] = [
        ["expenses", "list"], ["import", "SAMPLE"], ["init"], ["backup", "BACKUP"], ["goal", "list"],
    ]

    @Test(arguments: commands)
    func aDamagedFileIsRefusedWithWhatToDo(_ command: [String]) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let copy = try Self.damagedCopy(in: dir)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let sample = dir.write("more.csv", "Date,Description,Amount\n2025-01-02,ZEBRA CAFE,-5.00\n")
        let arguments = command.map { $0 == "SAMPLE" ? sample : $0 == "BACKUP" ? dir.file("backup.sqlite") : $0 }
        let result = try GoalKitProcess.run(arguments, database: copy)
        #expect(result.status == 74, "\(result.stderr)")
        #expect(result.stderr.contains("\(copy): the database file is damaged"), "\(result.stderr)")
        #expect(result.stderr.contains("restore a backup"))
        #expect(result.stderr.contains("sqlite3 \(copy) .recover"))
        // Nothing of the refused command reaches the file or its WAL. (GRDB's pool creates and
        // drops a table when it opens a file without a WAL, so SQLite's header counters and a
        // free page may move; no row does.)
        for suffix in ["", "-wal"] {
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: copy + suffix))) ?? Data()
            #expect(bytes.range(of: Data("ZEBRA CAFE".utf8)) == nil)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)).count <= before.count + 4096)
        #expect(!FileManager.default.fileExists(atPath: dir.file("backup.sqlite")))
    }
}
