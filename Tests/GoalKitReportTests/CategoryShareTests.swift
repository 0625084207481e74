import GoalKit
import GoalKitReport
import Testing

/// A category's share in the monthly report is a share of spending: income and transfer
/// categories have none, a category whose refunds outweigh its spending has none, and no share
/// passes 100% (a category once shared 49,000,000% of a month whose "spending" a mislabelled
/// salary had turned negative).
@Suite struct CategoryShareTests {
    /// One line of June 2024: amount in minor units, category, and whether that category is
    /// an income or a transfer category.
    typealias Line = (minor: Int64, category: String, kind: CategoryKind)

    /// (lines, budget limits by category, the share each category row shows; nil for none).
    static let cases: [(String, [Line], [String], [String: String?])] = [
        (
            "spending splits", [(-30_000, "Groceries", .expense), (-10_000, "Restaurants", .expense)], [],
            ["Groceries": "75.00", "Restaurants": "25.00"]
        ),
        (
            "income and transfers have no row and no share",
            [
                (490_000, "Salary", .income), (-100_000, "Savings Transfers", .transfer),
                (-10_000, "Groceries", .expense),
            ], [], ["Groceries": "100.00"]
        ),
        (
            "a budgeted income category shows no share",
            [(490_000, "Salary", .income), (-10_000, "Groceries", .expense)], ["Salary"],
            ["Groceries": "100.00", "Salary": nil]
        ),
        (
            "refunds outweighing a category's spending: no share, the rest over what was spent",
            [(-10_000, "Groceries", .expense), (-30_000, "Restaurants", .expense), (60_000, "Restaurants", .expense)],
            [], ["Groceries": "100.00", "Restaurants": nil]
        ),
        (
            "money in filed under a spending category (the old salary label)",
            [(490_000_000, "Salary", .expense), (-10_000, "Groceries", .expense), (-30_000, "Fuel", .expense)], [],
            ["Groceries": "25.00", "Fuel": "75.00", "Salary": nil]
        ),
        (
            // 99.99999…% rounds half to even to 100.00, not down to 99.99.
            "amounts near 2^63 share exactly",
            [
                (-5_000_000_000_000_000_000, "Groceries", .expense),
                (5_000_000_000_000_000_000, "Restaurants", .expense),
                (-1, "Other", .expense),
            ], [], ["Groceries": "100.00", "Restaurants": nil, "Other": "0.00"]
        ),
    ]

    @Test(arguments: cases)
    func sharesAreOfSpendingOnly(_ name: String, lines: [Line], budgeted: [String], shares: [String: String?]) throws {
        let expenses = lines.enumerated().map { n, line in
            ReportExpense(
                id: Int64(n + 1), date: LocalDate(iso: "2024-06-\(10 + n)")!,
                amount: Money(minorUnits: line.minor, currency: .usd), payee: "Payee \(n)", account: "a",
                category: line.category, group: nil, isIncome: line.kind == .income,
                isTransfer: line.kind == .transfer)
        }
        let report = try MonthlyReport.build(
            MonthlyReport.Input(
                month: YearMonth("2024-06")!, currency: .usd, expenses: expenses,
                limits: Dictionary(uniqueKeysWithValues: budgeted.map { ($0, Money(minorUnits: 100, currency: .usd)) }),
                recurring: [], contributions: [], goals: []))
        let listing = try #require(report.sections.first { $0.table?.name == "categories" }?.table?.listing)
        var shown: [String: String?] = [:]
        for row in listing.rows {
            guard case .text(let category) = row[0] else { continue }
            switch row[5] {
            case .decimal(let share): shown[category] = share
            case .empty: shown[category] = .some(nil)
            default: Issue.record("\(name): \(category) has share cell \(row[5])")
            }
        }
        #expect(shown == shares, "\(name)")
        let basisPoints = shown.values.compactMap { $0 }.map { Int($0.filter { $0 != "." }) ?? 0 }
        #expect(basisPoints.allSatisfy { $0 <= 10_000 }, "\(name)")
        #expect(basisPoints.reduce(0, +) <= 10_000, "\(name)")
    }
}
