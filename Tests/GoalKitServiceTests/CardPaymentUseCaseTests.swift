import Foundation
import GoalKit
import GoalKitAnalysis
import GoalKitImport
import GoalKitReport
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// Card payments from a checking account, with and without the card's own statement imported:
/// paired, a transfer; unpaired, money out on its own line ("card payment (card statement not
/// imported)"), never spending of a category, never uncategorised, never silently gone.
@Suite struct CardPaymentUseCaseTests {
    static let checking = """
        Date,Description,Amount
        2026-03-01,ACME PAYROLL,3000.00
        2026-03-03,SAFEWAY #1234,-82.10
        2026-03-05,CHASE CREDIT CRD AUTOPAY,-412.55
        2026-03-10,AMEX EPAYMENT ACH PMT,-120.00
        2026-03-12,Zelle to Jane Doe,-200.00
        2026-03-15,PAYMENT THANK YOU,-99.99
        2026-03-31,MONTHLY SERVICE FEE,-5.00

        """

    /// The Chase card: its charges in February, its side of the March payment, and a notice
    /// at the end of March (its statement covers the month).
    static let card = """
        Date,Description,Amount
        2026-02-14,WHOLE FOODS MARKET,-212.55
        2026-02-20,UNITED AIRLINES,-200.00
        2026-03-06,PAYMENT THANK YOU,412.55
        2026-03-31,STATEMENT CLOSING NOTICE,0.00

        """

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var card: Bool
        var ownName: String?
        /// March's figures: spending, card payments not imported, net.
        var spending: String
        var cardPayments: String
        var net: String
        /// The payees the review list names as card payments, and those left uncategorised.
        var labelled: [String]
        var uncategorized: [String]
        var testDescription: String { name }
    }

    static let cases = [
        Case(
            name: "checking alone", card: false, ownName: nil, spending: "287.10", cardPayments: "632.54",
            net: "2080.36",
            labelled: ["CHASE CREDIT CRD AUTOPAY", "AMEX EPAYMENT ACH PMT", "PAYMENT THANK YOU"],
            uncategorized: ["Zelle to Jane Doe"]),
        Case(
            name: "with the Chase card's statement", card: true, ownName: nil, spending: "287.10",
            cardPayments: "219.99", net: "2492.91", labelled: ["AMEX EPAYMENT ACH PMT", "PAYMENT THANK YOU"],
            uncategorized: ["Zelle to Jane Doe", "STATEMENT CLOSING NOTICE"]),
        Case(
            name: "with the card and the own name", card: true, ownName: "Jane Doe", spending: "87.10",
            cardPayments: "219.99", net: "2692.91", labelled: ["AMEX EPAYMENT ACH PMT", "PAYMENT THANK YOU"],
            uncategorized: ["STATEMENT CLOSING NOTICE"]),
    ]

    static func session(_ dir: TemporaryDirectory, _ c: Case) throws -> GoalKitSession {
        let session = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        if let name = c.ownName { try session.setOwnNames([name]) }
        var options = ImportOptions()
        options.account = "CHK"
        _ = try session.importFile(path: dir.write("checking.csv", checking), options: options)
        if c.card {
            options.account = "CARD"
            _ = try session.importFile(path: dir.write("card.csv", card), options: options)
        }
        return session
    }

    static func summary(_ report: Report, _ key: String) -> String? {
        guard case .money(let m)? = report.summary.first(where: { $0.key == key })?.value else { return nil }
        return m.decimalString
    }

    @Test(arguments: cases) func theMonthlyReportNamesUnpairedCardPayments(c: Case) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let session = try Self.session(dir, c)
        let report = try session.monthlyReport(month: YearMonth("2026-03")!)
        #expect(Self.summary(report, "spending") == c.spending)
        #expect(Self.summary(report, "card_payments_not_imported") == c.cardPayments)
        #expect(Self.summary(report, "net") == c.net)
        let review = try #require(report.sections.compactMap(\.table).first { $0.name == "uncategorized" }?.listing)
        let payees = try session.expenses().reduce(into: [Int64: String]()) { $0[$1.expense.id!] = $1.expense.payeeRaw }
        var labelled: [String] = []
        var uncategorized: [String] = []
        for row in review.rows {
            guard case .int(let id) = row[0], let payee = payees[id] else { continue }
            if row.last == .text(CardPayment.unpairedLabel) {
                labelled.append(payee)
            } else {
                uncategorized.append(payee)
            }
        }
        #expect(labelled == c.labelled)
        #expect(uncategorized == c.uncategorized)
        let categories = try #require(report.sections.compactMap(\.table).first { $0.name == "categories" }?.listing)
        #expect(!categories.rows.contains { $0[0] == .text(CardPayment.unpairedLabel) })
    }

    @Test(arguments: cases) func cashFlowCountsThemAsMoneyOutInNoCategory(c: Case) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let flow = try Self.session(dir, c).cashFlow(asOf: LocalDate(iso: "2026-03-31")!, months: 1)
        let march = try #require(flow.months.last)
        #expect(march.month == YearMonth("2026-03"))
        #expect(march.cardPayments.decimalString == c.cardPayments)
        #expect(march.spending.decimalString == c.spending)
        #expect(march.net.decimalString == c.net)
        #expect((march.byCategory["Uncategorized"]?.minorUnits ?? 0) == (c.ownName == nil ? 20_000 : 0))
    }

    @Test(arguments: cases) func theExpenseListingLabelsThem(c: Case) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let listing = ImportSummary.expenses(try Self.session(dir, c).expenses())
        let category = try #require(listing.columns.firstIndex(of: "category"))
        let payee = try #require(listing.columns.firstIndex(of: "payee"))
        let labelled = listing.rows.filter { $0[category] == .text(CardPayment.unpairedLabel) }.map { $0[payee] }
        #expect(labelled == c.labelled.map { .text($0) })
    }

    /// Undoing the card's import takes the pairs with it: the payment is unpaired again.
    @Test func undoingTheCardsImportUnpairsThePayment() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let session = try Self.session(dir, Self.cases[1])
        let card = try #require(session.importBatches().first { $0.fileName.hasSuffix("card.csv") })
        _ = try session.undoImport(id: try #require(card.id))
        let report = try session.monthlyReport(month: YearMonth("2026-03")!)
        #expect(Self.summary(report, "card_payments_not_imported") == "632.54")
    }

    /// `categorize` counts them apart: they are not left uncategorised.
    @Test func categorizeCountsThemApart() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let summary = try Self.session(dir, Self.cases[0]).categorize()
        #expect(summary.unpairedCardPayments == 3)
        #expect(summary.uncategorized == 1)
    }

    /// Lines that look like money to a person ask for the own name while it is unknown; the
    /// name, once given, marks them (also those already imported) as transfers.
    @Test func theOwnNameIsAskedForThenMarksTransfers() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let session = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        let result = try session.importFile(path: dir.write("checking.csv", Self.checking))
        let question = try #require(result.warnings.first { $0.message.contains("own-name") })
        #expect(question.line == 6)
        #expect(question.message.contains("'Zelle to Jane Doe'"))
        #expect(question.message.contains("goalkit user own-name"))
        #expect(try session.ownNames().isEmpty)
        #expect(try session.setOwnNames([" Jane Doe ", "jane doe"]) == ["Jane Doe"])
        #expect(try session.ownNames() == ["Jane Doe"])
        let zelle = try #require(session.expenses().first { $0.expense.payeeRaw == "Zelle to Jane Doe" })
        #expect(zelle.expense.isTransfer)
        let again = try session.importFile(
            path: dir.write("more.csv", "Date,Description,Amount\n2026-04-02,Zelle to Jane Doe,-50.00\n"))
        #expect(!again.warnings.contains { $0.message.contains("own-name") })
        try session.setOwnNames([])
        #expect(
            try session.expenses().filter(\.expense.isTransfer).map(\.expense.payeeRaw) == [
                "CHASE CREDIT CRD AUTOPAY", "AMEX EPAYMENT ACH PMT", "PAYMENT THANK YOU",
            ])
    }

    @Test(arguments: ["", "   ", "1234", String(repeating: "a", count: 101)])
    func aNameNeedsALetterAndAtMostAHundredCharacters(name: String) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let session = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        #expect(throws: ServiceError.self) { try session.setOwnNames([name]) }
    }
}
