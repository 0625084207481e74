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
}
