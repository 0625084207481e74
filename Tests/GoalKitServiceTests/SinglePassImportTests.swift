import Foundation
import GRDB
import GoalKit
import GoalKitImport
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// The one-pass import: keys for bank ids that come back, a read that starts over, and the
/// bulk way of writing a large file.
@Suite struct SinglePassImportTests {
    typealias F = OFXFixture

    final class Context {
        let dir = TemporaryDirectory()
        let session: GoalKitSession
        var database: String { dir.file("db.sqlite") }

        init() throws {
            session = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        }

        deinit { dir.remove() }

        func importing(_ name: String, _ content: String, _ options: ImportOptions = ImportOptions()) throws
            -> FileImportResult
        {
            try session.importFile(path: dir.write(name, content), options: options)
        }

        func keys() throws -> [String] { try session.expenses().map(\.expense.dedupKey) }

        func pairedAmounts() throws -> [Int64] {
            try DatabaseQueue(path: database).read { db in
                try Int64.fetchAll(
                    db, sql: "SELECT amount FROM expenses WHERE transfer_expense_id IS NOT NULL ORDER BY amount")
            }
        }

        func indexes() throws -> [String] {
            try DatabaseQueue(path: database).read { db in
                try String.fetchAll(
                    db,
                    sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'expenses' ORDER BY name")
            }
        }
    }

    @Test func anIDThatComesBackRekeysTheLineWrittenFirst() throws {
        let c = try Context()
        let lines = [
            F.transaction("20240105", "-1.00", "A", fitID: "X"),
            F.transaction("20240106", "-2.00", "B", fitID: "Y"),
            F.transaction("20240107", "-3.00", "C", fitID: "X"),
            F.transaction("20240108", "-4.00", "D", fitID: "X"),
        ]
        let result = try c.importing("r.ofx", F.simple(lines))
        #expect(result.added == 4)
        let keys = try c.keys()
        #expect(keys.filter { $0.hasPrefix("c:2024-01-0") }.count == 3)
        #expect(keys.contains("id:Y"))
        let again = try c.importing("r.ofx", F.simple(lines))
        #expect(again.added == 0)
        #expect(again.duplicates == 4)
        #expect(try c.session.expenses().count == 4)
    }

    @Test func anIDImportedBeforeThatNowComesBackAddsOnlyTheNewLine() throws {
        let c = try Context()
        _ = try c.importing("a.ofx", F.simple([F.transaction("20240105", "-1.00", "A", fitID: "X")]))
        let later = try c.importing(
            "b.ofx",
            F.simple([
                F.transaction("20240105", "-1.00", "A", fitID: "X"),
                F.transaction("20240109", "-9.00", "Z", fitID: "X"),
            ]))
        #expect(later.added == 1)
        #expect(later.duplicates == 1)
        #expect(try c.session.expenses().map(\.expense.payeeRaw).sorted() == ["A", "Z"])
    }

