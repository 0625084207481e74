import GoalKit
import GoalKitAnalysis
import GoalKitService
import GoalKitStorage
import GoalKitStore
import Testing

/// `expenses categorize` says how many other lines of the merchant the next `categorize`
/// moves, and that is what it then moves; `--only-this` (`LabelScope.line`) moves none.
/// The fixture's seven Starbucks lines (S1–S6 and the card's C2) are Coffee Shops by the map.
@Suite struct CorrectionPreviewTests {
    typealias Step = @Sendable (CorrectionFixture) throws -> Void

    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var before: Step = { _ in }
        var line: String
        var category: String
        var scope: LabelScope = .payee
        /// Other lines of the merchant, and of them those labelled.
        var others: Int
        var labelled: Int = 0
        /// The moves it announces, as `count from → to`.
        var moves: [String]
        /// Some lines' categories after the next `categorize`.
        var after: [String: String]
        /// A line the command prints.
        var says: String? = nil
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(
            label: "a label teaches: the merchant's other lines follow it", line: "S1", category: "Restaurants",
            others: 6, moves: ["6 Coffee Shops → Restaurants"],
            after: ["S1": "Restaurants", "S2": "Restaurants", "C2": "Restaurants"]),
        Case(
            label: "only this line: nothing else moves", line: "S1", category: "Restaurants", scope: .line,
            others: 6, moves: [], after: ["S1": "Restaurants", "S2": "Coffee Shops", "C2": "Coffee Shops"]),
        Case(
            label: "labelled lines stay, and split labels teach the payee nothing",
            before: { f in try f.label("S2", "Coffee Shops") }, line: "S1", category: "Restaurants", others: 6,
            labelled: 1, moves: [], after: ["S1": "Restaurants", "S2": "Coffee Shops", "S3": "Coffee Shops"]),
        Case(
            label: "only this, where the line taught before: its lines go back to the map",
            before: { f in
                try f.label("S1", "Restaurants")
                _ = try f.session.categorize()
            }, line: "S1", category: "Groceries", scope: .line, others: 6, moves: ["6 Restaurants → Coffee Shops"],
            after: ["S1": "Groceries", "S2": "Coffee Shops", "C2": "Coffee Shops"],
            says: "(This line's earlier label taught them; now it teaches nothing.)"),
        Case(
            label: "only this, beside a label not yet applied: that label moves them",
            before: { f in try f.label("S1", "Restaurants") }, line: "S2", category: "Groceries", scope: .line,
            others: 6, labelled: 1, moves: ["5 Coffee Shops → Restaurants"],
            after: ["S1": "Restaurants", "S2": "Groceries", "S3": "Restaurants", "C2": "Restaurants"],
            says: "(Not because of this label: it teaches nothing.)"),
        Case(
            label: "a line nothing knew gets the label's category", line: "K1", category: "Coffee Shops", others: 1,
            moves: ["1 uncategorised → Coffee Shops"], after: ["K1": "Coffee Shops", "K2": "Coffee Shops"]),
        Case(
            label: "your rules still win over the label",
            before: { f in
                _ = try f.session.addRule(match: "0445", category: "Travel", minimum: nil, maximum: nil, account: nil)
                _ = try f.session.categorize()
            }, line: "S1", category: "Restaurants", others: 6, moves: ["4 Coffee Shops → Restaurants"],
            after: ["S2": "Travel", "S6": "Travel", "S3": "Restaurants"]),
    ]

    @Test(arguments: cases) func whatItSaysMovesIsWhatMoves(_ c: Case) throws {
        let f = try CorrectionFixture()
        try c.before(f)
        let correction = try f.label(c.line, c.category, c.scope)
        #expect(correction.row.categoryName == c.category)
        #expect(correction.scope == c.scope)
        #expect(correction.otherLines == c.others)
        #expect(correction.labelledLines == c.labelled)
        let announced = correction.moves.groups.map { "\($0.count) \($0.from ?? "uncategorised") → \($0.to ?? "-")" }
        #expect(announced == c.moves)
        if let says = c.says { #expect(correction.text.split(separator: "\n").contains { $0 == says }) }
        let summary = try f.session.categorize()
        let moved = summary.changes.groups.filter { $0.payee == correction.merchant }
        #expect(moved == correction.moves.groups)
        let now = try f.categories()
        for (line, category) in c.after { #expect(now[line] == category, "\(line)") }
    }

    @Test func aLabelForOneLineTeachesNothingAndSurvivesARereading() throws {
        let f = try CorrectionFixture()
        _ = try f.session.categorize()
        let correction = try f.label("S1", "Restaurants", .line)
        #expect(correction.text.contains("this line only: the label teaches no other line"))
        let summary = try f.session.categorize()
        #expect(!summary.trained)
        #expect(summary.examples == 0)
        #expect(summary.changes.isEmpty)
        let s1 = try f.id("S1")
        #expect(
            try f.session.explainExpense(id: s1).text
                == "Restaurants, decided by your own label: you labelled this line only as Restaurants (it teaches no other line)"
        )
        // Re-reading the batch keeps the label with its scope.
        let batch = try #require(try f.session.expenses().first { $0.expense.id == s1 }?.expense.importBatchID)
        _ = try f.session.rereadImport(id: batch)
        #expect(try f.categories()["S1"] == "Restaurants")
        #expect(try f.categories()["S2"] == "Coffee Shops")
        #expect(try f.session.categorize().examples == 0)
        // Labelling it again without the scope makes it teach.
        _ = try f.label("S1", "Restaurants")
        let taught = try f.session.categorize()
        #expect(taught.trained)
        #expect(taught.changes.groups.map(\.count) == [6])
    }

    static let texts: [(label: String, line: String, scope: LabelScope, lines: [String])] = [
        (
            "teaching", "S1", .payee,
            [
                "Expense 1 (STARBUCKS STORE 0212) is now Restaurants",
                "The next 'goalkit categorize' moves 6 other line(s) of Starbucks Store:",
                "  6 line(s) Coffee Shops → Restaurants", "To label this line alone, add --only-this.",
            ]
        ),
        (
            "only this", "S1", .line,
            [
                "Expense 1 (STARBUCKS STORE 0212) is now Restaurants, this line only: the label teaches no other line",
                "None of the 6 other line(s) of Starbucks Store moves at the next 'goalkit categorize'.",
            ]
        ),
        (
            "the only line", "C1", .payee,
            ["Expense 12 (FLOOBERT STAND) is now Restaurants", "It is the only line of Floobert Stand."]
        ),
    ]

    @Test(arguments: texts) func whatTheCommandPrints(label: String, line: String, scope: LabelScope, lines: [String])
        throws
    {
        let f = try CorrectionFixture()
        #expect(try f.label(line, "Restaurants", scope).text.split(separator: "\n").map(String.init) == lines)
    }
}
