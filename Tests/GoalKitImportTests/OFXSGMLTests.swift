import Foundation
import GoalKit
import GoalKitImport
import GoalKitTestSupport
import Testing

/// Each case is a file with one quirk real banks produce; each must read to the same facts.
@Suite struct OFXSGMLTests {
    typealias F = OFXFixture
    static let two = [
        F.transaction("20240105", "-12.50", "COFFEE", fitID: "A1"),
        F.transaction("20240110", "100.00", "SALARY", fitID: "A2"),
    ]

    struct Quirk: Sendable, CustomStringConvertible {
        let name: String
        let content: String
        var description: String { name }
    }

    static let quirks: [Quirk] = [
        Quirk(name: "standard header and blank line", content: F.simple(two)),
        Quirk(
            name: "no blank line after the header",
            content: F.file([F.bank(two)], header: F.header.replacingOccurrences(of: "\n\n\n", with: "\n"))),
        Quirk(name: "no header at all", content: F.file([F.bank(two)], header: "")),
        Quirk(
            name: "header in a comment",
            content: F.file([F.bank(two)], header: "<!-- OFXHEADER:100 DATA:OFXSGML VERSION:102 CHARSET:1252 -->\n")),
        Quirk(name: "blank lines before the header", content: "\n\n\n" + F.simple(two)),
        Quirk(name: "everything on one line", content: F.simple(two).replacingOccurrences(of: "\n", with: " ")),
        Quirk(name: "CR line endings", content: F.simple(two).replacingOccurrences(of: "\n", with: "\r")),
        Quirk(name: "CRLF line endings", content: F.simple(two).replacingOccurrences(of: "\n", with: "\r\n")),
        Quirk(
            name: "values on the next line",
            content: F.simple(two).replacingOccurrences(of: "<TRNAMT>", with: "<TRNAMT>\n   ")),
        Quirk(
            name: "closed leaf tags",
            content: F.simple(two).replacingOccurrences(of: "<NAME>COFFEE\n", with: "<NAME>COFFEE</NAME>\n")),
        Quirk(
            name: "missing inner closing tags",
            content: F.simple(two).replacingOccurrences(of: "</STMTTRN>\n", with: "")),
        Quirk(
            name: "bogus closing tags",
            content: F.simple(two).replacingOccurrences(of: "<FITID>A1\n", with: "<FITID>A1\n</BOGUS></FITID></MEMO>\n")
        ),
        Quirk(
            name: "comments inside",
            content: F.simple(two).replacingOccurrences(
                of: "<BANKTRANLIST>", with: "<!-- exported by a bank -->\n<BANKTRANLIST>")),
        Quirk(
            name: "self-closing tags",
            content: F.simple(two).replacingOccurrences(
                of: "<NAME>SALARY\n", with: "<NAME>SALARY\n<MEMO/>\n<CHECKNUM/>\n")),
        Quirk(name: "NUL bytes after the end", content: F.simple(two) + String(repeating: "\u{0}", count: 64)),
        Quirk(name: "lower-case tags", content: F.simple(two).replacingOccurrences(of: "<STMTTRN>", with: "<stmttrn>")),
        Quirk(
            name: "XML declaration and OFX PI over an SGML body",
            content: "<?xml version=\"1.0\"?>\n<?OFX OFXHEADER=\"200\"?>\n" + F.file([F.bank(two)], header: "")),
    ]

    @Test(arguments: quirks)
    func readsTheSameFacts(_ quirk: Quirk) throws {
        let parsed = try inspect(quirk.content)
        #expect(parsed.statements.count == 1)
        #expect(parsed.statements.first?.header.accountID == "1234")
        #expect(parsed.lines.map(\.date.isoString) == ["2024-01-05", "2024-01-10"])
        #expect(parsed.lines.map(\.amount.minorUnits) == [-1250, 10_000])
        #expect(parsed.lines.map(\.payee) == ["COFFEE", "SALARY"])
        #expect(parsed.lines.map(\.bankID) == ["A1", "A2"])
        #expect(parsed.statements.first?.footer.ledgerBalance?.minorUnits == 10_000)
    }

    @Test func keepsTheCalendarDayOfZonedTimes() throws {
        let parsed = try inspect(
            F.simple([
                F.transaction("20231231230000[-5:EST]", "-1", "X"),
                F.transaction("20240101003000.000[+9:JST]", "-1", "Y"),
            ]))
        #expect(parsed.lines.map(\.date.isoString) == ["2023-12-31", "2024-01-01"])
    }

