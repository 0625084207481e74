import Foundation
import GoalKitTestSupport
import Testing

/// The helper that runs programs reads both of a child's pipes at once.
@Suite struct ProcessRunnerTests {
    @Test(arguments: [(0, 200_000), (200_000, 0), (300_000, 300_000)])
    func aChildFillingEitherPipeEndsAndEveryByteArrives(outBytes: Int, errBytes: Int) throws {
        let script =
            "head -c \(errBytes) /dev/zero | tr '\\0' e >&2; head -c \(outBytes) /dev/zero | tr '\\0' o; exit 3"
        let result = try GoalKitProcess.runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", script])
        #expect(result.status == 3)
        #expect(result.stdout.utf8.count == outBytes && result.stdout.allSatisfy { $0 == "o" })
        #expect(result.stderr.utf8.count == errBytes && result.stderr.allSatisfy { $0 == "e" })
    }
}
