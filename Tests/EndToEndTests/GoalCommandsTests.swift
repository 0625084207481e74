import Foundation
import GoalKitTestSupport
import Testing

/// Runs the built `goalkit` as a new user would: init, goals, contributions, budgets, bad input.
@Suite struct GoalCommandsTests {
    @Test func aNewUsersFirstSession() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("goalkit.sqlite")
        func gk(_ args: String...) throws -> GoalKitProcess.Result { try GoalKitProcess.run(args, database: db) }

        let initialised = try gk("init", "--currency", "EUR")
        #expect(initialised.status == 0, "\(initialised.stderr)")
        #expect(initialised.stdout.contains("home currency EUR"))

        let trip = try gk(
            "goal", "add", "--name", "Japan trip", "--target", "3,000", "--category", "vacation",
            "--priority", "high", "--by", "2027-06-30", "--start", "2026-01-01", "--current", "250.50")
        #expect(trip.status == 0, "\(trip.stderr)")
        #expect(trip.stdout == "1\n")
        let fund = try gk(
            "goal", "add", "--name", "Emergency fund", "--target", "10000", "--category", "emergency",
            "--start", "2026-01-01")
        #expect(fund.stdout == "2\n")

        let contributed = try gk("goal", "contribute", "1", "100", "--source", "savings", "--date", "2026-02-01")
        #expect(contributed.status == 0, "\(contributed.stderr)")

        let json = try gk("goal", "list", "--format", "json", "--as-of", "2026-06-30")
        let goals = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(goals.count == 2)
        #expect(goals[0]["current_amount"] as? String == "350.50")
        #expect(goals[0]["target_amount"] as? String == "3000.00")
        #expect(goals[0]["target_date"] as? String == "2027-06-30")
        #expect(goals[0]["days_remaining"] as? Int == 365)
        #expect(goals[0]["currency"] as? String == "EUR")
        #expect(goals[1]["days_remaining"] is NSNull)