    @Test func readsDecimalCommasAndRoundsExcessDecimals() throws {
        let parsed = try inspect(
            F.simple([
                F.transaction("20240105", "-530,86", "A"), F.transaction("20240106", "-3.77000", "B"),
                F.transaction("20240107", "1.005", "C"),
            ]))
        #expect(parsed.lines.map(\.amount.minorUnits) == [-53086, -377, 100])
        #expect(parsed.lines.map(\.amountText) == ["-530,86", "-3.77000", "1.005"])
        #expect(parsed.warnings.count == 1)
        #expect(parsed.warnings.first?.message.contains("rounded to 1.00") == true)
    }

    @Test func decodesEntitiesAndKeepsRawAmpersands() throws {
        let parsed = try inspect(
            F.simple([F.transaction("20240105", "-1", "A&amp;B &lt;C&gt; &#233;t&eacute;", memo: "Fish & Chips")]))
        #expect(parsed.lines.first?.payee == "A&B <C> été")
        #expect(parsed.lines.first?.memo == "Fish & Chips")
    }

    @Test func readsWindows1252AndSaysSo() throws {
        var bytes = Array(F.simple([F.transaction("20240105", "-1", "CAFE_")]).utf8)
        let index = bytes.firstIndex(of: UInt8(ascii: "_"))!
        bytes[index] = 0xE9
        let parsed = try inspect(bytes: bytes)
        #expect(parsed.lines.first?.payee == "CAFEé")
        #expect(parsed.encoding == "windows-1252")
    }

    @Test func readsUTF8EvenUnderA1252Header() throws {
        let parsed = try inspect(F.simple([F.transaction("20240105", "-1", "Müller Bäckerei")]))
        #expect(parsed.lines.first?.payee == "Müller Bäckerei")
        #expect(parsed.encoding == "utf-8")
    }

    @Test func readsByteOrderMarks() throws {
        let text = F.simple([F.transaction("20240105", "-1", "Zürich")])
        let utf8 = try inspect(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(utf8.lines.first?.payee == "Zürich")
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let parsed = try inspect(bytes: utf16)
        #expect(parsed.lines.first?.payee == "Zürich")
        #expect(parsed.encoding == "utf-16le")
    }

    @Test func readsBankAndCardStatementsInOneFile() throws {
        let card = """
            <CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>2<STATUS><CODE>0<SEVERITY>INFO</STATUS>
            <CCSTMTRS><CURDEF>USD<CCACCTFROM><ACCTID> 4111111111111111 </CCACCTFROM>
            <BANKTRANLIST>\(F.transaction("20240107", "-42.00", "BOOKS", fitID: "C1"))</BANKTRANLIST>
            <LEDGERBAL><BALAMT>-42.00<DTASOF>20240131</LEDGERBAL></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1>
            """
        let content = F.simple(Self.two).replacingOccurrences(of: "</OFX>", with: card + "</OFX>")
        let parsed = try inspect(content)
        #expect(parsed.statements.map(\.header.accountID) == ["1234", "4111111111111111"])
        #expect(parsed.statements.map(\.header.accountType) == [.checking, .creditcard])
        #expect(parsed.statements[1].footer.ledgerBalance?.minorUnits == -4200)
    }

    @Test func readsTwoAccountsAndNeverJoinsTheBankID() throws {
        let parsed = try inspect(F.file([F.bank(account: "111", Self.two), F.bank(account: "222", [])]))
        #expect(parsed.statements.map(\.header.accountID) == ["111", "222"])
        #expect(parsed.statements[1].lines.isEmpty)
    }

    @Test func warnsOnBadBalanceFields() throws {
        let content = F.simple(Self.two).replacingOccurrences(of: "<DTASOF>20240131", with: "<DTASOF>00000000")
            .replacingOccurrences(of: "<DTSERVER>20240201120000", with: "<DTSERVER>20241345")
        let parsed = try inspect(content)
        #expect(parsed.statements.first?.footer.balanceDate == nil)
        #expect(parsed.warnings.map(\.message).contains { $0.contains("DTASOF '00000000'") })
        #expect(parsed.warnings.map(\.message).contains { $0.contains("DTSERVER") })
    }

    @Test func skipsInvestmentStatements() throws {
        let invest = """
            <INVSTMTMSGSRSV1><INVSTMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
            <INVSTMTRS><DTASOF>20240131<CURDEF>USD<INVACCTFROM><BROKERID>b.com<ACCTID>X1</INVACCTFROM>
            <INVTRANLIST><INVBANKTRAN>\(F.transaction("20240105", "5.00", "SWEEP"))<SUBACCTFUND>CASH</INVBANKTRAN></INVTRANLIST>
            </INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1>
            """
        let parsed = try inspect(F.header + "<OFX>\(invest)</OFX>\n")
        #expect(parsed.statements.isEmpty)
        #expect(parsed.skipped.map(\.kind) == [.investment])
    }
}
