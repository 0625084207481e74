import Foundation
import GoalKitTestSupport
import Testing

/// `goalkit demo` writes, byte for byte, the reports kept in `Reports/`.
@Suite struct DemoTests {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    @Test func theDemoReproducesTheCommittedReports() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let out = dir.file("reports")
        let process = Process()
        process.executableURL = GoalKitProcess.executable
        process.arguments = ["demo", "--out", out, "--samples", Self.root.appendingPathComponent("Samples").path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let golden = Self.root.appendingPathComponent("Reports").path
        let expected = try FileManager.default.contentsOfDirectory(atPath: golden).sorted()
        let written = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(written == expected)
        #expect(
            expected.contains("monthly-2026-10.md") && expected.contains("goals-2026-10-31.json")
                && expected.contains("feedback-2026-10-31-by_type.csv"))
        for name in expected {
            let a = FileManager.default.contents(atPath: golden + "/" + name)
            let b = FileManager.default.contents(atPath: out + "/" + name)
            #expect(a == b, "\(name) differs from Reports/")
        }
    }

    /// The demo's database, kept, answers for September as September stood: 5,500.00 saved in
    /// the emergency fund (the October contribution is not counted), and the EUR account has its
    /// own part.
    @Test func theKeptDemoDatabaseShowsSeptemberAsOfSeptember() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("demo.sqlite")
        let demo = try GoalKitProcess.run(
            [
                "demo", "--out", dir.file("reports"), "--samples", Self.root.appendingPathComponent("Samples").path,
                "--keep-db", db,
            ], database: dir.file("unused.sqlite"))
        #expect(demo.status == 0, "\(demo.stderr)")
        let again = try GoalKitProcess.run(
            ["demo", "--out", dir.file("again"), "--keep-db", db], database: dir.file("unused.sqlite"))
        #expect(again.status == 64)
        let report = try GoalKitProcess.run(
            ["report", "monthly", "--month", "2026-09", "--format", "json", "--out", dir.file("sep")], database: db)
        #expect(report.status == 0, "\(report.stderr)")
        let data = try #require(FileManager.default.contents(atPath: dir.file("sep") + "/monthly-2026-09.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let currencies = try #require(object["currencies"] as? [String: Any])
        #expect(Set(currencies.keys) == ["USD", "EUR"])
        let usd = try #require(currencies["USD"] as? [String: Any])
        let goals = try #require((usd["tables"] as? [String: Any])?["goals"] as? [[String: Any]])
        let fund = try #require(goals.first { $0["goal"] as? String == "Emergency fund" })
        #expect(fund["saved"] as? String == "5500.00")
    }
}
