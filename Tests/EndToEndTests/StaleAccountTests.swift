import Foundation
import GoalKitTestSupport
import Testing

/// A household whose checking statements stop at the end of September while the card goes on
/// to November, looked at on 2026-12-01 as a new user would: the window ends at checking's
/// horizon, and every report and `recommend` name the account that is behind.
@Suite struct StaleAccountTests {
    typealias H = HouseholdFixture
    static let note =
        "Account …7788's statements end 2026-09-30, 62 days before 2026-12-01: figures after that day are missing."

    static func household(_ dir: TemporaryDirectory) throws -> String {
        let db = dir.file("goalkit.sqlite")
        let checking = dir.write("checking.ofx", H.ofx(months: H.Month(2026, 1).through(H.Month(2026, 9))))
        let card = dir.write(
            "card.ofx",
            H.ofx(account: "4111000011114444", months: H.Month(2026, 1).through(H.Month(2026, 11))) { _ in
                [(14, "-42.00", "Corner Books")]
            })
        for arguments in [
            ["init"], ["import", checking, card],
            [
                "goal", "add", "--name", "Car", "--target", "12000", "--category", "vehicle", "--priority", "high",
                "--by", "2027-12-31", "--start", "2026-01-01",
            ],
        ] {
            let run = try GoalKitProcess.run(arguments, database: db)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
        }
        return db
    }

    @Test func theHouseholdWindowEndsAtTheHorizonOfTheAccountThatStopsFirst() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = try Self.household(dir)
        let flow = try GoalKitProcess.run(["cashflow", "--as-of", "2026-12-01"], database: db)
        #expect(flow.status == 0, "\(flow.stderr)")
        #expect(flow.stdout.contains("Free cash flow (the median net of April–September 2026 (6 months)): 1,462.01"))
        #expect(!flow.stdout.contains("2026-10"))
    }

    @Test func recommendNamesTheAccountThatIsBehind() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = try Self.household(dir)
        let table = try GoalKitProcess.run(["recommend", "--as-of", "2026-12-01"], database: db)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.hasPrefix("Note: \(Self.note)\n"))
        let json = try GoalKitProcess.run(["recommend", "--as-of", "2026-12-01", "--format", "json"], database: db)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stderr.contains("goalkit: note: \(Self.note)"))
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) is [Any])
    }

    @Test(arguments: [
        ["report", "goals", "--as-of", "2026-12-01"], ["report", "feedback", "--as-of", "2026-12-01"],
    ])
    func everyReportNamesTheAccountThatIsBehindFirst(_ command: [String]) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = try Self.household(dir)
        let out = dir.file("out")
        let run = try GoalKitProcess.run(command + ["--format", "all", "--out", out], database: db)
        #expect(run.status == 0, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        let markdown = try #require(files.first { $0.hasSuffix(".md") })
        let text = try String(contentsOfFile: out + "/" + markdown, encoding: .utf8)
        let firstNote = try #require(text.range(of: "> **Note:**"))
        #expect(text[firstNote.lowerBound...].hasPrefix("> **Note:** \(Self.note)"))
        // Before every section.
        #expect(text.range(of: "\n## ").map { firstNote.lowerBound < $0.lowerBound } ?? true)
        let jsonFile = try #require(files.first { $0.hasSuffix(".json") })
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/" + jsonFile)))
                as? [String: Any])
        #expect(object["notes"] as? [String] == [Self.note])
    }

    @Test(arguments: [("2026-11", true), ("2026-10", true), ("2026-09", false)])
    func theMonthlyReportNamesAnAccountWhoseDataStopsBeforeTheMonthEnds(_ month: String, _ named: Bool) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = try Self.household(dir)
        let out = dir.file("out")
        let run = try GoalKitProcess.run(
            ["report", "monthly", "--month", month, "--format", "json", "--out", out], database: db)
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: out + "/monthly-\(month).json"))) as? [String: Any])
        let notes = object["notes"] as? [String] ?? []
        #expect(notes.contains { $0.hasPrefix("Account …7788's statements end 2026-09-30") } == named)
    }
}
