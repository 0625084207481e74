import Foundation
import GoalKitTestSupport
import Testing

/// `--db`: reading commands never create a database, writing ones do, URLs are never paths.
@Suite struct DatabaseOptionTests {
    static let readingCommands: [[String]] = [
        ["goal", "list"], ["goal", "show", "1"], ["expenses", "list"], ["imports", "list"], ["imports", "check"],
        ["user", "list"], ["categories", "list"], ["rules", "list"], ["profile", "list"], ["budget", "list"],
        ["contributions", "list"], ["recurring", "list"], ["cashflow"], ["recommendation", "list"],
        ["settings", "list"],
        ["report", "monthly", "--month", "2026-10"], ["import", "--dry-run", "FILE"], ["backup", "COPY"],
        // Commands that change what is there: nothing to change in a database that is not.
        ["imports", "undo", "1"], ["imports", "reread", "1"], ["goal", "archive", "1"], ["goal", "delete", "1"],
        ["goal", "contribute", "1", "5", "--source", "direct"], ["expenses", "categorize", "1", "Groceries"],
        ["recommend"], ["categorize"],
    ]

    static let writingCommands: [[String]] = [
        ["init"], ["user", "add", "bob"],
        ["goal", "add", "--name", "Trip", "--target", "100", "--category", "vacation"],
        ["import", "FILE"], ["rules", "add", "--match", "SHOP", "--category", "Groceries"],
        ["budget", "add", "--month", "2026-12", "--limit", "Groceries=400"],
        ["settings", "set", "cash_cushion_months", "6"],
    ]

    /// Each command and whether it writes: only `init` and writing commands create the
    /// database (and its folder); a reading one says there is none.
    static let commands: [(command: [String], writes: Bool)] =
        readingCommands.map { ($0, false) } + writingCommands.map { ($0, true) }

    @Test(arguments: commands)
    func onlyWritingCommandsCreateADatabase(_ c: (command: [String], writes: Bool)) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let file = dir.write("a.csv", "Date,Description,Amount\n2024-01-02,SHOP,-5.00\n")
        let db = dir.file("missing/dir/x.sqlite")
        let arguments = c.command.map { $0 == "FILE" ? file : $0 == "COPY" ? dir.file("copy.sqlite") : $0 }
        let result = try GoalKitProcess.run(arguments + ["--db", db], database: db)
        if c.writes {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: db))
        } else {
            #expect(result.status == 66, "\(result.stderr)")
            #expect(result.stderr.contains("no database at \(db) (goalkit init creates one)"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.file("missing")))
            #expect(!FileManager.default.fileExists(atPath: dir.file("copy.sqlite")))
        }
    }

    static let urls: [(value: String, status: Int32, message: String)] = [
        ("postgres://goalkit@localhost/goalkit", 64, "PostgreSQL (postgres://) is not supported by this build yet"),
        ("postgresql://localhost:5432/goalkit", 64, "PostgreSQL (postgres://) is not supported by this build yet"),
        ("http://example.com/x.sqlite", 64, "'http://' is not a database this build knows"),
        ("sqlite:///tmp/x.sqlite", 64, "'sqlite://' is not a database this build knows"),
    ]

    @Test(arguments: urls)
    func aURLIsNeverTakenForAPath(_ url: (value: String, status: Int32, message: String)) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        for command in [["init"], ["goal", "list"]] {
            let process = Process()
            process.executableURL = GoalKitProcess.executable
            process.arguments = command + ["--db", url.value]
            process.currentDirectoryURL = URL(fileURLWithPath: dir.path)
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == url.status, "\(message)")
            #expect(message.contains(url.message), "\(message)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
