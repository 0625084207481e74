import Foundation
import GoalKit
import GoalKitImport
import GoalKitTestSupport
import Testing

/// Every reader at the storage limit: 99,999,999.99 either way reads; one cent more is a bad
/// line with its line number, never a trap and never stored.
@Suite struct StorageLimitTests {
    typealias F = OFXFixture

    /// A file of each format holding one line of an amount (written unsigned, with its sign apart).
    static func file(_ format: String, _ amount: String, negative: Bool) -> (name: String, text: String) {
        let signed = (negative ? "-" : "") + amount
        switch format {
        case "csv": return ("l.csv", "Date,Payee,Amount\n2024-01-05,Shop,\(signed)\n")
        case "ofx": return ("l.ofx", F.simple([F.transaction("20240105", signed, "SHOP", fitID: "L1")]))
        case "camt":
            let entry = F.camtEntry(amount, negative ? "DBIT" : "CRDT", booked: "2024-01-05", party: "Shop")
            return ("l.xml", F.camt([F.camtStatement([entry])]))
        case "qif": return ("l.qif", "!Type:Bank\nD01/05/2024\nT\(signed)\nPShop\n^\n")
        default:
            let comma = amount.replacingOccurrences(of: ".", with: ",")
            return (
                "l.940",
                ":20:S\n:25:A\n:60F:C240104EUR0,00\n:61:240105\(negative ? "D" : "C")\(comma)NTRFNONREF\n:62F:C240105EUR0,00\n"
            )
        }
    }

    static let formats = ["csv", "ofx", "camt", "qif", "mt940"]

    @Test(arguments: formats, [false, true])
    func theLargestStoredAmountReads(format: String, negative: Bool) throws {
        let (name, text) = Self.file(format, "99999999.99", negative: negative)
        let lines = try skipping(text, name: name)
        #expect(lines.lines == 1)
        #expect(lines.invalid.isEmpty, "\(lines.invalid)")
    }

    @Test(arguments: formats, ["100000000.00", "92233720368547758.07", "99999999999999999999.99"])
    func anAmountBeyondItIsABadLine(format: String, amount: String) throws {
        let (name, text) = Self.file(format, amount, negative: true)
        let lines = try skipping(text, name: name)
        #expect(lines.lines == 0)
        #expect(lines.invalid.count == 1)
        #expect(lines.invalid.first?.line != nil)
        #expect(rejection(text, name: name) != nil)
    }
}

/// A broken file whose statements nest never puts a line outside a statement (found by fuzzing:
/// a credit-card statement inside an unclosed bank statement left the bank's last line
/// after the card statement's end).
@Suite struct StatementProtocolTests {
    @Test func aLineAfterANestedStatementEndsIsABadLine() throws {
        let text =
            OFXFixture.header
                + """
                <OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
                <STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>111<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST>
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240104<TRNAMT>-1.00<FITID>A<NAME>ONE</STMTTRN>
                <CCSTMTRS><CURDEF>USD<CCACCTFROM><ACCTID>222</CCACCTFROM><BANKTRANLIST>
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240105<TRNAMT>-2.00<FITID>B<NAME>TWO</STMTTRN>
                </BANKTRANLIST></CCSTMTRS>
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240106<TRNAMT>-3.00<FITID>C<NAME>THREE</STMTTRN>
                </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>

                """
        let read = try skipping(text, name: "nested.ofx")
        #expect(read.lines + read.invalid.count == 3)
        #expect(read.invalid.allSatisfy { $0.message.contains("outside any statement") })
    }
}
