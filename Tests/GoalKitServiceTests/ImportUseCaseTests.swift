import Foundation
import GRDB
import GoalKit
import GoalKitAnalysis
import GoalKitImport
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

@Suite struct ImportUseCaseTests {
    typealias F = OFXFixture

    final class Context {
        let dir = TemporaryDirectory()
        let session: GoalKitSession

        init() throws {
            session = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        }

        deinit { dir.remove() }

        func file(_ name: String, _ content: String) -> String { dir.write(name, content) }

        func importing(_ name: String, _ content: String, _ options: ImportOptions = ImportOptions()) throws
            -> FileImportResult
        {
            try session.importFile(path: file(name, content), options: options)
        }

        var count: Int { (try? session.expenses().count) ?? -1 }
    }

    static let january = [
        F.transaction("20240105", "-12.50", "SQ *BLUE BOTTLE #123", fitID: "J1"),
        F.transaction("20240110", "2500.00", "ACME PAYROLL", fitID: "J2", type: "CREDIT"),
        F.transaction("20240115", "-80.00", "SHELL OIL 5744", fitID: "J3"),
    ]

    @Test func importsEveryLineSignedWithRawAndNormalisedPayee() throws {
        let c = try Context()
        let result = try c.importing("jan.ofx", F.simple(Self.january))
        #expect(result.added == 3)
        let rows = try c.session.expenses()
        #expect(rows.map(\.expense.amount.decimalString) == ["-12.50", "2500.00", "-80.00"])
        #expect(rows.first?.expense.payeeRaw == "SQ *BLUE BOTTLE #123")
        #expect(rows.first?.expense.name == "Blue Bottle")
        #expect(rows.first?.expense.bankTransactionID == "J1")
        #expect(rows.allSatisfy { $0.expense.importBatchID == result.batch?.id })
        let budgets = try c.session.budgets()
        #expect(budgets.map(\.name) == ["2024-01"])
        #expect(rows.allSatisfy { $0.expense.budgetID == budgets[0].id })
    }

    @Test func reimportingAddsNothing() throws {
        let c = try Context()
        _ = try c.importing("jan.ofx", F.simple(Self.january))
        let again = try c.importing("jan.ofx", F.simple(Self.january))
        #expect(again.added == 0)
        #expect(again.duplicates == 3)
        #expect(c.count == 3)
    }

    @Test func anOverlappingStatementAddsOnlyNewLines() throws {
        let c = try Context()
        _ = try c.importing("jan.ofx", F.simple(Self.january))
        let overlap = Array(Self.january.suffix(2)) + [F.transaction("20240203", "-5.00", "BAKERY", fitID: "F1")]
        let result = try c.importing("late.ofx", F.simple(overlap))
        #expect(result.added == 1)
        #expect(result.duplicates == 2)
        #expect(c.count == 4)
        #expect(try c.session.budgets().map(\.name) == ["2024-02", "2024-01"])
    }

    @Test func identicalLinesWithoutIDsStayTwoAndReimportOnce() throws {
        let c = try Context()
        let coffees = [F.transaction("20240105", "-3.50", "CAFE"), F.transaction("20240105", "-3.50", "CAFE")]
        let first = try c.importing("a.ofx", F.simple(coffees))
        #expect(first.added == 2)
        #expect(first.warnings.contains { $0.message.contains("no usable bank id") })
        #expect(try c.importing("a.ofx", F.simple(coffees)).added == 0)
        // A later file that has one more identical coffee that day adds just that one.
        #expect(try c.importing("b.ofx", F.simple(coffees + [F.transaction("20240105", "-3.50", "CAFE")])).added == 1)
        #expect(c.count == 3)
    }

