import Foundation
import GoalKit
import GoalKitReport
import GoalKitTestSupport
import Testing

/// Report files are written whole or not at all, never through a symbolic link: a link named
/// like a report is replaced by the report and its target left alone; a failed write leaves
/// the old file whole and no temporary file behind.
@Suite struct ReportWriteTests {
    static let names = [
        "monthly-2024-06.md", "monthly-2024-06-spending.svg", "monthly-2024-06-categories.csv", "monthly-2024-06.json",
    ]
    static func files() throws -> Set<String> {
        Set(ReportRenderer.files(try ReportRenderingTests.report, format: .all).map(\.name))
    }

    static func entries(_ folder: String) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: folder))
    }

    static func isLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }

    @Test(arguments: names)
    func aLinkNamedLikeAReportLeavesItsTargetAlone(name: String) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let outside = dir.write("precious.txt", "keep me\n")
        let out = dir.file("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: out + "/" + name, withDestinationPath: outside)
        _ = try ReportRenderer.write(try ReportRenderingTests.report, format: .all, to: out)
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "keep me\n")
        #expect(!Self.isLink(out + "/" + name))
        #expect(try Self.entries(out) == Self.files())
    }

    @Test(arguments: names)
    func aDanglingLinkCreatesNothingOutside(name: String) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let out = dir.file("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: out + "/" + name, withDestinationPath: dir.file("created"))
        _ = try ReportRenderer.write(try ReportRenderingTests.report, format: .all, to: out)
        #expect(!FileManager.default.fileExists(atPath: dir.file("created")))
        #expect(try Self.entries(dir.path) == ["out"])
        #expect(try Self.entries(out) == Self.files())
    }

    /// (what fails, the reason printed): a full disk after 4,096 bytes, a folder in the way.
    @Test(arguments: [("full disk", "no space left on device"), ("folder in the way", "is a directory")])
    func aFailedWriteLeavesNoPartialFile(failure: String, reason: String) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let target = dir.file("monthly-2024-06.md")
        let content = String(repeating: "| a row of a good report |\n", count: 1_000)
        var writeBytes = ReportFileWriter.systemWrite
        if failure == "full disk" {
            dir.write("monthly-2024-06.md", "the good old report\n")
            writeBytes = { fd, buffer, count in
                // The first 4,096 bytes fit, then the disk is full.
                guard lseek(fd, 0, SEEK_CUR) < 4_096 else {
                    errno = ENOSPC
                    return -1
                }
                return ReportFileWriter.systemWrite(fd, buffer, min(count, 4_096))
            }
        } else {
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        }
        #expect {
            try ReportFileWriter.write(content, named: "monthly-2024-06.md", in: dir.path, using: writeBytes)
        } throws: { error in
            "\(error)" == "\(target): \(reason)"
        }
        #expect(try Self.entries(dir.path) == ["monthly-2024-06.md"])
        if failure == "full disk" {
            #expect(try String(contentsOfFile: target, encoding: .utf8) == "the good old report\n")
        }
    }

    /// `--out` naming a file (or a path under one) is refused with the system's reason, not
    /// Foundation's `NSCocoaErrorDomain` text.
    @Test(arguments: ["file", "file/sub"])
    func anOutputFolderThatIsAFileIsRefused(out: String) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let file = dir.write("file", "not a folder\n")
        #expect {
            try ReportRenderer.write(try ReportRenderingTests.report, format: .md, to: dir.file(out))
        } throws: { error in
            "\(error)" == "\(file): not a directory"
        }
        #expect(try Self.entries(dir.path) == ["file"])
    }
}
