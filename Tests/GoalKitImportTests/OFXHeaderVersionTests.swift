import Foundation
import GoalKitImport
import GoalKitTestSupport
import Testing

/// A header `VERSION` that no OFX specification defines is read, with a warning naming it.
@Suite struct OFXHeaderVersionTests {
    typealias F = OFXFixture

    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let content: String
        let warned: String?
        var description: String { name }
    }

    static let body = [F.transaction("20240105", "-12.50", "COFFEE", fitID: "A1")]
    static func sgml(_ version: String) -> String {
        F.file([F.bank(body)], header: F.header.replacingOccurrences(of: "VERSION:102", with: "VERSION:\(version)"))
    }
    static func xml(_ version: String) -> String {
        XMLFormatTests.ofx2.replacingOccurrences(of: "VERSION=\"211\"", with: "VERSION=\"\(version)\"")
    }

    static let cases: [Case] = [
        Case(name: "SGML 102", content: sgml("102"), warned: nil),
        Case(name: "SGML 160", content: sgml("160"), warned: nil),
        Case(name: "SGML 300", content: sgml("300"), warned: "300"),
        Case(name: "SGML 1.0.2", content: sgml("1.0.2"), warned: "1.0.2"),
        Case(name: "SGML CRLF 999", content: sgml("999").replacingOccurrences(of: "\n", with: "\r\n"), warned: "999"),
        Case(
            name: "SGML header in a comment",
            content: F.file([F.bank(body)], header: "<!-- OFXHEADER:100 DATA:OFXSGML VERSION:104 -->\n"),
            warned: "104"),
        Case(
            name: "SGML body under an XML declaration and an OFX PI",
            content: "<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\" VERSION=\"300\"?>\n"
                + F.file([F.bank(body)], header: ""),
            warned: "300"),
        Case(
            name: "SGML body under an XML declaration, no version",
            content: "<?xml version=\"1.0\"?>\n" + F.file([F.bank(body)], header: ""), warned: nil),
        Case(name: "XML 211", content: xml("211"), warned: nil),
        Case(name: "XML 220", content: xml("220"), warned: nil),
        Case(name: "XML 300", content: xml("300"), warned: "300"),
    ]

    @Test(arguments: cases)
    func warnsOnVersionsThatDoNotExist(_ c: Case) throws {
        let parsed = try inspect(c.content)
        #expect(parsed.lines.count >= 1)
        let warnings = parsed.warnings.filter { $0.message.contains("OFX header declares VERSION") }
        #expect(warnings.map(\.message).first?.contains("VERSION \(c.warned ?? ""),") == (c.warned.map { _ in true }))
        #expect(warnings.count == (c.warned == nil ? 0 : 1))
    }
}
