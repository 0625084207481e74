import Foundation
import GoalKit
import GoalKitImport
import GoalKitTestSupport
import Testing

@Suite struct XMLFormatTests {
    typealias F = OFXFixture

    static let ofx2 = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <?OFX OFXHEADER="200" VERSION="211" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
        <OFX>
          <SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS><DTSERVER>20240201</DTSERVER><LANGUAGE>ENG</LANGUAGE></SONRS></SIGNONMSGSRSV1>
          <BANKMSGSRSV1><STMTTRNRS><TRNUID>1</TRNUID><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>
            <STMTRS><CURDEF>EUR</CURDEF>
              <BANKACCTFROM><BANKID>1</BANKID><ACCTID>NL01BANK0123456789</ACCTID><ACCTTYPE>SAVINGS</ACCTTYPE></BANKACCTFROM>
              <BANKTRANLIST><DTSTART>20240101</DTSTART><DTEND>20240131</DTEND>
                <STMTTRN><TRNTYPE>POS</TRNTYPE><DTPOSTED>20240103120000.000[+1:CET]</DTPOSTED><TRNAMT>-4.20</TRNAMT><FITID>X1</FITID><PAYEE><NAME>Bakery &amp; Co</NAME></PAYEE><MEMO><![CDATA[Bread <fresh>]]></MEMO></STMTTRN>
                <STMTTRN><TRNTYPE>CREDIT</TRNTYPE><DTPOSTED>20240115</DTPOSTED><TRNAMT>2500.00</TRNAMT><FITID>X2</FITID><NAME>Employer</NAME><MEMO/></STMTTRN>
              </BANKTRANLIST>
              <LEDGERBAL><BALAMT>3000.55</BALAMT><DTASOF>20240131</DTASOF></LEDGERBAL>
            </STMTRS>
          </STMTTRNRS></BANKMSGSRSV1>
        </OFX>
        """

    @Test func readsOFX2ThroughLibxml2() throws {
        let parsed = try inspect(Self.ofx2)
        #expect(parsed.format == .ofxXML)
        #expect(parsed.statements.first?.header.accountID == "NL01BANK0123456789")
        #expect(parsed.statements.first?.header.accountType == .savings)
        #expect(parsed.statements.first?.header.currency.code == "EUR")
        #expect(parsed.lines.map(\.payee) == ["Bakery & Co", "Employer"])
        #expect(parsed.lines.first?.memo == "Bread <fresh>")
        #expect(parsed.lines.map(\.amount.minorUnits) == [-420, 250_000])
        #expect(parsed.statements.first?.footer.ledgerBalance?.decimalString == "3000.55")
    }

    @Test func readsBrokenXMLTheTolerantWayAndSaysSo() throws {
        let broken = Self.ofx2.replacingOccurrences(of: "<TRNTYPE>CREDIT</TRNTYPE>", with: "<TRNTYPE>CREDIT")
        let parsed = try inspect(broken)
        #expect(parsed.format == .ofxSGML)
        #expect(parsed.lines.count == 2)
        #expect(parsed.warnings.contains { $0.message.contains("read as OFX 1.x SGML") })
    }

    @Test(arguments: ["02", "04", "06", "08"])
    func readsCAMT053Versions(_ version: String) throws {
        let content = F.camt(
            version: version,
            [
                F.camtStatement([
                    F.camtEntry(
                        "12.30", "DBIT", booked: "2024-01-04", party: "Grocer GmbH", reference: "R1", info: "Invoice 77"
                    ),
                    F.camtEntry(
                        "2000.00", "CRDT", booked: "", party: "Employer AG", reference: "R2",
                        valueDate: "2024-01-25T23:30:00+01:00"),
                ]),
                F.camtStatement(
                    iban: nil, other: "0035-2915203-10-000", closing: "5.00",
                    [F.camtEntry("5.00", "CRDT", booked: "2024-01-09", party: "Friend")]),
            ])
        let parsed = try inspect(content, name: "statement.xml", currency: .usd)
        #expect(parsed.format == .camt053)
        #expect(parsed.statements.map(\.header.accountID) == ["DE89370400440532013000", "0035-2915203-10-000"])
        #expect(parsed.statements.first?.header.currency.code == "EUR")
        let lines = parsed.statements[0].lines
        #expect(lines.map(\.amount.minorUnits) == [-1230, 200_000])
        #expect(lines.map(\.date.isoString) == ["2024-01-04", "2024-01-25"])
        #expect(lines.map(\.payee) == ["Grocer GmbH", "Employer AG"])
        #expect(lines.first?.memo == "Invoice 77")
        #expect(lines.first?.bankID == "R1")
        #expect(lines.first?.type == "PMNT-ICDT-ESCT")
        #expect(parsed.statements[0].footer.ledgerBalance?.decimalString == "1500.00")
        #expect(parsed.statements[0].footer.balanceDate?.isoString == "2024-01-31")
    }

    @Test func roundsCAMTAmountsWithTooManyDecimals() throws {
        let parsed = try inspect(
            F.camt([F.camtStatement([F.camtEntry("1.23456", "DBIT", booked: "2024-01-04", party: "A")])]), name: "s.xml"
        )
        #expect(parsed.lines.first?.amount.minorUnits == -123)
        #expect(parsed.warnings.count == 1)
    }

    @Test(arguments: [("BkToCstmrAcctRpt", SkippedPart.Kind.camt052), ("BkToCstmrDbtCdtNtfctn", .camt054)])
    func skipsReportsAndNotifications(_ message: String, _ kind: SkippedPart.Kind) throws {
        let content = F.camt(
            [
                F.camtStatement([F.camtEntry("1.00", "CRDT", booked: "2024-01-02", party: "A")])
                    .replacingOccurrences(of: "Stmt>", with: message == "BkToCstmrAcctRpt" ? "Rpt>" : "Ntfctn>")
            ], message: message)
        let parsed = try inspect(content, name: "s.xml")
        #expect(parsed.statements.isEmpty)
        #expect(parsed.skipped.map(\.kind) == [kind])
    }
}