    @Test func repeatedOrZeroBankIDsFallBackToContent() throws {
        let c = try Context()
        let lines = [
            F.transaction("20240105", "-1.00", "A", fitID: "SAME"),
            F.transaction("20240106", "-2.00", "B", fitID: "SAME"),
            F.transaction("20240107", "-3.00", "C", fitID: "0000"),
        ]
        let result = try c.importing("r.ofx", F.simple(lines))
        #expect(result.added == 3)
        let keys = try c.session.expenses().map(\.expense.dedupKey)
        #expect(keys.allSatisfy { $0.hasPrefix("c:") })
        #expect(try c.importing("r.ofx", F.simple(lines)).added == 0)
    }

    @Test func aBadLineRejectsTheWholeFile() throws {
        let c = try Context()
        let lines = Self.january + [F.transaction("20240231", "-1.00", "BAD")]
        #expect(throws: ServiceError.self) { try c.importing("bad.ofx", F.simple(lines)) }
        do {
            _ = try c.importing("bad.ofx", F.simple(lines))
        } catch let error as ServiceError {
            #expect(error.exitCode == 65)
            #expect(error.message.contains("bad.ofx:"))
            #expect(error.message.contains("invalid DTPOSTED '20240231'"))
        }
        #expect(c.count == 0)
        #expect(try c.session.importBatches().isEmpty)
        #expect(try c.session.budgets().isEmpty)
    }

    @Test func skipInvalidImportsTheRestAndListsWhatItSkipped() throws {
        let c = try Context()
        let lines = Self.january + [F.transaction("20240231", "-1.00", "BAD"), F.transaction("20240120", "$5", "BAD2")]
        let result = try c.importing("bad.ofx", F.simple(lines), ImportOptions(skipInvalid: true))
        #expect(result.added == 3)
        #expect(result.skippedLines.count == 2)
        #expect(result.batch?.skipped == 2)
        #expect(c.count == 3)
    }

