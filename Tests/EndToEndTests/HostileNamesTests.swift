import Foundation
import GoalKitTestSupport
import Testing

/// A goal name holding terminal controls prints as `\xNN`: `goal list` and `goal show` can
/// neither clear the screen nor fake a row.
@Suite struct HostileNamesTests {
    @Test(arguments: [
        ("\u{1B}[2JTrip", "\\x1b[2JTrip"), ("Trip\rFake row", "Trip\\x0dFake row"),
        ("\u{07}\u{01}Bell", "\\x07\\x01Bell"),
        ("\u{9B}31mRed", "\\x9b31mRed"),
    ])
    func goalNamesPrintVisibly(name: String, shown: String) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("goalkit.sqlite")
        #expect(try GoalKitProcess.run(["init"], database: db).status == 0)
        let added = try GoalKitProcess.run(
            ["goal", "add", "--name", name, "--target", "100", "--category", "other"], database: db)
        #expect(added.status == 0, "\(added.stderr)")
        for command in [["goal", "list"], ["goal", "show", "1"]] {
            let result = try GoalKitProcess.run(command, database: db)
            #expect(result.stdout.contains(shown), "\(result.stdout.debugDescription)")
            #expect(
                !result.stdout.unicodeScalars.contains {
                    $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value))
                })
        }
    }
}
