import Foundation
import GoalKitTestSupport
import Testing

/// Idle balances on the demo household, as a person at the shell sees them: the emergency fund
/// counts its savings account's balance, checking's idle cash is offered to each goal in turn,
/// and the cushion is a setting.
@Suite struct IdleCashCommandsTests {
    @Test func theDemoHouseholdsIdleCashIsOfferedGoalByGoal() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("demo.sqlite")
        let demo = try GoalKitProcess.run(["demo", "--keep-db", db, "--out", dir.file("out")], database: db)
        #expect(demo.status == 0, "\(demo.stderr)")

        let show = try GoalKitProcess.run(["goal", "show", "1", "--as-of", "2026-10-31"], database: db)
        #expect(show.stdout.contains("Saved:          14,276.11 USD (95.17%) as of 2026-10-31"))
        #expect(show.stdout.contains("the balance of account SAV-4410 on 2026-10-31"))

        let table = try GoalKitProcess.run(["recommend", "--as-of", "2026-10-31"], database: db)
        #expect(table.status == 0, "\(table.stderr)")
        let goals = table.stdout.components(separatedBy: "\nGoal ").dropFirst()
        // Each goal's first recommendation (under its notes).
        let firsts = goals.map { $0.split(separator: "\n").first { $0.contains(" 1. [") } ?? "" }
        #expect(firsts.count == 3)
        #expect(firsts[0].contains("Move 723.89 of the idle cash in …0912 to the goal"), "\(firsts[0])")
        #expect(firsts[1].contains("Move 5,500.00 of the idle cash in …0912 to the goal"), "\(firsts[1])")
        #expect(firsts[2].contains("Buy it now from …0912: its idle cash covers the 1,800.00"), "\(firsts[2])")
        // Goal 1 keeps its money in SAV-4410: the transfer there is its contribution once imported.
        #expect(table.stdout.contains("# once moved: importing SAV-4410's statement records it"))
        #expect(
            table.stdout.contains(
                "$ goalkit goal contribute 2 5500.00 --source savings --notes 'moved from 000123450912'"))

        let json = try GoalKitProcess.run(["recommend", "--as-of", "2026-10-31", "--format", "json"], database: db)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let idle = items.filter { $0["type"] as? String == "use_idle_cash" }
        #expect(idle.map { $0["goal_id"] as? Int } == [1, 2, 3])
        let step = try #require((idle.first?["implementation_steps"] as? [[String: Any]])?.first)
        let action = try #require(step["action"] as? [String: Any])
        #expect(action["type"] as? String == "move_balance")
        #expect(action["account"] as? String == "000123450912")
        #expect(action["amount"] as? String == "723.89")

        // A cushion of 17 months of spending, kept in checking, leaves 4,462.54 idle there and
        // all of the joint account's 6,067.24 (its CSV's running balance on its last day): the
        // fund takes 723.89 and the trip the rest of the joint account, the trip 156.65 more from
        // checking, and the laptop is told the joint account's cash went to the goals before it.
        let set = try GoalKitProcess.run(["settings", "set", "cash_cushion_months", "17"], database: db)
        #expect(set.status == 0, "\(set.stderr)")
        let list = try GoalKitProcess.run(["settings", "list", "--format", "csv"], database: db)
        #expect(list.stdout.contains("cash_cushion_months,17,false,"))
        let tight = try GoalKitProcess.run(["recommend", "--as-of", "2026-10-31"], database: db)
        #expect(tight.stdout.contains("Move 723.89 of the idle cash in …9921 to the goal"))
        #expect(tight.stdout.contains("Move 5,343.35 of the idle cash in …9921 to the goal"))
        #expect(tight.stdout.contains("Move 156.65 of the idle cash in …0912 to the goal"))
        #expect(
            tight.stdout.contains(
                "  Note: The 6,067.24 USD idle in …9921 already goes to higher-priority goals' offers."))
        let quiet = try GoalKitProcess.run(["recommend", "--as-of", "2026-10-31", "--format", "json"], database: db)
        #expect(
            quiet.stderr.contains(
                "goalkit: note: goal 3 (New laptop): The 6,067.24 USD idle in …9921 already goes to higher-priority goals' offers."
            ))
        let bad = try GoalKitProcess.run(["settings", "set", "cash_cushion_months", "many"], database: db)
        #expect(bad.status == 64)
    }
}