    @Test func undoRemovesTheBatchAndItsLines() throws {
        let c = try Context()
        let first = try c.importing("jan.ofx", F.simple(Self.january))
        let second = try c.importing("feb.ofx", F.simple([F.transaction("20240203", "-5.00", "BAKERY", fitID: "F1")]))
        let undone = try c.session.undoImport(id: try #require(first.batch?.id))
        #expect(undone.batch.linesAdded == 3)
        #expect(undone.removed == 3)
        #expect(try c.session.expenses().map(\.expense.importBatchID) == [second.batch?.id])
        #expect(throws: ServiceError.self) { try c.session.undoImport(id: try #require(first.batch?.id)) }
        // After the undo the same file imports again, whole.
        #expect(try c.importing("jan.ofx", F.simple(Self.january)).added == 3)
    }

    @Test func aFileOfSkippedPartsImportsNothing() throws {
        let c = try Context()
        let content = F.camt(
            [
                F.camtStatement([F.camtEntry("1.00", "CRDT", booked: "2024-01-02", party: "A")]).replacingOccurrences(
                    of: "Stmt>", with: "Ntfctn>")
            ],
            message: "BkToCstmrDbtCdtNtfctn")
        let result = try c.importing("notification.xml", content)
        #expect(result.batch == nil)
        #expect(result.skippedParts.map(\.kind) == [.camt054])
        #expect(c.count == 0)
    }

    @Test func aDryRunWritesNothing() throws {
        let c = try Context()
        let result = try c.importing("jan.ofx", F.simple(Self.january), ImportOptions(dryRun: true))
        #expect(result.added == 3)
        #expect(c.count == 0)
        #expect(try c.session.importBatches().isEmpty)
    }

    @Test func linesGoToTheBudgetThatCoversThem() throws {
        let c = try Context()
        let holiday = try c.session.addBudget(
            name: "Holiday", start: LocalDate(iso: "2024-01-08")!, end: LocalDate(iso: "2024-01-12")!, limits: [])
        _ = try c.importing("jan.ofx", F.simple(Self.january))
        let rows = try c.session.expenses()
        #expect(rows[1].expense.budgetID == holiday.id)
        #expect(rows[0].expense.budgetID != holiday.id)
        #expect(rows[0].expense.budgetID == rows[2].expense.budgetID)
    }

    /// A balance beyond what GoalKit stores is refused like such an amount, never stored: a
    /// poisoned balance made every later import of the account trap.
    @Test func aLedgerBalanceBeyondTheStoredRangeIsRefusedNotStored() throws {
        let c = try Context()
        let big = "92233720368547758.00"
        let january = F.file([F.bank(Self.january, balance: big, balanceDate: "20240131")])
        #expect(throws: ServiceError.self) { try c.importing("jan.ofx", january) }
        #expect(c.count == 0)
        let skipped = try c.importing("jan.ofx", january, ImportOptions(skipInvalid: true))
        #expect(skipped.added == 3)
        #expect(skipped.skippedLines.first?.message.contains("ledger balance") == true)
        let february = [F.transaction("20240203", "5.00", "REFUND", fitID: "F1")]
        let result = try c.importing(
            "feb.ofx", F.file([F.bank(february, balance: "99999999.99", balanceDate: "20240229")]))
        #expect(result.added == 1)
    }

    @Test func warnsWhenBalancesDoNotAddUp() throws {
        let c = try Context()
        _ = try c.importing("jan.ofx", F.file([F.bank(Self.january, balance: "1000.00", balanceDate: "20240131")]))
        let february = [
            F.transaction("20240203", "-5.00", "BAKERY", fitID: "F1"),
            F.transaction("20240210", "-20.00", "BOOKS", fitID: "F2"),
        ]
        let good = try c.importing("feb.ofx", F.file([F.bank(february, balance: "975.00", balanceDate: "20240229")]))
        #expect(!good.warnings.contains { $0.message.contains("ledger balance") })
        let march = [F.transaction("20240303", "-5.00", "BAKERY", fitID: "M1")]
        let bad = try c.importing("mar.ofx", F.file([F.bank(march, balance: "900.00", balanceDate: "20240331")]))
        #expect(bad.warnings.contains { $0.message.contains("lines may be missing") })
    }

    @Test func theFileCurrencyWinsElseTheHomeCurrency() throws {
        let c = try Context()
        _ = try c.importing("eur.ofx", F.file([F.bank(account: "E1", currency: "EUR", Self.january)]))
        let noCurrency = F.file([F.bank(account: "H1", currency: "", [F.transaction("20240105", "-1.00", "X")])])
        _ = try c.importing("none.ofx", noCurrency)
        let rows = try c.session.expenses()
        #expect(Set(rows.filter { $0.expense.account == "E1" }.map(\.expense.amount.currency.code)) == ["EUR"])
        #expect(rows.first { $0.expense.account == "H1" }?.expense.amount.currency.code == "USD")
    }

    @Test func expensesFilter() throws {
        let c = try Context()
        _ = try c.importing(
            "jan.ofx", F.simple(Self.january + [F.transaction("20240203", "-5.00", "BAKERY", fitID: "F1")]))
        #expect(try c.session.expenses(filter: ExpenseFilter(month: YearMonth("2024-02"))).count == 1)
        #expect(try c.session.expenses(filter: ExpenseFilter(search: "bottle")).count == 1)
        #expect(try c.session.expenses(filter: ExpenseFilter(search: "%")).count == 0)
        #expect(try c.session.expenses(filter: ExpenseFilter(account: "nope")).count == 0)
    }

    @Test func inspectPrintsTheDocumentedShape() throws {
        let c = try Context()
        let path = c.file("jan.ofx", F.simple(Self.january))
        let json = InspectView(try StatementReader.inspect(path: path, file: "jan.ofx")).json.serialized()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["file", "format", "encoding", "statements", "skipped", "warnings"])
        #expect(object["format"] as? String == "ofx-sgml")
        let statement = try #require((object["statements"] as? [[String: Any]])?.first)
        #expect(
            Set(statement.keys) == [
                "account_id", "account_type", "currency", "ledger_balance", "balance_date", "period_end",
                "transactions",
            ])
        #expect(statement["ledger_balance"] as? String == "100.00")
        let transaction = try #require((statement["transactions"] as? [[String: Any]])?.first)
        #expect(Set(transaction.keys) == ["date", "amount", "payee", "memo", "id", "type"])
        #expect(transaction["amount"] as? String == "-12.50")
        #expect(transaction["memo"] as? String == "")
    }

    @Test func csvCategoriesBecomeTheUsersOwnVerbatim() throws {
        let c = try Context()
        let csv =
            "Date,Payee,Amount,Category\n2024-03-05,Grocer,-10.00,groceries & more\n2024-03-06,Cafe,-3.00,groceries & more\n2024-03-07,Rent,-900.00,\n"
        let result = try c.importing("labels.csv", csv)
        #expect(result.added == 3)
        let rows = try c.session.expenses()
        #expect(rows.map(\.categoryName) == ["groceries & more", "groceries & more", "Rent & Mortgage"])
        let mine = try c.session.categories().filter { $0.userID != nil }
        #expect(mine.map(\.name) == ["groceries & more"])
        #expect(try c.session.expenses(filter: ExpenseFilter(category: "Groceries & More")).count == 2)
    }

    @Test func savedProfilesAreUsedByName() throws {
        let c = try Context()
        var profile = CSVProfile()
        profile.invert = true
        profile.account = "Card"
        try c.session.saveProfile(name: "card", profile)
        #expect(try c.session.profiles().map(\.name) == ["card"])
        let loaded = try c.session.profile("card")
        #expect(loaded == profile)
        #expect(throws: ServiceError.self) { try c.session.profile("nope") }
        let result = try c.importing(
            "card.csv", "Date,Merchant,Amount\n2024-03-05,Books,12.00\n", ImportOptions(profile: loaded))
        #expect(result.accounts.map(\.account) == ["Card"])
        #expect(try c.session.expenses().first?.expense.amount.decimalString == "-12.00")
    }

    @Test func transfersIntoAGoalAccountCountOnceEvenWhenReimported() throws {
        let c = try Context()
        let goal = try c.session.addGoal(
            NewGoal(name: "House", target: "20000", category: .housing, startDate: LocalDate(iso: "2024-01-01")),
            today: LocalDate(iso: "2024-01-01")!)
        #expect(try c.session.linkGoal(id: goal.id!, account: "SAV1") == 0)
        let checking = F.file([
            F.bank(
                account: "CHK1",
                [
                    F.transaction("20240110", "-500.00", "ONLINE TRANSFER", fitID: "C1"),
                    F.transaction("20240111", "-42.00", "GROCER", fitID: "C2"),
                ])
        ])
        let savings = F.file([
            F.bank(
                account: "SAV1", [F.transaction("20240112", "500.00", "DEPOSIT FROM CHK", fitID: "S1", type: "CREDIT")])
        ])
        _ = try c.importing("chk.ofx", checking)
        let first = try c.importing("sav.ofx", savings)
        #expect(first.contributionsRecorded == 1)
        _ = try c.importing("chk.ofx", checking)
        let again = try c.importing("sav.ofx", savings)
        #expect(again.contributionsRecorded == 0)
        let contributions = try c.session.contributions(goalID: goal.id)
        #expect(contributions.map(\.amount.decimalString) == ["500.00"])
        #expect(contributions.first?.source == .savings)
        #expect(
            try c.session.goalDetail(id: goal.id!, asOf: LocalDate(iso: "2024-02-01")!).goal.currentAmount.decimalString
                == "500.00")
        let rows = try c.session.expenses()
        #expect(
            rows.filter(\.expense.isTransfer).map(\.expense.payeeRaw).sorted() == [
                "DEPOSIT FROM CHK", "ONLINE TRANSFER",
            ])
        // Transfers stay out of spending and income.
        let flow = try c.session.cashFlow(asOf: LocalDate(iso: "2024-02-15")!, months: 1)
        #expect(flow.months.first?.spending.decimalString == "42.00")
        #expect(flow.months.first?.income.decimalString == "0.00")
        // Undoing the savings imports (the second holds the same lines) takes its contribution away again.
        _ = try c.session.undoImport(id: try #require(first.batch?.id))
        #expect(!(try c.session.contributions(goalID: goal.id).isEmpty))
        _ = try c.session.undoImport(id: try #require(again.batch?.id))
        #expect(try c.session.contributions(goalID: goal.id).isEmpty)
    }

    @Test func recurringChargesFromImportedLines() throws {
        let c = try Context()
        var lines: [String] = []
        for month in 1...6 {
            lines.append(
                F.transaction(String(format: "2024%02d05", month), "-15.99", "NETFLIX.COM", fitID: "N\(month)"))
            lines.append(
                F.transaction(
                    String(format: "2024%02d%02d", month, 10 + month), String(format: "-%d.00", 20 + month * 13),
                    "CORNER DELI", fitID: "D\(month)"))
        }
        _ = try c.importing("year.ofx", F.simple(lines))
        let charges = try c.session.recurringCharges(asOf: LocalDate(iso: "2024-06-30")!)
        #expect(charges.map(\.payee) == ["Netflix.Com"])
        #expect(charges.first?.cadence == .monthly)
        #expect(charges.first?.category == "Streaming & Subscriptions")
    }

    @Test func correctionsTeachTheModelAndExplanationsSayWhy() throws {
        let c = try Context()
        let lines =
            (1...6).map {
                F.transaction(String(format: "202403%02d", $0), "-8.00", "ZORBLAT KIOSK \($0 * 111)", fitID: "K\($0)")
            }
            + [F.transaction("20240320", "-3.00", "UNHEARD OF PLACE", fitID: "U1")]
        _ = try c.importing("m.ofx", F.simple(lines))
        let rows = try c.session.expenses()
        _ = try c.session.categorizeExpense(id: rows[0].expense.id!, category: "Coffee Shops")
        _ = try c.session.categorizeExpense(id: rows[1].expense.id!, category: "coffee shops")
        #expect(throws: ServiceError.self) {
            try c.session.categorizeExpense(id: rows[2].expense.id!, category: "Nonsense")
        }
        let summary = try c.session.categorize()
        #expect(summary.trained)
        #expect(summary.examples == 2)
        #expect(summary.bySource["model"] == 4)
        #expect(summary.uncategorized == 1)
        let explained = try c.session.explainExpense(id: rows[3].expense.id!)
        #expect(explained.text.hasPrefix("Coffee Shops, decided by the learned model: you labelled"))
        #expect(
            try c.session.explainExpense(id: rows[0].expense.id!).text
                == "Coffee Shops, decided by your own label: you labelled it Coffee Shops")
        #expect(try c.session.explainExpense(id: rows[6].expense.id!).text.hasPrefix("uncategorised:"))
        // Nothing changed: no retraining.
        #expect(try c.session.categorize().trained == false)
        #expect(try c.session.categorize(retrain: true).trained)
        // A rule beats everything the user did not label.
        _ = try c.session.addRule(match: "kiosk", category: "Groceries", minimum: nil, maximum: "10", account: nil)
        _ = try c.session.categorize()
        #expect(try c.session.expenses()[4].categoryName == "Groceries")
        #expect(try c.session.expenses()[0].categoryName == "Coffee Shops")
        #expect(throws: ServiceError.self) {
            try c.session.addRule(match: "(", category: "Groceries", minimum: nil, maximum: nil, account: nil)
        }
    }

    @Test func everyShippedMerchantAndCodeCategoryExists() throws {
        let c = try Context()
        let names = Set(try c.session.categories().map { $0.name.lowercased() })
        for line in MerchantMapCategories.all { #expect(names.contains(line.lowercased()), "\(line)") }
    }
}
