import Foundation
import GoalKitTestSupport
import Testing

/// Corrections as a person makes them: `expenses list --uncategorized`, `expenses categorize`
/// (with and without `--only-this`) and what `categorize` then says moved.
@Suite struct CorrectionCommandsTests {
    typealias F = OFXFixture

    final class Shell {
        let dir = TemporaryDirectory()
        var db: String { dir.file("goalkit.sqlite") }

        init() throws {
            let lines =
                (1...6).map {
                    F.transaction(
                        String(format: "202403%02d", $0), "-5.00", "STARBUCKS STORE \($0 * 101)", fitID: "S\($0)")
                } + [
                    F.transaction("20240310", "-8.00", "ZORBLAT KIOSK 111", fitID: "K1"),
                    F.transaction("20240314", "20.00", "QUIBBLE DEPOSIT", fitID: "D1", type: "CREDIT"),
                    F.transaction("20240315", "-100.00", "ONLINE TRANSFER TO SAVINGS", fitID: "T1"),
                ]
            let imported = try gk("import", dir.write("m.ofx", F.simple(lines)))
            #expect(imported.status == 0, "\(imported.stderr)")
        }

        deinit { dir.remove() }

        func gk(_ args: String...) throws -> GoalKitProcess.Result { try GoalKitProcess.run(args, database: db) }
    }

    static let formats: [(format: String, kiosk: String, absent: [String])] = [
        ("table", "Zorblat Kiosk", ["Starbucks", "Quibble", "Transfer"]),
        ("json", "\"payee\": \"ZORBLAT KIOSK 111\"", ["STARBUCKS", "QUIBBLE", "TRANSFER"]),
        ("csv", "ZORBLAT KIOSK 111", ["STARBUCKS", "QUIBBLE", "TRANSFER"]),
    ]

    @Test(arguments: formats) func uncategorizedListsOnlySpendingWithNoCategory(
        format: String, kiosk: String, absent: [String]
    ) throws {
        let shell = try Shell()
        let listed = try shell.gk("expenses", "list", "--uncategorized", "--format", format)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains(kiosk), "\(listed.stdout)")
        for text in absent { #expect(!listed.stdout.contains(text), "\(format): \(text) in \(listed.stdout)") }
    }

    @Test func uncategorizedAndCategoryExcludeEachOther() throws {
        let shell = try Shell()
        let both = try shell.gk("expenses", "list", "--uncategorized", "--category", "Groceries")
        #expect(both.status == 64)
        #expect(both.stderr.contains("--uncategorized and --category cannot be used together"))
    }

    @Test func aCorrectionSaysWhatMovesAndCategorizeSaysWhatMoved() throws {
        let shell = try Shell()
        let first = try shell.gk("categorize")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Nothing moved: every line kept its category.\n"), "\(first.stdout)")
        #expect(first.stdout.contains("1 spending line(s) have no category: goalkit expenses list --uncategorized"))

        let label = try shell.gk("expenses", "categorize", "1", "Restaurants")
        #expect(
            label.stdout == """
                Expense 1 (STARBUCKS STORE 101) is now Restaurants
                The next 'goalkit categorize' moves 5 other line(s) of Starbucks Store:
                  5 line(s) Coffee Shops → Restaurants
                To label this line alone, add --only-this.

                """, "\(label.stdout)")
        let second = try shell.gk("categorize")
        #expect(
            second.stdout.contains(
                """
                What moved: 5 line(s) changed category, 0 newly categorised, 0 lost their category.
                  Starbucks Store: 5 line(s) Coffee Shops → Restaurants

                """), "\(second.stdout)")

        let only = try shell.gk("expenses", "categorize", "2", "Groceries", "--only-this")
        #expect(
            only.stdout == """
                Expense 2 (STARBUCKS STORE 202) is now Groceries, this line only: the label teaches no other line
                None of the 5 other line(s) of Starbucks Store moves at the next 'goalkit categorize'.
                1 other line(s) of it are labelled by you or the bank file and stay.

                """, "\(only.stdout)")
        let third = try shell.gk("categorize")
        #expect(third.stdout.contains("Nothing moved: every line kept its category.\n"), "\(third.stdout)")
        let csv = try shell.gk("expenses", "list", "--search", "starbucks", "--format", "csv").stdout
        #expect(
            csv.split(separator: "\r\n").dropFirst().map {
                $0.split(separator: ",", omittingEmptySubsequences: false)[7]
            } == [
                "Restaurants", "Groceries", "Restaurants", "Restaurants", "Restaurants", "Restaurants",
            ])
        #expect(try shell.gk("expenses", "explain", "2").stdout.contains("you labelled this line only as Groceries"))
    }

    @Test func aWrongCategoryOrLineIsAnErrorAndChangesNothing() throws {
        let shell = try Shell()
        let unknown = try shell.gk("expenses", "categorize", "1", "Nonsense", "--only-this")
        #expect(unknown.status == 65)
        #expect(unknown.stderr.contains("no category named 'Nonsense'"))
        let missing = try shell.gk("expenses", "categorize", "99", "Groceries")
        #expect(missing.status == 65, "\(missing.stderr)")
        #expect(try shell.gk("categorize").stdout.contains("Nothing moved"))
    }

    @Test func categorizeSaysWhenEverySpendingLineHasACategory() throws {
        let shell = try Shell()
        #expect(try shell.gk("expenses", "categorize", "7", "Groceries").stdout.contains("only line of Zorblat Kiosk"))
        let run = try shell.gk("categorize")
        #expect(
            run.stdout.hasSuffix("Nothing moved: every line kept its category.\nEvery spending line has a category.\n"))
        #expect(try shell.gk("expenses", "list", "--uncategorized", "--format", "json").stdout == "[]\n")
    }
}