    @Test func anXMLFileThatBreaksHalfwayIsReadAgainAsSGMLWithEveryLineOnce() throws {
        let c = try Context()
        func closed(_ id: String, _ amount: String) -> String {
            """
            <STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20240105</DTPOSTED><TRNAMT>\(amount)</TRNAMT>\
            <FITID>\(id)</FITID><NAME>SHOP \(id)</NAME></STMTTRN>

            """
        }
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
            <OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1</TRNUID><STMTRS><CURDEF>USD</CURDEF>
            <BANKACCTFROM><BANKID>1</BANKID><ACCTID>777</ACCTID><ACCTTYPE>CHECKING</ACCTTYPE></BANKACCTFROM>
            <BANKTRANLIST><DTSTART>20240101</DTSTART><DTEND>20240131</DTEND>
            \(closed("T1", "-1.00"))\(closed("T2", "-2.00"))<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240106<TRNAMT>-3.00<FITID>T3<NAME>SHOP T3</STMTTRN>
            </BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>

            """
        let result = try c.importing("broken.ofx", text)
        #expect(result.format == .ofxSGML)
        #expect(result.warnings.contains { $0.message.contains("read as OFX 1.x SGML instead") })
        #expect(result.added == 3)
        #expect(try c.session.expenses().compactMap(\.expense.bankTransactionID).sorted() == ["T1", "T2", "T3"])
        #expect(result.batch?.format == "ofx-sgml")
    }

    static func csv(lines: Int, badLast: Bool = false) -> String {
        var text = "Date,Description,Amount\n"
        for i in 0..<lines {
            let day = 1 + i % 28
            text +=
                "2024-0\(1 + i / 5_000 % 9)-\(day < 10 ? "0" : "")\(day),SHOP \(i % 37) CARD PURCHASE WITH A LONGER DESCRIPTION,-\(1 + i % 500).\(i % 10)5\n"
        }
        if badLast { text += "2024-01-05,BROKEN,12x\n" }
        return text
    }

    @Test func aLargeFileGoesInTheBulkWayAndKeepsEveryIndexAndKey() throws {
        let c = try Context()
        let before = try c.indexes()
        let text = Self.csv(lines: 25_000)
        let first = try c.importing("big.csv", text, ImportOptions(account: "big"))
        #expect(first.added == 25_000)
        #expect(try c.indexes() == before)
        let integrity = try DatabaseQueue(path: c.database).read { db in
            try String.fetchOne(db, sql: "PRAGMA integrity_check")
        }
        #expect(integrity == "ok")
        let again = try c.importing("big.csv", text, ImportOptions(account: "big"))
        #expect(again.added == 0)
        #expect(again.duplicates == 25_000)
    }

    @Test func aLargeFileThatFailsLeavesTheTableAndItsIndexesAsTheyWere() throws {
        let c = try Context()
        _ = try c.importing("small.ofx", F.simple([F.transaction("20240105", "-1.00", "A", fitID: "X")]))
        let before = try c.indexes()
        #expect(throws: ServiceError.self) {
            try c.importing("big.csv", Self.csv(lines: 25_000, badLast: true), ImportOptions(account: "big"))
        }
        #expect(try c.indexes() == before)
        #expect(try c.session.expenses().count == 1)
        #expect(try c.session.importBatches().count == 1)
    }

    @Test func aSingleAccountMarksTransfersByTextAndCategoryAsTheyGoIn() throws {
        let c = try Context()
        let text = """
            Date,Description,Amount,Category
            2024-01-05,ONLINE TRANSFER TO SAVINGS,-200.00,
            2024-01-06,CARD PAYMENT THANK YOU,-150.00,Credit Card Payments
            2024-01-07,GROCER,-42.00,

            """
        let result = try c.importing("one.csv", text, ImportOptions(account: "chk"))
        #expect(result.added == 3)
        let rows = try c.session.expenses()
        #expect(
            rows.filter(\.expense.isTransfer).map(\.expense.payeeRaw).sorted() == [
                "CARD PAYMENT THANK YOU", "ONLINE TRANSFER TO SAVINGS",
            ])
        #expect(try c.pairedAmounts().isEmpty)
        // A second account brings the pairing pass back: the two sides find each other.
        let savings = try c.importing(
            "sav.csv", "Date,Description,Amount\n2024-01-06,TRANSFER FROM CHECKING,200.00\n",
            ImportOptions(account: "sav"))
        #expect(savings.added == 1)
        #expect(try c.pairedAmounts() == [-20_000, 20_000])
    }

    @Test func anAmountBeyondWhatIsStoredIsABadLineWithItsNumber() throws {
        let c = try Context()
        let text = "Date,Description,Amount\n2024-01-05,A,-1.00\n2024-01-06,HUGE,-123456789012.00\n2024-01-07,C,-2.00\n"
        do {
            _ = try c.importing("huge.csv", text, ImportOptions(account: "x"))
            Issue.record("the file was taken")
        } catch let error as ServiceError {
            #expect(error.message.contains("huge.csv:3"))
            #expect(error.message.contains("larger than GoalKit stores"))
        }
        #expect(try c.session.expenses().isEmpty)
        let skipping = try c.importing("huge.csv", text, ImportOptions(account: "x", skipInvalid: true))
        #expect(skipping.added == 2)
        #expect(skipping.skippedLines.map(\.line) == [3])
    }
}
