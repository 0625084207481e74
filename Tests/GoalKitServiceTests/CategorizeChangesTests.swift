import GoalKit
import GoalKitAnalysis
import GoalKitService
import GoalKitStorage
import GoalKitStore
import Testing

/// `categorize` says what moved: every line whose category changed, grouped by payee and
/// from → to, with totals; a run that changes nothing says so.
@Suite struct CategorizeChangesTests {
    typealias Step = @Sendable (CorrectionFixture) throws -> Void

    static let cases: [(label: String, before: Step, groups: [String], totals: [Int])] = [
        ("no labels: nothing moves", { _ in }, [], [0, 0, 0]),
        (
            "one Starbucks label moves the other six", { f in _ = try f.label("S1", "Restaurants") },
            ["Starbucks Store 6 Coffee Shops Restaurants"], [6, 0, 0]
        ),
        (
            "a kiosk label files its other line", { f in _ = try f.label("K1", "Coffee Shops") },
            ["Zorblat Kiosk 1 - Coffee Shops"], [0, 1, 0]
        ),
        (
            "a deleted rule takes its lines' categories",
            { f in
                let rule = try f.session.addRule(
                    match: "kiosk|floobert", category: "Groceries", minimum: nil, maximum: nil, account: nil)
                _ = try f.session.categorize()
                try f.session.deleteRule(id: rule)
            },
            ["Zorblat Kiosk 2 Groceries -", "Floobert Stand 1 Groceries -"], [0, 0, 3]
        ),
    ]

    @Test(arguments: cases) func whatMoved(label: String, before: Step, groups: [String], totals: [Int]) throws {
        let f = try CorrectionFixture()
        try before(f)
        let summary = try f.session.categorize()
        let changes = summary.changes
        #expect(
            changes.groups.map { "\($0.payee) \($0.count) \($0.from ?? "-") \($0.to ?? "-")" } == groups, "\(label)")
        #expect([changes.recategorized, changes.newlyCategorized, changes.uncategorized] == totals, "\(label)")
        // What it says moved is what the listing shows now; a second run moves nothing.
        #expect(try f.session.categorize().changes.isEmpty, "\(label)")
    }

    @Test func theSummaryCountsUncategorisedSpendingAsTheListDoes() throws {
        let f = try CorrectionFixture()
        let summary = try f.session.categorize()
        #expect(summary.uncategorizedSpending == 3)
        #expect(
            summary.uncategorizedSpending == (try f.session.expenses(filter: ExpenseFilter(uncategorized: true)).count))
        _ = try f.label("K1", "Coffee Shops")
        #expect(try f.session.categorize().uncategorizedSpending == 1)
    }
}
