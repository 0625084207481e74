import GoalKit
import GoalKitAnalysis
import Testing

/// Category changes group by the payee as the categoriser keys lines, and by from → to.
@Suite struct CategoryChangesTests {
    static func line(_ payee: String, raw: String? = nil) -> ExpenseFeatures {
        ExpenseFeatures(
            payee: payee, rawPayee: raw ?? payee.uppercased(), memo: "",
            amount: Money(minorUnits: -500, currency: .usd), account: "main")
    }

    typealias Change = (payee: String, from: String?, to: String?)

    static let cases: [(label: String, changes: [Change], groups: [String], totals: [Int])] = [
        ("nothing", [], [], [0, 0, 0]),
        ("a category that stays is no change", [("Starbucks Store", "Coffee Shops", "Coffee Shops")], [], [0, 0, 0]),
        (
            "one payee, one move",
            [("Starbucks Store", "Restaurants", "Coffee Shops"), ("Starbucks Store", "Restaurants", "Coffee Shops")],
            ["Starbucks Store 2 Restaurants Coffee Shops"], [2, 0, 0]
        ),
        (
            "the payee key: case and punctuation do not split a merchant",
            [("Starbucks Store", "Restaurants", "Coffee Shops"), ("STARBUCKS-STORE", "Restaurants", "Coffee Shops")],
            ["Starbucks Store 2 Restaurants Coffee Shops"], [2, 0, 0]
        ),
        (
            "new, lost and moved, most lines first",
            [
                ("Zorblat Kiosk", nil, "Coffee Shops"), ("Shell Oil", "Fuel", nil),
                ("Zorblat Kiosk", nil, "Coffee Shops"), ("Starbucks Store", "Restaurants", "Coffee Shops"),
                ("Starbucks Store", "Groceries", "Coffee Shops"),
            ],
            [
                "Zorblat Kiosk 2 - Coffee Shops", "Shell Oil 1 Fuel -", "Starbucks Store 1 Groceries Coffee Shops",
                "Starbucks Store 1 Restaurants Coffee Shops",
            ], [2, 2, 1]
        ),
    ]

    @Test(arguments: cases) func groupsAndTotals(label: String, changes: [Change], groups: [String], totals: [Int]) {
        var recorded = CategoryChanges()
        for change in changes { recorded.record(Self.line(change.payee), from: change.from, to: change.to) }
        #expect(
            recorded.groups.map { "\($0.payee) \($0.count) \($0.from ?? "-") \($0.to ?? "-")" } == groups, "\(label)")
        #expect(
            [recorded.recategorized, recorded.newlyCategorized, recorded.uncategorized] == totals, "\(label)")
        #expect(recorded.total == totals.reduce(0, +))
        #expect(recorded.isEmpty == groups.isEmpty)
    }

    @Test func aPayeeWithNoWordsGroupsByWhatTheBankWrote() {
        var recorded = CategoryChanges()
        recorded.record(Self.line("", raw: "#1234"), from: nil, to: "Bank Fees")
        recorded.record(Self.line("", raw: "#9999"), from: nil, to: "Bank Fees")
        #expect(recorded.groups.map(\.payee) == ["#1234", "#9999"])
    }
}
