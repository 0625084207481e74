import GoalKit
import GoalKitAnalysis
import GoalKitReport
import Testing

/// What `goalkit categorize` prints about what moved: totals, then the largest groups, bounded.
@Suite struct CategoryChangesViewTests {
    static func changes(_ groups: [(String, String?, String?, Int)]) -> CategoryChanges {
        var changes = CategoryChanges()
        for (payee, from, to, count) in groups {
            let line = ExpenseFeatures(
                payee: payee, rawPayee: payee, memo: "", amount: Money(minorUnits: -100, currency: .usd),
                account: "a")
            for _ in 0..<count { changes.record(line, from: from, to: to) }
        }
        return changes
    }

    static let cases: [(label: String, groups: [(String, String?, String?, Int)], limit: Int, lines: [String])] = [
        ("nothing", [], 10, ["Nothing moved: every line kept its category."]),
        (
            "one group", [("Starbucks", "Restaurants", "Coffee Shops", 71)], 10,
            [
                "What moved: 71 line(s) changed category, 0 newly categorised, 0 lost their category.",
                "  Starbucks: 71 line(s) Restaurants → Coffee Shops",
            ]
        ),
        (
            "bounded",
            [("A", nil, "Fuel", 5), ("B", "Fuel", nil, 3), ("C", "Fuel", "Travel", 2), ("D", nil, "Fuel", 1)],
            2,
            [
                "What moved: 2 line(s) changed category, 6 newly categorised, 3 lost their category.",
                "  A: 5 line(s) uncategorised → Fuel", "  B: 3 line(s) Fuel → uncategorised",
                "  and 2 more group(s) (3 line(s))",
            ]
        ),
        (
            "controls in a payee are shown, not obeyed", [("\u{1B}[2JEvil\nPayee", nil, "Fuel", 1)], 10,
            [
                "What moved: 0 line(s) changed category, 1 newly categorised, 0 lost their category.",
                "  \\x1b[2JEvil Payee: 1 line(s) uncategorised → Fuel",
            ]
        ),
    ]

    @Test(arguments: cases) func totalsThenTheLargestGroups(
        label: String, groups: [(String, String?, String?, Int)], limit: Int, lines: [String]
    ) {
        #expect(CategoryChangesView.moved(Self.changes(groups), limit: limit) == lines, "\(label)")
    }

    @Test func withoutPayeesForOneMerchant() {
        let changes = Self.changes([
            ("Starbucks", "Restaurants", "Coffee Shops", 4), ("Starbucks", nil, "Coffee Shops", 1),
        ])
        #expect(
            CategoryChangesView.groups(changes, payee: false) == [
                "  4 line(s) Restaurants → Coffee Shops", "  1 line(s) uncategorised → Coffee Shops",
            ])
    }
}
