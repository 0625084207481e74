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

    struct EntryStatus: Sendable, CustomStringConvertible {
        let written: String?
        let imported: Bool
        let warning: String?
        var description: String { written ?? "no Sts" }
    }

    static let statuses: [EntryStatus] = [
        EntryStatus(written: "<Sts>BOOK</Sts>", imported: true, warning: nil),
        EntryStatus(written: "<Sts><Cd>BOOK</Cd></Sts>", imported: true, warning: nil),
        EntryStatus(written: "<Sts>\n  <Cd>BOOK</Cd>\n</Sts>", imported: true, warning: nil),
        EntryStatus(written: "<Sts><Prtry>Booked</Prtry></Sts>", imported: true, warning: nil),
        EntryStatus(
            written: "<Sts>PDNG</Sts>", imported: false,
            warning: "2 pending entries (Sts PDNG) were not imported: not booked"),
        EntryStatus(
            written: "<Sts><Cd>PDNG</Cd></Sts>", imported: false,
            warning: "2 pending entries (Sts PDNG) were not imported: not booked"),
        EntryStatus(
            written: "<Sts>INFO</Sts>", imported: false,
            warning: "2 information-only entries (Sts INFO) were not imported: not booked"),
        EntryStatus(
            written: "<Sts><Cd>FUTR</Cd></Sts>", imported: false,
            warning: "2 future entries (Sts FUTR) were not imported: not booked"),
        EntryStatus(
            written: "<Sts><Prtry>RESERVED</Prtry></Sts>", imported: false,
            warning: "2 unbooked entries (Sts Prtry RESERVED) were not imported: not booked"),
        EntryStatus(
            written: nil, imported: true,
            warning: "2 entries have no status (Sts, mandatory in ISO 20022); imported as booked"),
    ]

    /// A 500.00 card hold (pending) is booked again later: only booked entries are money.
    @Test(arguments: statuses)
    func importsBookedEntriesOnly(_ status: EntryStatus) throws {
        let held = [
            F.camtEntry("500.00", "DBIT", booked: "2024-01-05", party: "Hotel", status: status.written),
            F.camtEntry("7.50", "DBIT", booked: "2024-01-06", party: "Cafe", status: status.written),
        ]
        let content = F.camt(
            version: "08",
            [F.camtStatement([F.camtEntry("500.00", "DBIT", booked: "2024-01-08", party: "Hotel")] + held)])
        let parsed = try inspect(content, name: "s.xml")
        #expect(parsed.lines.map(\.amount.minorUnits) == (status.imported ? [-50_000, -50_000, -750] : [-50_000]))
        #expect(parsed.warnings.map(\.message) == (status.warning.map { [$0] } ?? []))
        #expect(parsed.statements.first?.footer.ledgerBalance?.decimalString == "1500.00")
    }

    @Test func roundsCAMTAmountsWithTooManyDecimals() throws {
        let parsed = try inspect(
            F.camt([F.camtStatement([F.camtEntry("1.23456", "DBIT", booked: "2024-01-04", party: "A")])]), name: "s.xml"
        )
        #expect(parsed.lines.first?.amount.minorUnits == -123)
        #expect(parsed.warnings.count == 1)
    }

    @Test func skipsNotifications() throws {
        let content = F.camt(
            [
                F.camtStatement([F.camtEntry("1.00", "CRDT", booked: "2024-01-02", party: "A")])
                    .replacingOccurrences(of: "Stmt>", with: "Ntfctn>")
            ], message: "BkToCstmrDbtCdtNtfctn")
        let parsed = try inspect(content, name: "s.xml")
        #expect(parsed.statements.isEmpty)
        #expect(parsed.skipped.map(\.kind) == [.camt054])
    }

    /// A camt.052 report as German and Swiss banks give it: `Rpt` for `Stmt`, an interim
    /// balance or none, booked and pending entries.
    struct Report: Sendable, CustomStringConvertible {
        let version: String
        let balances: String
        let ledger: String?
        var description: String { "camt.052.001.\(version) \(ledger ?? "no balance")" }
    }

    static func balance(_ code: String, _ amount: String) -> String {
        "<Bal><Tp><CdOrPrtry><Cd>\(code)</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">\(amount)</Amt>"
            + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-01-31</Dt></Dt></Bal>\n"
    }

    static let reports: [Report] = [
        Report(version: "02", balances: "", ledger: nil),
        Report(version: "02", balances: balance("ITBD", "42.00"), ledger: "42.00"),
        Report(version: "08", balances: balance("PRCD", "1.00") + balance("CLBD", "40.00"), ledger: "40.00"),
        Report(version: "08", balances: balance("CLBD", "40.00") + balance("ITBD", "41.00"), ledger: "40.00"),
    ]

    @Test(arguments: reports)
    func readsCAMT052ReportsLikeStatements(_ report: Report) throws {
        let entries = [
            F.camtEntry("12.30", "DBIT", booked: "2024-01-04", party: "Grocer GmbH", reference: "R1"),
            F.camtEntry("9.99", "DBIT", booked: "2024-01-05", party: "Shop", status: "<Sts><Cd>PDNG</Cd></Sts>"),
            F.camtEntry("100.00", "CRDT", booked: "2024-01-06", party: "Employer AG", reference: "R2"),
        ]
        let body =
            "<Rpt>\n<Id>R1</Id>\n<Acct><Id><IBAN>CH2801234000123456789</IBAN></Id><Ccy>EUR</Ccy></Acct>\n"
            + report.balances + entries.joined() + "</Rpt>\n"
        let content = F.camt(version: report.version, [body], message: "BkToCstmrAcctRpt")
            .replacingOccurrences(of: "camt.053.001", with: "camt.052.001")
        let parsed = try inspect(content, name: "report.xml")
        #expect(parsed.format == .camt052)
        #expect(parsed.skipped.isEmpty)
        #expect(parsed.statements.map(\.header.accountID) == ["CH2801234000123456789"])
        #expect(parsed.lines.map(\.amount.minorUnits) == [-1230, 10_000])
        #expect(parsed.lines.map(\.bankID) == ["R1", "R2"])
        #expect(parsed.statements.first?.footer.ledgerBalance?.decimalString == report.ledger)
        #expect(parsed.warnings.map(\.message) == ["1 pending entry (Sts PDNG) was not imported: not booked"])
    }

    @Test func rejectsAReportWithNoRpt() throws {
        let content = F.camt([], message: "BkToCstmrAcctRpt").replacingOccurrences(of: "camt.053", with: "camt.052")
        let error = try #require(rejection(content, name: "report.xml"))
        #expect(error.kind == .noStatement)
        #expect(error.message.contains("CAMT.052"))
    }
}
