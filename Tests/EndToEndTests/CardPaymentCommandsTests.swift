import Foundation
import GoalKitTestSupport
import Testing

/// A checking account's card payment from the command line, before and after the card's own
/// statement is imported, and a Zelle payment to the person's own name.
@Suite struct CardPaymentCommandsTests {
    static let checking = """
        Date,Description,Amount
        2026-03-01,ACME PAYROLL,3000.00
        2026-03-03,SAFEWAY #1234,-82.10
        2026-03-05,CHASE CREDIT CRD AUTOPAY,-412.55
        2026-03-12,Zelle to Jane Doe,-200.00
        2026-03-31,MONTHLY SERVICE FEE,-5.00

        """
    static let card = """
        Date,Description,Amount
        2026-02-14,WHOLE FOODS MARKET,-212.55
        2026-03-06,PAYMENT THANK YOU,412.55
        2026-03-31,STATEMENT CLOSING NOTICE,0.00

        """

    /// (step, the category `expenses list` shows the card payment under, the month's card
    /// payments not imported, its spending).
    static let steps: [(String, String, String, String)] = [
        ("checking alone", "card payment (card statement not imported)", "412.55", "287.10"),
        ("with the card", "", "0.00", "287.10"),
        ("with the own name", "", "0.00", "87.10"),
    ]

    @Test func theCardPaymentIsNamedUntilTheCardsStatementIsImported() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("goalkit.sqlite")
        func gk(_ args: String...) throws -> GoalKitProcess.Result { try GoalKitProcess.run(args, database: db) }
        let imported = try gk("import", "--account", "CHK", dir.write("checking.csv", Self.checking))
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("checking.csv:5: warning: question: 1 line(s) look like money sent to"))
        #expect(imported.stdout.contains("goalkit user own-name \"Your Name\""))
        for (index, step) in Self.steps.enumerated() {
            if index == 1 {
                #expect(try gk("import", "--account", "CARD", dir.write("card.csv", Self.card)).status == 0)
            } else if index == 2 {
                let named = try gk("user", "own-name", "Jane Doe")
                #expect(named.stdout == "Own names: Jane Doe; transfers marked again.\n", "\(named.stderr)")
                #expect(try gk("user", "own-name").stdout == "Jane Doe\n")
            }
            let listed = try gk("expenses", "list", "--search", "CRD AUTOPAY", "--format", "json")
            let rows = try #require(
                try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
            #expect((rows.first?["category"] as? String ?? "") == step.1, "\(step.0)")
            let flow = try gk("cashflow", "--as-of", "2026-03-31", "--months", "1", "--format", "csv")
            #expect(flow.stdout.hasPrefix("currency,month,income,spending,card_payments,net\r\n"), "\(step.0)")
            #expect(flow.stdout.contains("USD,2026-03,3000.00,\(step.3),\(step.2),"), "\(step.0): \(flow.stdout)")
            let out = dir.file("reports-\(index)")
            #expect(try gk("report", "monthly", "--month", "2026-03", "--format", "md", "--out", out).status == 0)
            let markdown = try String(contentsOfFile: out + "/monthly-2026-03.md", encoding: .utf8)
            #expect(markdown.contains("| Card payments (card statement not imported) | \(step.2) |"), "\(step.0)")
            #expect(markdown.contains("| Spending | \(step.3) |"), "\(step.0)")
        }
    }

    @Test func theCashFlowTableSaysHowCardPaymentsCount() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("goalkit.sqlite")
        #expect(try GoalKitProcess.run(["import", dir.write("checking.csv", Self.checking)], database: db).status == 0)
        let flow = try GoalKitProcess.run(["cashflow", "--as-of", "2026-03-31", "--months", "1"], database: db)
        #expect(
            flow.stdout.contains(
                "card_payments: card payment (card statement not imported), money out for spending GoalKit cannot see"))
        let categorized = try GoalKitProcess.run(["categorize"], database: db)
        #expect(categorized.stdout.contains("1 card payment (card statement not imported) line(s) need no category"))
    }

    @Test func ownNameTakesNamesOrClearNotBoth() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("goalkit.sqlite")
        let both = try GoalKitProcess.run(["user", "own-name", "Jane Doe", "--clear"], database: db)
        #expect(both.status == 64)
        #expect(try GoalKitProcess.run(["user", "own-name", "--clear"], database: db).stdout.contains("forgotten"))
        #expect(try GoalKitProcess.run(["user", "own-name"], database: db).stdout == "No own names given.\n")
    }
}
