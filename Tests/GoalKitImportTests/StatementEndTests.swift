import Foundation
import GoalKit
import GoalKitImport
import GoalKitTestSupport
import Testing

/// Every reader says the last day its statement covers where the file names one: the data
/// horizon is that day, even when the last line is earlier.
@Suite struct StatementEndTests {
    typealias F = OFXFixture

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var content: String
        /// Each statement's period end (nil: the file names none).
        var ends: [String?]
        var testDescription: String { name }
    }

    static let ofxSGML = F.file([
        F.bank([F.transaction("20261015", "-2150.00", "Rent")])
            .replacingOccurrences(of: "<DTEND>20240131", with: "<DTEND>20261031120000[-5:EST]")
    ])

    static let ofxXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <?OFX OFXHEADER="200" VERSION="211" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
        <OFX>
          <BANKMSGSRSV1><STMTTRNRS><TRNUID>1</TRNUID><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
            <STMTRS><CURDEF>USD</CURDEF>
              <BANKACCTFROM><BANKID>1</BANKID><ACCTID>7788</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>
              <BANKTRANLIST><DTSTART>20261001</DTSTART><DTEND>20261031</DTEND>
                <STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20261003</DTPOSTED><TRNAMT>-9.99</TRNAMT><FITID>A1</FITID><NAME>Streamer</NAME></STMTTRN>
              </BANKTRANLIST>
            </STMTRS>
          </STMTTRNRS></BANKMSGSRSV1>
        </OFX>
        """

    static let ofxCard = F.file([
        "<CCSTMTRS>\n<CURDEF>USD\n<CCACCTFROM>\n<ACCTID>4111\n</CCACCTFROM>\n"
            + "<BANKTRANLIST>\n<DTSTART>20260901\n<DTEND>20260930\n"
            + F.transaction("20260902", "-40.00", "Grocer") + "</BANKTRANLIST>\n</CCSTMTRS>\n"
    ])

    static let ofxWithoutEnd = F.file([
        F.bank([F.transaction("20261015", "-2150.00", "Rent")])
            .replacingOccurrences(of: "<DTEND>20240131\n", with: "")
    ])

    static let camtWithPeriod = F.camt([
        F.camtStatement([F.camtEntry("12.30", "DBIT", booked: "2024-01-04", party: "Grocer GmbH")])
            .replacingOccurrences(
                of: "</Acct>\n",
                with:
                    "</Acct>\n<FrToDt><FrDtTm>2024-01-01T00:00:00</FrDtTm><ToDtTm>2024-02-15T23:59:59+01:00</ToDtTm></FrToDt>\n"
            )
    ])

    static let camtClosingOnly = F.camt([
        F.camtStatement([F.camtEntry("12.30", "DBIT", booked: "2024-01-04", party: "Grocer GmbH")])
    ])

    static let mt940 = """
        :20:STMT0001
        :25:NL91ABNA0417164300
        :60F:C240228EUR1000,00
        :61:2403010301D12,50NMSCNONREF//BREF1
        :86:/NAME/Blue Bottle/
        :62F:C240331EUR987,50
        -

        """

    static let csv = "Date,Description,Amount\n2026-10-15,Rent,-2150.00\n"

    static let cases: [Case] = [
        Case(name: "OFX 1.x DTEND after the last line", file: "s.ofx", content: ofxSGML, ends: ["2026-10-31"]),
        Case(name: "OFX 2.x DTEND", file: "s.ofx", content: ofxXML, ends: ["2026-10-31"]),
        Case(name: "OFX credit card DTEND", file: "c.ofx", content: ofxCard, ends: ["2026-09-30"]),
        Case(name: "OFX without DTEND", file: "s.ofx", content: ofxWithoutEnd, ends: [nil]),
        Case(name: "CAMT FrToDt/ToDtTm", file: "s.xml", content: camtWithPeriod, ends: ["2024-02-15"]),
        Case(name: "CAMT closing balance date", file: "s.xml", content: camtClosingOnly, ends: ["2024-01-31"]),
        Case(name: "MT940 :62F: date", file: "s.940", content: mt940, ends: ["2024-03-31"]),
        Case(name: "CSV names no end", file: "s.csv", content: csv, ends: [nil]),
    ]

    @Test(arguments: cases)
    func statementSaysTheLastDayItCovers(_ c: Case) throws {
        let parsed = try inspect(c.content, name: c.file)
        #expect(parsed.statements.map { $0.footer.periodEnd?.isoString } == c.ends)
    }

    @Test func anUnreadableEndIsAWarningNotAnEnd() throws {
        let content = Self.ofxSGML.replacingOccurrences(of: "<DTEND>20261031120000[-5:EST]", with: "<DTEND>soon")
        let parsed = try inspect(content)
        #expect(parsed.statements.first?.footer.periodEnd == nil)
        #expect(parsed.warnings.contains { $0.message.contains("DTEND 'soon' is not a date") })
    }
}
