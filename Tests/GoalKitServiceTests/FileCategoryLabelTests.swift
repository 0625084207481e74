import Foundation
import GRDB
import GoalKit
import GoalKitReport
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// A file's category column keeps its meaning: a label that is a shipped category's name or
/// synonym is that category, with its kind; an unknown label becomes the user's own category
/// whose kind its lines give; the monthly report then counts the income as income.
@Suite struct FileCategoryLabelTests {
    /// One line of the fixture: its day in March 2024, amount, label, and where it must land
    /// (category, kind, and whether that is a shipped category).
    struct Case: Sendable, CustomTestStringConvertible {
        var day: Int
        var amount: String
        var label: String
        var category: String
        var kind: CategoryKind
        var shipped: Bool
        var testDescription: String { "\(label) \(amount) → \(category) (\(kind.rawValue))" }
    }

    static let cases: [Case] = [
        Case(day: 1, amount: "4900.00", label: "Salary", category: "Salary", kind: .income, shipped: true),
        Case(day: 2, amount: "150.00", label: "other income", category: "Other Income", kind: .income, shipped: true),
        Case(
            day: 3, amount: "-500.00", label: "SAVINGS TRANSFERS", category: "Savings Transfers", kind: .transfer,
            shipped: true),
        Case(day: 4, amount: "-80.00", label: "Supermarket", category: "Groceries", kind: .expense, shipped: true),
        Case(day: 5, amount: "100.00", label: "payroll", category: "Salary", kind: .income, shipped: true),
        Case(day: 6, amount: "-20.00", label: "groceries", category: "Groceries", kind: .expense, shipped: true),
        Case(day: 7, amount: "-35.00", label: "Food:Dining", category: "Restaurants", kind: .expense, shipped: true),
        Case(day: 8, amount: "40.00", label: "Craft Sales", category: "Craft Sales", kind: .income, shipped: false),
        Case(day: 9, amount: "-60.00", label: "Pottery Club", category: "Pottery Club", kind: .expense, shipped: false),
        // Money out and back in under one label: refunds net against spending.
        Case(day: 10, amount: "-20.00", label: "Flea Market", category: "Flea Market", kind: .expense, shipped: false),
        Case(day: 11, amount: "5.00", label: "Flea Market", category: "Flea Market", kind: .expense, shipped: false),
        Case(
            day: 12, amount: "-50.00", label: "Transfer to Joint", category: "Transfer to Joint", kind: .transfer,
            shipped: false),
    ]

    /// The fixture: every case as one CSV line.
    static var csv: String {
        "Date,Payee,Amount,Category\n"
            + cases.map { c in
                "2024-03-\(c.day < 10 ? "0" : "")\(c.day),Payee \(c.day),\(c.amount),\(c.label)\n"
            }.joined()
    }

    final class Context {
        let dir = TemporaryDirectory()
        let store: GoalKitStore
        let session: GoalKitSession

        init() throws {
            store = try GoalKitStore(path: dir.file("db.sqlite"))
            _ = try GoalKitSession.addUser(store: store, username: "default", email: nil)
            session = try GoalKitSession(store: store, username: "default")
        }

        deinit { dir.remove() }

        func importing(_ name: String, _ content: String) throws {
            _ = try session.importFile(path: dir.write(name, content), options: ImportOptions())
        }

        /// Each expense's date with its category.
        func placed() throws -> [(date: LocalDate, category: Category?)] {
            let byID = Dictionary(
                try session.categories().compactMap { c in c.id.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
            return try session.expenses().map { ($0.expense.date, $0.expense.categoryID.flatMap { byID[$0] }) }
        }
    }

    @Test(arguments: cases)
    func aLabelLandsInTheCategoryItMeans(_ c: Case) throws {
        let context = try Context()
        try context.importing("labels.csv", Self.csv)
        let line = try #require(try context.placed().first { $0.date.day == c.day })
        let category = try #require(line.category, "\(c.label) left uncategorised")
        #expect(category.name == c.category)
        #expect(category.kind == c.kind)
        #expect((category.userID == nil) == c.shipped)
    }

    @Test func labelsCreateNoDuplicateCategories() throws {
        let context = try Context()
        let shipped = try context.session.categories().filter { $0.userID == nil }
        try context.importing("labels.csv", Self.csv)
        // Another file, the same labels written otherwise: nothing new.
        try context.importing(
            "again.csv",
            "Date,Payee,Amount,Category\n2024-04-01,Payee 1,4900.00,SALARY\n2024-04-02,Payee 8,30.00,craft sales\n"
                + "2024-04-03,Payee 4,-10.00,supermarkets\n")
        let categories = try context.session.categories()
        #expect(categories.filter { $0.userID == nil } == shipped)
        let mine = categories.filter { $0.userID != nil }.sorted { $0.name < $1.name }
        #expect(mine.map(\.name) == ["Craft Sales", "Flea Market", "Pottery Club", "Transfer to Joint"])
        #expect(mine.map(\.kind) == [.income, .expense, .expense, .transfer])
        let april = try context.placed().filter { $0.date.month == 4 }.map { $0.category?.name }
        #expect(april == ["Salary", "Craft Sales", "Groceries"])
    }

    /// A category an earlier import made with the wrong kind (before labels kept their
    /// meaning) is left as it is, lines and kind: new lines go where the label now points.
    @Test func anOldMislabelledCategoryIsLeftAsItWas() throws {
        let context = try Context()
        let userID = context.session.userID
        try context.store.writer.write { db in
            for name in ["Salary", "Craft Sales"] {
                try db.execute(
                    sql: "INSERT INTO categories(user_id, name, kind) VALUES (?, ?, 'expense')",
                    arguments: [userID, name])
            }
        }
        try context.importing("labels.csv", Self.csv)
        let mine = try context.session.categories().filter { $0.userID != nil }
        #expect(mine.first { $0.name == "Salary" }?.kind == .expense)
        #expect(mine.first { $0.name == "Craft Sales" }?.kind == .expense)
        let placed = try context.placed()
        #expect(placed.first { $0.date.day == 1 }?.category?.userID == nil)
        #expect(placed.first { $0.date.day == 8 }?.category?.userID == userID)
    }

    @Test func theMonthlyReportCountsIncomeAsIncome() throws {
        let context = try Context()
        try context.importing("labels.csv", Self.csv)
        let report = try context.session.monthlyReport(month: YearMonth("2024-03")!)
        func summary(_ key: String) -> ListingCell? { report.summary.first { $0.key == key }?.value }
        // Salary, payroll, other income and the unknown money-in label; transfers left out.
        #expect(summary("income") == .money(Money(minorUnits: 519_000, currency: .usd)))
        #expect(summary("spending") == .money(Money(minorUnits: 21_000, currency: .usd)))
        let listing = try #require(report.sections.first { $0.table?.name == "categories" }?.table?.listing)
        var shares: [String: String] = [:]
        for row in listing.rows {
            if case .text(let name) = row[0], case .decimal(let share) = row[5] { shares[name] = share }
        }
        #expect(
            shares == ["Groceries": "47.62", "Restaurants": "16.67", "Pottery Club": "28.57", "Flea Market": "7.14"])
        #expect(shares.values.allSatisfy { (Int($0.filter { $0 != "." }) ?? .max) <= 10_000 })
    }
}
