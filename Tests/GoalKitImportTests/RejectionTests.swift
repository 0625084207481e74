import Foundation
import GoalKit
import GoalKitImport
import GoalKitTestSupport
import Testing

/// Broken files: each a clear error saying where, never a crash, never a silent success.
@Suite struct RejectionTests {
    typealias F = OFXFixture

    struct Broken: Sendable, CustomStringConvertible {
        let name: String
        let content: String
        let kind: ImportError.Kind
        let message: String
        var line: Int? = nil
        var description: String { name }
    }

    static let good = F.simple([F.transaction("20240105", "-12.50", "COFFEE", fitID: "A1")])

    /// The 1-based line of the good file that starts with a tag.
    static func lineOf(_ tag: String) -> Int {
        good.components(separatedBy: "\n").firstIndex { $0.hasPrefix(tag) }! + 1
    }

    static let cases: [Broken] = [
        Broken(name: "empty file", content: "", kind: .unknownFormat, message: "the file is empty"),
        Broken(name: "blank file", content: "\n  \n", kind: .unknownFormat, message: "the file is empty"),
        Broken(
            name: "plain text", content: "this is totally not an ofx file", kind: .unknownFormat,
            message: "not a bank statement"),
        Broken(
            name: "binary", content: "PK" + String(decoding: (0..<200).map { UInt8($0 % 32) }, as: UTF8.self),
            kind: .unknownFormat, message: "binary"),
        Broken(
            name: "truncated", content: String(good.prefix(good.count - 60)), kind: .truncated,
            message: "ends before </OFX>"),
        Broken(
            name: "bad date", content: good.replacingOccurrences(of: "20240105", with: "20240231"), kind: .badValue,
            message: "invalid DTPOSTED '20240231'", line: lineOf("<DTPOSTED>")),
        Broken(
            name: "zero date", content: good.replacingOccurrences(of: "20240105", with: "00000000"), kind: .badValue,
            message: "invalid DTPOSTED"),
        Broken(
            name: "no date", content: good.replacingOccurrences(of: "<DTPOSTED>20240105\n", with: ""), kind: .badValue,
            message: "has no DTPOSTED"),
        Broken(
            name: "amount with a symbol", content: good.replacingOccurrences(of: "-12.50", with: "$120"),
            kind: .badValue, message: "invalid TRNAMT '$120'", line: lineOf("<TRNAMT>")),
        Broken(
            name: "amount without digits", content: good.replacingOccurrences(of: "-12.50", with: "  .  "),
            kind: .badValue, message: "invalid TRNAMT"),
        Broken(
            name: "empty account id", content: good.replacingOccurrences(of: "<ACCTID>1234", with: "<ACCTID>"),
            kind: .malformed, message: "ACCTID) is empty"),
        Broken(
            name: "sign-on failure",
            content: F.header
                + "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>15500<SEVERITY>ERROR<MESSAGE>Bad login</STATUS></SONRS></SIGNONMSGSRSV1></OFX>",
            kind: .noStatement, message: "sign-on failed: status 15500 Bad login"),
        Broken(
            name: "error status",
            content: F.header
                + "<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>2000<SEVERITY>ERROR<MESSAGE>General Server Error</STATUS></STMTTRNRS></BANKMSGSRSV1></OFX>",
            kind: .noStatement, message: "status 2000 General Server Error"),
        Broken(
            name: "profile only",
            content: F.header
                + "<OFX><PROFMSGSRSV1><PROFTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><PROFRS></PROFRS></PROFTRNRS></PROFMSGSRSV1></OFX>",
            kind: .noStatement, message: "no bank or credit-card statement"),
        Broken(
            name: "entity declaration",
            content:
                "<?xml version=\"1.0\"?>\n<!DOCTYPE OFX [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<OFX>&x;</OFX>",
            kind: .forbidden, message: "declares XML entities", line: 2),
        Broken(
            name: "XML that is no statement", content: "<?xml version=\"1.0\"?><catalog><book/></catalog>",
            kind: .unknownFormat, message: "neither OFX nor CAMT"),
        Broken(name: "CAMT without statements", content: F.camt([]), kind: .noStatement, message: "holds no statement"),
        Broken(
            name: "CAMT without account",
            content: F.camt([
                F.camtStatement(iban: nil, [F.camtEntry("1.00", "CRDT", booked: "2024-01-02", party: "A")])
            ]), kind: .malformed, message: "no account"),
        Broken(
            name: "CAMT bad date",
            content: F.camt([F.camtStatement([F.camtEntry("1.00", "CRDT", booked: "2024-02-30", party: "A")])]),
            kind: .badValue, message: "invalid booking date '2024-02-30'"),
        Broken(
            name: "CAMT no direction",
            content: F.camt([F.camtStatement([F.camtEntry("1.00", "XX", booked: "2024-01-02", party: "A")])]),
            kind: .badValue, message: "CdtDbtInd"),
        Broken(
            name: "CAMT truncated",
            content: String(
                F.camt([F.camtStatement([F.camtEntry("1.00", "CRDT", booked: "2024-01-02", party: "A")])]).dropLast(40)),
            kind: .malformed, message: "not well-formed XML"),
        Broken(
            name: "CAMT nested absurdly deep",
            content: F.camt([F.camtStatement([])]).replacingOccurrences(
                of: "<GrpHdr>",
                with: String(repeating: "<a>", count: 5000) + String(repeating: "</a>", count: 5000) + "<GrpHdr>"),
            kind: .malformed, message: "not well-formed XML"),
    ]

    @Test(arguments: cases)
    func refuses(_ broken: Broken) throws {
        let name = broken.content.hasPrefix("<?xml") ? "statement.xml" : "statement.ofx"
        let error = try #require(rejection(broken.content, name: name))
        #expect(error.kind == broken.kind, "\(error)")
        #expect(error.message.contains(broken.message), "\(error)")
        #expect(error.description.hasPrefix(name + (error.line.map { ":\($0)" } ?? "") + ": error: "))
        if let line = broken.line { #expect(error.line == line, "\(error)") }
    }

    @Test func aMissingFileIsNoInput() {
        #expect(throws: ImportError.self) { try StatementReader.inspect(path: "/nonexistent/file.ofx") }
        do {
            _ = try StatementReader.inspect(path: "/nonexistent/file.ofx")
        } catch {
            #expect(error.kind == .noInput)
        }
    }
}
