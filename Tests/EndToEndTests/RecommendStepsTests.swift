import Foundation
import GoalKitTestSupport
import Testing

/// Recommendation texts an app can show: no command lines in titles, descriptions or steps;
/// steps carry typed actions, which `recommend` prints as commands under the step.
@Suite struct RecommendStepsTests {
    @Test func stepsAreTypedAndTheCommandLineOnlyPrintsThem() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("demo.sqlite")
        let demo = try GoalKitProcess.run(["demo", "--keep-db", db, "--out", dir.file("out")], database: db)
        #expect(demo.status == 0, "\(demo.stderr)")
        let run = try GoalKitProcess.run(["recommend", "--as-of", "2026-10-31", "--format", "json"], database: db)
        #expect(run.status == 0, "\(run.stderr)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(!items.isEmpty)
        var actions: Set<String> = []
        for item in items {
            let steps = try #require(item["implementation_steps"] as? [[String: Any]])
            for text in [item["title"], item["description"]] + steps.map({ $0["text"] }) {
                #expect(!((text as? String) ?? "").contains("goalkit "), "\(text ?? "")")
            }
            for step in steps {
                #expect(step["text"] is String)
                if let action = step["action"] as? [String: Any] { actions.insert(action["type"] as? String ?? "") }
            }
        }
        #expect(actions.isSuperset(of: ["contribute", "set_budget", "review"]), "\(actions)")
        let table = try GoalKitProcess.run(["recommend", "--as-of", "2026-10-31"], database: db)
        #expect(table.stdout.contains("\n       $ goalkit goal contribute 1 "))
        #expect(table.stdout.contains("$ goalkit budget add --month 2026-11 --limit "))
    }
}
