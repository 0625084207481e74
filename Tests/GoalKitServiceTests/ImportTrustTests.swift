import Foundation
import GRDB
import GoalKit
import GoalKitImport
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// What the database keeps of files that reuse their ids, change currency, or were imported
/// under older rules.
@Suite struct ImportTrustTests {
    typealias Context = ImportUseCaseTests.Context

    static let january = "ID,Date,Description,Amount\n1,2024-01-05,Coffee,-3.50\n2,2024-01-06,Book,-12.00\n"

    /// 10. Ids numbered 1..N per download: next month's lines are new lines, once.
    @Test(
        arguments: [
            // (the second file, added, already imported, a warning it must hold)
            (
                "ID,Date,Description,Amount\n1,2024-02-05,Coffee,-3.50\n2,2024-02-06,Book,-15.00\n", 2, 0,
                "reuses its ids"
            ),
            ("ID,Date,Description,Amount\n1,2024-01-05,Coffee,-3.50\n2,2024-01-06,Book,-12.00\n", 0, 2, nil),
            (
                "ID,Date,Description,Amount\n1,2024-01-08,Coffee,-3.50\n2,2024-01-06,Book,-12.00\n", 0, 2,
                "dates were updated"
            ),
            ("ID,Date,Description,Amount\n1,2024-01-05,Coffee,-3.60\n", 1, 0, "another amount"),
        ] as [(String, Int, Int, String?)])
    func aBankIDThatComesBackIsTheSameLineOnlyWhenAmountAndDateAgree(
        second: String, added: Int, duplicates: Int, warning: String?
    ) throws {
        let c = try Context()
        _ = try c.importing("jan.csv", Self.january, ImportOptions(account: "chk"))
        let result = try c.importing("feb.csv", second, ImportOptions(account: "chk"))
        #expect(result.added == added)
        #expect(result.duplicates == duplicates)
        if let warning { #expect(result.warnings.contains { $0.message.contains(warning) }) }
        let again = try c.importing("feb.csv", second, ImportOptions(account: "chk"))
        #expect(again.added == 0)
        #expect(c.count == 2 + added)
    }

    /// 10. A pending line posted days later keeps one row, at the later date.
    @Test func aPendingLineSentAgainAsPostedMovesToItsLaterDate() throws {
        let c = try Context()
        _ = try c.importing("a.csv", Self.january, ImportOptions(account: "chk"))
        _ = try c.importing(
            "b.csv", "ID,Date,Description,Amount\n1,2024-01-08,Coffee,-3.50\n", ImportOptions(account: "chk"))
        let dates = try c.session.expenses().map(\.expense.date.isoString)
        #expect(dates.sorted() == ["2024-01-06", "2024-01-08"])
    }

    /// 9. An account never holds two currencies.
    @Test func aStatementInAnotherCurrencyGoesToItsOwnAccount() throws {
        let c = try Context()
        _ = try c.importing(
            "usd.csv", "Date,Payee,Amount\n2024-01-05,A,-1.00\n", ImportOptions(account: "card", currency: .usd))
        let result = try c.importing(
            "eur.csv", "Date,Payee,Amount\n2024-01-06,B,-2.00\n", ImportOptions(account: "card", currency: .eur))
        #expect(result.accounts.map(\.account) == ["card/EUR"])
        #expect(result.warnings.contains { $0.message.contains("never mixes currencies") })
        #expect(try c.session.checkImports().mixedAccounts.isEmpty)
    }

    /// 13. `imports check` lists what the current rules read differently; `reread` replaces
    /// the batch in one go, keeping the category the person set.
    @Test func checkFindsWhatReadsDifferentlyAndRereadReplacesIt() throws {
        let c = try Context()
        let path = c.file("old.csv", "Date,Description,Amount\n2012-01-05,Coffee,-3.50\n")
        let first = try c.session.importFile(path: path, options: ImportOptions(account: "chk"))
        let id = try #require(first.batch?.id)
        let coffee = try #require(try c.session.expenses().first?.expense.id)
        _ = try c.session.categorizeExpense(id: coffee, category: "Groceries")
        #expect(try c.session.checkImports().isClean)
        _ = c.file("old.csv", "Date,Description,Amount\n2012-01-05,Coffee,-3.50\n2012-01-07,Rent,-900.00\n")
        let report = try c.session.checkImports()
        #expect(report.batches.map(\.status) == [.differs])
        #expect(report.batches.first?.readNow.map(\.date) == ["2012-01-07"])
        #expect(c.count == 1)
        _ = try c.session.rereadImport(id: id)
        let rows = try c.session.expenses()
        #expect(rows.map(\.expense.date.isoString) == ["2012-01-05", "2012-01-07"])
        #expect(rows.first?.categoryName == "Groceries")
        #expect(try c.session.checkImports().isClean)
    }

    /// 10. An OFX correction whose target an earlier import holds takes that line away.
    @Test(arguments: [("REPLACE", ["-3.75"]), ("DELETE", [])])
    func aCorrectionRemovesTheLineAnEarlierImportHolds(action: String, amounts: [String]) throws {
        let c = try Context()
        typealias F = OFXFixture
        _ = try c.importing("a.ofx", F.simple([F.transaction("20240105", "-3.50", "COFFEE", fitID: "T1")]))
        let correction =
            F.transaction("20240105", "-3.75", "COFFEE", fitID: "T2")
            .replacingOccurrences(of: "</STMTTRN>", with: "<CORRECTFITID>T1\n<CORRECTACTION>\(action)\n</STMTTRN>")
        let result = try c.importing("b.ofx", F.simple([correction]))
        #expect(try c.session.expenses().map(\.expense.amount.decimalString) == amounts)
        #expect(result.warnings.contains { $0.message.contains("'T1'") })
        // The corrected file again, or a check and reread of it, does not bring the line back.
        let again = try c.importing("a.ofx", F.simple([F.transaction("20240105", "-3.50", "COFFEE", fitID: "T1")]))
        #expect(again.added == 0)
        #expect(again.warnings.contains { $0.message.contains("a bank correction replaced or deleted") })
        #expect(try c.session.checkImports().batches.allSatisfy { $0.status == .same })
        #expect(try c.session.expenses().map(\.expense.amount.decimalString) == amounts)
    }

    /// 10. A correction before its target in the same file drops the target too.
    @Test func aDeleteBeforeItsTargetInTheFileDropsIt() throws {
        let c = try Context()
        typealias F = OFXFixture
        let delete = F.transaction("20240105", "0.00", "X", fitID: "D1")
            .replacingOccurrences(of: "</STMTTRN>", with: "<CORRECTFITID>X1\n<CORRECTACTION>DELETE\n</STMTTRN>")
        let target = F.transaction("20240104", "-50.00", "SHOP", fitID: "X1")
        _ = try c.importing("d.ofx", F.simple([delete, target]))
        #expect(c.count == 0)
    }

    /// 10. The same id and amount within a week but another merchant is a new line (a bank
    /// numbering its lines 1..N per download), not a pending line posted.
    @Test func aReturningIDWithAnotherPayeeIsANewLine() throws {
        let c = try Context()
        _ = try c.importing(
            "jan.csv", "ID,Date,Description,Amount\n1,2024-01-10,Rent,-900.00\n2,2024-01-30,Bakery,-3.50\n",
            ImportOptions(account: "chk"))
        let feb = try c.importing(
            "feb.csv", "ID,Date,Description,Amount\n1,2024-02-01,Salary,2000.00\n2,2024-02-02,Coffee Shop,-3.50\n",
            ImportOptions(account: "chk"))
        #expect(feb.added == 2)
        #expect(
            try c.session.expenses().map(\.expense.date.isoString) == [
                "2024-01-10", "2024-01-30", "2024-02-01", "2024-02-02",
            ])
    }

