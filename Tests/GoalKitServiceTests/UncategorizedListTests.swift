import GoalKit
import GoalKitService
import GoalKitStorage
import GoalKitStore
import Testing

/// `expenses list --uncategorized`: spending with no category, never transfers, money in or
/// zero-amount notices; with the other filters it narrows further.
@Suite struct UncategorizedListTests {
    static let cases: [(label: String, filter: ExpenseFilter, bankIDs: [String])] = [
        ("all", ExpenseFilter(uncategorized: true), ["K1", "K2", "C1"]),
        ("one account", ExpenseFilter(account: "9999", uncategorized: true), ["C1"]),
        ("a search", ExpenseFilter(search: "kiosk", uncategorized: true), ["K1", "K2"]),
        ("a month without any", ExpenseFilter(month: YearMonth(year: 2024, month: 2), uncategorized: true), []),
        ("off", ExpenseFilter(search: "zorblat"), ["K1", "K2"]),
    ]

    @Test(arguments: cases) func onlySpendingWithNoCategory(label: String, filter: ExpenseFilter, bankIDs: [String])
        throws
    {
        let f = try CorrectionFixture()
        let rows = try f.session.expenses(filter: filter)
        #expect(rows.compactMap(\.expense.bankTransactionID) == bankIDs, "\(label)")
        #expect(try f.session.expenseCount(filter: filter) == bankIDs.count, "\(label)")
    }

    @Test func aLineLeavesTheListOnceLabelled() throws {
        let f = try CorrectionFixture()
        _ = try f.session.categorizeExpense(id: try f.id("C1"), category: "Restaurants")
        let left = try f.session.expenses(filter: ExpenseFilter(uncategorized: true))
        #expect(left.compactMap(\.expense.bankTransactionID) == ["K1", "K2"])
        // The transfer, the money in and the notice have no category, and are still not listed.
        let none = try f.session.expenses().filter { $0.categoryName == nil }.compactMap(\.expense.bankTransactionID)
        #expect(Set(none) == ["K1", "K2", "D1", "T1", "N1"])
    }
}
