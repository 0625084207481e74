import Foundation
import GoalKitTestSupport
import Testing

/// What reaches the user names the file or the column and the reason, never SQLite's or
/// Foundation's internals.
@Suite struct ErrorWordsTests {
    static let cases: [(name: String, command: [String], says: String)] = [
        (
            "a contribution past the money limit",
            ["goal", "contribute", "1", "99,999,990", "--source", "direct"],
            "goals.current_amount must be a whole number of minor units between -99,999,999.99 and 99,999,999.99"
        ),
        ("a report into a file", ["report", "goals", "--out", "FILE"], "FILE: not a directory"),
        (
            "a backup into a missing folder", ["backup", "DIR/missing/copy.sqlite"],
            "DIR/missing/copy.sqlite: cannot write the backup: No such file or directory"
        ),
    ]

    @Test(arguments: cases.map(\.name))
    func errorsSpeakTheUsersLanguage(_ name: String) throws {
        let c = try #require(Self.cases.first { $0.name == name })
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("goalkit.sqlite")
        let file = dir.write("plain.txt", "x")
        func fill(_ text: String) -> String {
            text.replacingOccurrences(of: "FILE", with: file).replacingOccurrences(of: "DIR", with: dir.path)
        }
        for setUp in [
            ["goal", "add", "--name", "Big", "--target", "10", "--category", "other"],
            ["goal", "contribute", "1", "99,999,990", "--source", "direct"],
        ] {
            #expect(try GoalKitProcess.run(setUp, database: db).status == 0)
        }
        let result = try GoalKitProcess.run(c.command.map(fill), database: db)
        #expect(result.status != 0)
        #expect(result.stderr.contains(fill(c.says)), "\(result.stderr)")
        for inside in ["NSCocoaErrorDomain", "CHECK constraint failed", "Code=", "SQLite error"] {
            #expect(!result.stderr.contains(inside), "\(result.stderr)")
        }
    }
}