        let csv = try gk("goal", "list", "--format", "csv")
        #expect(
            csv.stdout.hasPrefix(
                "id,name,category,priority,target_amount,current_amount,saved_as_of,saved_from,currency,"))
        #expect(
            csv.stdout.contains(
                "1,Japan trip,vacation,high,3000.00,350.50,350.50,contributions,EUR,11.68,2026-01-01,2027-06-30,"))

        let table = try gk("goal", "list")
        #expect(table.stdout.contains("3,000.00"))

        let show = try gk("goal", "show", "1", "--as-of", "2026-06-30")
        #expect(show.stdout.contains("Saved:          350.50 EUR (11.68%)"))
        #expect(show.stdout.contains("365 days remaining"))
        #expect(show.stdout.contains("Opening balance"))

        #expect(try gk("goal", "update", "1", "--target", "4000", "--name", "Japan & Korea").status == 0)
        let updated = try gk("goal", "show", "1", "--format", "json")
        #expect(updated.stdout.contains("\"target_amount\": \"4000.00\""))
        #expect(updated.stdout.contains("\"name\": \"Japan & Korea\""))

        #expect(try gk("contributions", "update", "2", "--amount", "49.50").status == 0)
        #expect(try gk("goal", "show", "1", "--format", "json").stdout.contains("\"current_amount\": \"300.00\""))
        #expect(try gk("contributions", "delete", "1").status == 0)
        #expect(try gk("goal", "show", "1", "--format", "json").stdout.contains("\"current_amount\": \"49.50\""))

        #expect(try gk("goal", "archive", "2").status == 0)
        #expect(!(try gk("goal", "list").stdout.contains("Emergency fund")))
        #expect(try gk("goal", "list", "--all").stdout.contains("Emergency fund"))
        #expect(try gk("goal", "delete", "2").status == 0)
        #expect(!(try gk("goal", "list", "--all").stdout.contains("Emergency fund")))

        let budget = try gk(
            "budget", "add", "--month", "2026-03", "--limit", "Groceries=400", "--limit", "Restaurants=150.50")
        #expect(budget.status == 0, "\(budget.stderr)")
        let shown = try gk("budget", "show", "1", "--format", "json")
        #expect(shown.stdout.contains("\"amount\": \"400.00\""))
        #expect(shown.stdout.contains("\"category\": \"Restaurants\""))
        #expect(try gk("budget", "list").stdout.contains("2026-03-31"))

        #expect(try gk("user", "add", "alice", "--email", "alice@example.com").status == 0)
        #expect(try gk("user", "list", "--format", "csv").stdout.contains("alice,alice@example.com"))
        let alice = try GoalKitProcess.run(["goal", "list", "--user", "alice", "--format", "json"], database: db)
        #expect(alice.stdout == "[]\n")
        let ghost = try GoalKitProcess.run(["goal", "list", "--user", "ghost"], database: db)
        #expect(ghost.status == 65)
        #expect(ghost.stderr.contains("user 'ghost' does not exist"))
    }

    struct BadInput: Sendable, CustomStringConvertible {
        let arguments: [String]
        let status: Int32
        let message: String
        var description: String { arguments.joined(separator: " ") }
    }

    static let badInputs: [BadInput] = [
        BadInput(
            arguments: ["goal", "add", "--name", "X", "--target", "0", "--category", "vacation"], status: 65,
            message: "target_amount '0.00' must be greater than 0"),
        BadInput(
            arguments: ["goal", "add", "--name", "X", "--target", "-5", "--category", "vacation"], status: 65,
            message: "must be greater than 0"),
        BadInput(
            arguments: ["goal", "add", "--name", "X", "--target", "100000000", "--category", "vacation"], status: 65,
            message: "within ±99,999,999.99"),
        BadInput(
            arguments: ["goal", "add", "--name", "X", "--target", "ten", "--category", "vacation"], status: 64,
            message: "target_amount: invalid amount 'ten'"),
        BadInput(
            arguments: ["goal", "add", "--name", "X", "--target", "5.555", "--category", "vacation"], status: 64,
            message: "has 3 decimals"),
        BadInput(
            arguments: ["goal", "add", "--name", "X", "--target", "5", "--category", "cars"], status: 64,
            message: "'cars' is invalid for '--category"),
        BadInput(
            arguments: [
                "goal", "add", "--name", "X", "--target", "5", "--category", "vacation", "--priority", "urgent",
            ], status: 64, message: "'urgent' is invalid"),
        BadInput(
            arguments: ["goal", "add", "--name", "X", "--target", "5", "--category", "vacation", "--by", "2026-02-30"],
            status: 64, message: "'2026-02-30' is invalid"),
        BadInput(
            arguments: [
                "goal", "add", "--name", "X", "--target", "5", "--category", "vacation", "--start", "2026-05-01",
                "--by", "2026-04-01",
            ], status: 65, message: "target_date '2026-04-01' must not be before start_date"),
        BadInput(
            arguments: [
                "goal", "add", "--name", String(repeating: "n", count: 101), "--target", "5", "--category", "vacation",
            ], status: 65, message: "at most 100 characters"),
        BadInput(
            arguments: ["goal", "add", "--name", "X", "--target", "5", "--category", "vacation", "--current", "-1"],
            status: 65, message: "current_amount '-1' must be 0 or more"),
        BadInput(
            arguments: ["goal", "contribute", "1", "0", "--source", "direct"], status: 65,
            message: "amount '0.00' must be greater than 0"),
        BadInput(
            arguments: ["goal", "contribute", "1", "5", "--source", "lottery"], status: 64,
            message: "'lottery' is invalid"),
        BadInput(
            arguments: ["goal", "contribute", "99", "5", "--source", "direct"], status: 65,
            message: "goal 99 does not exist"),
        BadInput(arguments: ["goal", "update", "1", "--target", "0"], status: 65, message: "must be greater than 0"),
        BadInput(arguments: ["goal", "delete", "42"], status: 65, message: "goal 42 does not exist"),
        BadInput(
            arguments: ["budget", "add", "--month", "2026-03", "--limit", "Nonsense=5"], status: 65,
            message: "no category named 'Nonsense'"),
        BadInput(
            arguments: ["budget", "add", "--month", "2026-03", "--limit", "Groceries=0"], status: 65,
            message: "limit '0.00' must be greater than 0"),
        BadInput(
            arguments: ["budget", "add", "--start", "2026-03-05", "--end", "2026-03-01"], status: 65,
            message: "must not be before start_date"),
        BadInput(arguments: ["init", "--currency", "EUR"], status: 65, message: "cannot change to EUR"),
        BadInput(arguments: ["user", "add", "two words"], status: 65, message: "username 'two words'"),
    ]

    @Test(arguments: badInputs)
    func badInputIsRefusedAndChangesNothing(_ bad: BadInput) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("goalkit.sqlite")
        let setup = try GoalKitProcess.run(
            [
                "goal", "add", "--name", "Base", "--target", "100", "--category", "other",
                "--current", "10", "--start", "2026-01-01",
            ], database: db)
        #expect(setup.status == 0, "\(setup.stderr)")
        let before = try dump(db)
        let result = try GoalKitProcess.run(bad.arguments, database: db)
        #expect(result.status == bad.status, "\(result.stderr)")
        #expect(result.stderr.contains(bad.message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try dump(db) == before)
    }

    /// Every row of every table, through the program's own listings and SQLite's CLI when present.
    func dump(_ db: String) throws -> String {
        var text = ""
        for args in [
            ["goal", "list", "--all", "--format", "csv"], ["contributions", "list", "--format", "csv"],
            ["budget", "list", "--format", "csv"], ["user", "list", "--format", "csv"],
        ] {
            text += try GoalKitProcess.run(args, database: db).stdout
        }
        return text
    }
}
