import Foundation
import GoalKit
import GoalKitImport
import GoalKitTestSupport
import Testing

/// A character reference to a control character (`&#0;`) or to no character never puts a
/// control into a payee or memo, whichever parser decodes it.
@Suite struct ControlCharacterTests {
    typealias F = OFXFixture

    struct Case: Sendable, CustomStringConvertible {
        let written: String
        let read: String
        var description: String { written.unicodeScalars.map { $0.value < 0x20 ? "^\($0.value)" : "\($0)" }.joined() }
    }

    static let cases: [Case] = [
        Case(written: "A&#0;B", read: "AB"),
        Case(written: "A&#x0;B", read: "AB"),
        Case(written: "A&#X00;B", read: "AB"),
        Case(written: "A&#1;B&#27;C", read: "ABC"),
        Case(written: "A&#127;B", read: "AB"),
        Case(written: "A&#9;B", read: "A\tB"),
        Case(written: "A&#150;B", read: "A–B"),
        Case(written: "A&#x81;B", read: "AB"),
        Case(written: "A&#xD800;B", read: "AB"),
        Case(written: "A&#1114112;B", read: "AB"),
        Case(written: "A&#233;B", read: "AéB"),
        Case(written: "A&#;B", read: "A&#;B"),
        Case(written: "A\u{1}B\u{7F}C", read: "ABC"),
    ]

    @Test(arguments: cases)
    func ofx1DropsControls(_ c: Case) throws {
        let parsed = try inspect(F.simple([F.transaction("20240105", "-1", c.written, memo: c.written)]))
        #expect(parsed.lines.first?.payee == c.read)
        #expect(parsed.lines.first?.memo == c.read)
    }

    /// libxml2 decodes what XML allows (DEL, C1) and refuses `&#0;` (then the file is read
    /// the tolerant way): neither leaves a control behind.
    @Test(arguments: [("A&#x7F;B&#x96;C", "AB–C"), ("A&#0;B", "AB"), ("A&#x1B;B", "AB")])
    func ofx2DropsControls(_ written: String, _ read: String) throws {
        let content = XMLFormatTests.ofx2.replacingOccurrences(
            of: "<NAME>Employer</NAME>", with: "<NAME>\(written)</NAME>")
        let parsed = try inspect(content)
        #expect(parsed.lines.last?.payee == read)
    }

    @Test func camtDropsControls() throws {
        let content = F.camt([
            F.camtStatement([
                F.camtEntry("1.00", "DBIT", booked: "2024-01-04", party: "A&#x7F;B&#x9F;C", info: "X&#127;Y")
            ])
        ])
        let parsed = try inspect(content, name: "s.xml")
        #expect(parsed.lines.first?.payee == "ABŸC")
        #expect(parsed.lines.first?.memo == "XY")
    }
}
