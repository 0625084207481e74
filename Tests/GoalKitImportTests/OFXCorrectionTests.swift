import Foundation
import GoalKit
import GoalKitImport
import GoalKitTestSupport
import Testing

/// OFX transactions that replace or delete an earlier one (`CORRECTFITID`, `CORRECTACTION`).
@Suite struct OFXCorrectionTests {
    typealias F = OFXFixture

    static func correcting(_ transaction: String, _ target: String, _ action: String) -> String {
        transaction.replacingOccurrences(
            of: "</STMTTRN>", with: "<CORRECTFITID>\(target)\n<CORRECTACTION>\(action)\n</STMTTRN>")
    }

    static let coffee = F.transaction("20240105", "-12.50", "COFFEE", fitID: "A1")
    static let salary = F.transaction("20240110", "100.00", "SALARY", fitID: "A2")

    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let content: String
        /// (bank id, amount in minor units, correction) of each line delivered.
        let lines: [String]
        let warnings: Int
        var description: String { name }
    }

    static func describe(_ line: StatementLine) -> String {
        let correction = line.correction.map { " \($0.action.rawValue) \($0.targetBankID)" } ?? ""
        return "\(line.bankID ?? "-") \(line.amount.minorUnits)\(correction)"
    }

    static let cases: [Case] = [
        Case(
            name: "replace a line earlier in the file",
            content: F.simple([
                coffee, salary, correcting(F.transaction("20240105", "-13.50", "COFFEE", fitID: "B1"), "A1", "REPLACE"),
            ]),
            lines: ["A2 10000", "B1 -1350 replace A1"], warnings: 1),
        Case(
            name: "delete a line earlier in the file",
            content: F.simple([
                coffee, salary, correcting(F.transaction("20240105", "-12.50", "COFFEE", fitID: "D1"), "A1", "DELETE"),
            ]),
            lines: ["A2 10000", "D1 -1250 delete A1"], warnings: 1),
        Case(
            name: "replace a line of an earlier import",
            content: F.simple([
                coffee, salary, correcting(F.transaction("20231228", "-9.00", "BOOKS", fitID: "B1"), "X9", "replace"),
            ]),
            lines: ["A1 -1250", "A2 10000", "B1 -900 replace X9"], warnings: 0),
        Case(
            name: "a deletion with no amount",
            content: F.simple([
                coffee,
                "<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20240106\n<FITID>D1\n<CORRECTFITID>A1\n<CORRECTACTION>DELETE\n</STMTTRN>\n",
            ]),
            lines: ["D1 0 delete A1"], warnings: 1),
        Case(
            name: "closed tags in lower case",
            content: F.simple([
                coffee,
                F.transaction("20240105", "-13.50", "COFFEE", fitID: "B1").replacingOccurrences(
                    of: "</STMTTRN>",
                    with: "<correctfitid>A1</correctfitid><correctaction>REPLACE</correctaction></STMTTRN>"),
            ]),
            lines: ["B1 -1350 replace A1"], warnings: 1),
        Case(
            name: "OFX 2 (XML)",
            content: XMLFormatTests.ofx2.replacingOccurrences(
                of: "<FITID>X2</FITID>",
                with: "<FITID>X2</FITID><CORRECTFITID>X1</CORRECTFITID><CORRECTACTION>REPLACE</CORRECTACTION>"),
            lines: ["X2 250000 replace X1"], warnings: 1),
    ]

    @Test(arguments: cases)
    func appliesCorrectionsWithinTheFile(_ c: Case) throws {
        let parsed = try inspect(c.content)
        #expect(parsed.lines.map(Self.describe) == c.lines)
        #expect(parsed.warnings.filter { $0.message.contains("corrected later in this file") }.count == c.warnings)
    }

    struct Rejected: Sendable, CustomStringConvertible {
        let fields: String
        let message: String
        var description: String { fields }
    }

    static let rejected: [Rejected] = [
        Rejected(fields: "<CORRECTFITID>A1\n", message: "CORRECTFITID 'A1' has no CORRECTACTION (REPLACE or DELETE)"),
        Rejected(
            fields: "<CORRECTFITID>A1\n<CORRECTACTION>UPDATE\n",
            message: "CORRECTACTION 'UPDATE' is neither REPLACE nor DELETE"),
        Rejected(fields: "<CORRECTACTION>DELETE\n", message: "CORRECTACTION DELETE names no CORRECTFITID"),
    ]

    @Test(arguments: rejected)
    func rejectsCorrectionsItCannotApply(_ r: Rejected) throws {
        let content = F.simple([
            Self.coffee,
            F.transaction("20240105", "-13.50", "COFFEE", fitID: "B1").replacingOccurrences(
                of: "</STMTTRN>", with: r.fields + "</STMTTRN>"),
        ])
        let error = try #require(rejection(content))
        #expect(error.message == r.message)
        #expect(error.description.hasPrefix("statement.ofx:\(error.line ?? 0): error: "))
        #expect((error.line ?? 0) > 1)
    }
}