    /// 9. A line in another currency than its statement is a question: the file says two things.
    @Test func aCAMTEntryInAnotherCurrencyIsAQuestion() throws {
        let c = try Context()
        typealias F = OFXFixture
        let usd = F.camtEntry("10.00", "DBIT", booked: "2024-01-05", party: "Shop")
            .replacingOccurrences(of: "Ccy=\"EUR\"", with: "Ccy=\"USD\"")
        let eur = F.camtEntry("20.00", "DBIT", booked: "2024-01-06", party: "Shop")
        #expect(throws: ServiceError.self) { try c.importing("c.xml", F.camt([F.camtStatement([usd, eur])])) }
        let result = try c.importing("c.xml", F.camt([F.camtStatement([usd, eur])]), ImportOptions(skipInvalid: true))
        #expect(result.added == 1)
        #expect(result.skippedLines.first?.message.contains("the line is in USD but its statement is in EUR") == true)
        #expect(try c.session.checkImports().mixedAccounts.isEmpty)
    }

    /// 7. Undoing a batch keeps the lines a later batch also holds.
    @Test func undoKeepsWhatALaterImportAlsoHolds() throws {
        let c = try Context()
        let a = try c.importing(
            "a.csv", "Date,Payee,Amount\n2024-01-05,Coffee,-3.50\n2024-01-06,Groceries,-40.00\n",
            ImportOptions(account: "chk"))
        let b = try c.importing(
            "b.csv", "Date,Payee,Amount\n2024-01-06,Groceries,-40.00\n2024-01-07,Book,-12.00\n",
            ImportOptions(account: "chk"))
        #expect(b.added == 1)
        let undone = try c.session.undoImport(id: try #require(a.batch?.id))
        #expect(undone.removed == 1)
        #expect(undone.kept.map(\.lines) == [1])
        let rows = try c.session.expenses()
        #expect(rows.map(\.expense.payeeRaw) == ["Groceries", "Book"])
        #expect(rows.allSatisfy { $0.expense.importBatchID == b.batch?.id })
        let left = try c.session.undoImport(id: try #require(b.batch?.id))
        #expect(left.removed == 2)
        #expect(c.count == 0)
    }

    /// 8. A line converted from another currency keeps its original amount and rate.
    @Test func aConvertedLineKeepsItsOriginalAmountAndRate() throws {
        let c = try Context()
        typealias F = OFXFixture
        let yen = F.transaction("20240105", "-100000", "HOTEL TOKYO", fitID: "Y1")
            .replacingOccurrences(
                of: "</STMTTRN>", with: "<CURRENCY><CURRATE>0.0067<CURSYM>JPY</CURRENCY>\n</STMTTRN>")
        let path = c.file("y.ofx", F.simple([yen]))
        _ = try c.session.importFile(path: path)
        let store = try GoalKitStore(path: c.dir.file("db.sqlite"))
        let row = try store.writer.read { db in
            try Row.fetchOne(
                db, sql: "SELECT amount, currency, original_amount, original_currency, exchange_rate FROM expenses")
        }
        #expect(row?["amount"] == -67000 as Int64)
        #expect(row?["original_amount"] == -100000 as Int64)
        #expect(row?["original_currency"] == "JPY")
        #expect(row?["exchange_rate"] == "0.0067")
    }
}
