import Foundation
import GoalKitTestSupport
import Testing

/// Broken and hostile files: each a clear error (exit 65) or a correct import, in bounded time,
/// never a crash.
@Suite struct HostileInputTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let file: String
        let make: @Sendable () -> [UInt8]
        /// nil: must import; else the exit status and a piece of the message.
        let error: String?
        var description: String { name }
    }

    static let good = OFXFixture.simple([OFXFixture.transaction("20240105", "-12.50", "COFFEE", fitID: "A1")])
    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    static let cases: [Case] = [
        Case(name: "empty file", file: "e.ofx", make: { [] }, error: "the file is empty"),
        Case(
            name: "binary file", file: "b.ofx",
            make: { [0x7F, 0x45, 0x4C, 0x46] + (0..<4096).map { UInt8($0 % 256) } }, error: "binary"),
        Case(
            name: "truncated OFX", file: "t.ofx", make: { bytes(String(good.prefix(good.count / 2))) },
            error: "truncated"),
        Case(
            name: "truncated CAMT", file: "t.xml",
            make: {
                bytes(
                    String(
                        OFXFixture.camt([
                            OFXFixture.camtStatement([
                                OFXFixture.camtEntry("1.00", "CRDT", booked: "2024-01-02", party: "A")
                            ])
                        ]).prefix(700)))
            }, error: "not well-formed XML"),
        Case(
            name: "a 10 MB line", file: "long.csv",
            make: {
                bytes("Date,Description,Amount\n2024-01-05,\(String(repeating: "x", count: 10_000_000)),-1.00\n")
            }, error: "longer than 1 MB"),
        Case(
            name: "invalid UTF-8", file: "u.ofx",
            make: {
                var b = bytes(OFXFixture.simple([OFXFixture.transaction("20240105", "-1.00", "CAF__", fitID: "A1")]))
                let i = b.firstIndex(of: UInt8(ascii: "_"))!
                b[i] = 0xC3
                b[i + 1] = 0x28
                return b
            }, error: nil),
        Case(
            name: "mixed line endings", file: "m.ofx",
            make: {
                bytes(
                    good.replacingOccurrences(of: "<STMTTRN>\n", with: "<STMTTRN>\r\n").replacingOccurrences(
                        of: "<NAME>", with: "\r<NAME>"))
            }, error: nil),
        Case(
            name: "a million columns", file: "wide.csv",
            make: {
                bytes("Date,Description,Amount\n2024-01-05,A,-1.00" + String(repeating: ",1", count: 1_000_000) + "\n")
            }, error: "more than 4096 columns"),
        Case(
            name: "XML nested 200,000 deep", file: "deep.xml",
            make: {
                bytes(
                    "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
                        + String(repeating: "<a>", count: 200_000) + String(repeating: "</a>", count: 200_000)
                        + "</BkToCstmrStmt></Document>\n")
            }, error: "not well-formed XML"),
        Case(
            name: "entity bomb", file: "bomb.xml",
            make: {
                var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE OFX [\n<!ENTITY a0 \"lol\">\n"
                for i in 1...9 { text += "<!ENTITY a\(i) \"" + String(repeating: "&a\(i - 1);", count: 10) + "\">\n" }
                return bytes(text + "]>\n<OFX>&a9;</OFX>\n")
            }, error: "declares XML entities"),
        Case(
            name: "external entity naming a local file", file: "xxe.xml",
            make: {
                bytes(
                    "<?xml version=\"1.0\"?>\n<!DOCTYPE OFX [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<OFX><NAME>&x;</NAME></OFX>\n"
                )
            }, error: "declares XML entities"),
        Case(
            name: "a DTD on the network", file: "dtd.ofx",
            make: {
                bytes(
                    XMLFormatTestsShared.ofx2.replacingOccurrences(
                        of: "<OFX>", with: "<!DOCTYPE OFX SYSTEM \"http://127.0.0.1:9/ofx.dtd\">\n<OFX>"))
            }, error: nil),
        Case(
            name: "date 2012-02-31", file: "d.csv",
            make: { bytes("Date,Description,Amount\n2012-02-28,A,-1.00\n2012-02-31,B,-2.00\n2012-03-01,C,-1.00\n") },
            error: "invalid date '2012-02-31'"),
        Case(
            name: "date 00000000", file: "z.ofx",
            make: { bytes(good.replacingOccurrences(of: "20240105", with: "00000000")) },
            error: "invalid DTPOSTED '00000000'"),
        Case(
            name: "a 20-digit amount", file: "n.ofx",
            make: { bytes(good.replacingOccurrences(of: "-12.50", with: "-12345678901234567890")) },
            error: "too large"),
    ]

    @Test(arguments: cases)
    func isAClearErrorOrACorrectImport(_ c: Case) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("db.sqlite")
        let path = dir.write(c.file, bytes: c.make())
        let started = Date()
        let result = try GoalKitProcess.run(["import", path], database: db)
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(!result.stderr.contains("Fatal error"))
        if let error = c.error {
            #expect(result.status == 65, "\(result.stderr)")
            #expect(result.stderr.contains(error), "\(result.stderr)")
            #expect(result.stderr.contains(c.file))
            let listed = try GoalKitProcess.run(["expenses", "list", "--format", "json"], database: db)
            #expect(listed.stdout == "[]\n")
        } else {
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(!result.stdout.contains("root:x:0:0"))
        #expect(!result.stderr.contains("root:x:0:0"))
    }

    @Test func hostileTextIsStoredVerbatimAndHarmlessInEveryReport() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("db.sqlite")
        let payees = [
            "Robert'); DROP TABLE expenses;--", "<script>alert(1)</script>", "| **bold** | [x](javascript:alert(1))",
            "=HYPERLINK(\"http://x\")",
        ]
        var csv = "Date,Description,Amount\n"
        for (i, payee) in payees.enumerated() {
            csv += "2024-03-0\(i + 1),\"\(payee.replacingOccurrences(of: "\"", with: "\"\""))\",-1.00\n"
        }
        let imported = try GoalKitProcess.run(["import", dir.write("h.csv", csv)], database: db)
        #expect(imported.status == 0, "\(imported.stderr)")
        let listed = try GoalKitProcess.run(["expenses", "list", "--format", "json"], database: db)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.compactMap { $0["payee"] as? String } == payees)
        let out = dir.file("reports")
        #expect(
            try GoalKitProcess.run(
                ["report", "monthly", "--month", "2024-03", "--format", "all", "--out", out], database: db
            ).status == 0)
        let md = try String(contentsOfFile: out + "/monthly-2024-03.md", encoding: .utf8)
        #expect(!md.contains("<script>"))
        #expect(md.contains("&lt;script&gt;"))
        #expect(md.contains("\\| bold \\| \\[x\\](javascript:alert(1))"))
        let review = try String(contentsOfFile: out + "/monthly-2024-03-uncategorized.csv", encoding: .utf8)
        #expect(review.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
        let json = try String(contentsOfFile: out + "/monthly-2024-03.json", encoding: .utf8)
        #expect(json.contains("\\\"http://x\\\""))
        #expect(
            try GoalKitProcess.run(["expenses", "list", "--format", "csv"], database: db).stdout.contains(
                "Robert'); DROP TABLE expenses;--"))
    }
}

/// The OFX 2 file the import tests use, shared with these.
enum XMLFormatTestsShared {
    static let ofx2 = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <?OFX OFXHEADER="200" VERSION="211" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
        <OFX>
          <BANKMSGSRSV1><STMTTRNRS><TRNUID>1</TRNUID><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
            <STMTRS><CURDEF>EUR</CURDEF>
              <BANKACCTFROM><BANKID>1</BANKID><ACCTID>NL01BANK0123456789</ACCTID><ACCTTYPE>SAVINGS</ACCTTYPE></BANKACCTFROM>
              <BANKTRANLIST><STMTTRN><TRNTYPE>POS</TRNTYPE><DTPOSTED>20240103</DTPOSTED><TRNAMT>-4.20</TRNAMT><FITID>X1</FITID><NAME>Bakery</NAME></STMTTRN></BANKTRANLIST>
            </STMTRS>
          </STMTTRNRS></BANKMSGSRSV1>
        </OFX>
        """
}
