import Foundation
import GoalKit
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// One user's commands never read or change another's goals, expenses, budgets,
/// recommendations, feedback, rules or imports.
@Suite struct UsersApartTests {
    @Test func aSecondUserSeesAndChangesNothingOfTheFirst() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let store = try GoalKitStore(path: dir.file("db.sqlite"))
        _ = try GoalKitSession.addUser(store: store, username: "alice", email: nil)
        _ = try GoalKitSession.addUser(store: store, username: "bob", email: nil)
        let alice = try GoalKitSession(store: store, username: "alice")
        let bob = try GoalKitSession(store: store, username: "bob")
        var csv = "Date,Description,Amount\n"
        for month in 1...6 {
            csv +=
                "2024-0\(month)-01,ACME PAYROLL,3000.00\n2024-0\(month)-05,NETFLIX.COM,-15.99\n2024-0\(month)-09,DINER,-\(month * 20).00\n"
        }
        let batch = try alice.importFile(path: dir.write("a.csv", csv), options: ImportOptions(account: "A1")).batch!
        let goal = try alice.addGoal(
            NewGoal(
                name: "Car", target: "9000", category: .vehicle, targetDate: LocalDate(iso: "2025-12-31"),
                startDate: LocalDate(iso: "2024-01-01")), today: LocalDate(iso: "2024-01-01")!)
        let budget = try alice.addBudget(
            name: "B", start: LocalDate(iso: "2024-07-01")!, end: LocalDate(iso: "2024-07-31")!,
            limits: [("Groceries", "1")])
        let rule = try alice.addRule(match: "diner", category: "Restaurants", minimum: nil, maximum: nil, account: nil)
        let recs = try alice.recommend(asOf: LocalDate(iso: "2024-07-01")!)
        let rec = try #require(recs.first?.recommendation.id)
        let expense = try #require(try alice.expenses().first?.expense.id)

        // Bob sees nothing of Alice's.
        #expect(try bob.goals(includeArchived: true).isEmpty)
        #expect(try bob.expenses().isEmpty)
        #expect(try bob.budgets().isEmpty)
        #expect(try bob.importBatches().isEmpty)
        #expect(try bob.rules().isEmpty)
        #expect(try bob.storedRecommendations().isEmpty)
        #expect(try bob.contributions().isEmpty)
        #expect(try bob.recommend(asOf: LocalDate(iso: "2024-07-01")!).isEmpty)
        let contribution = try alice.contribute(
            goalID: goal.id!, amount: "5", source: .direct, date: LocalDate(iso: "2024-07-01")!)
        let day = LocalDate(iso: "2024-07-01")!
        // Every use case that takes an id answers "not found" for Alice's ids, as for ids that
        // do not exist (so an HTTP front answers 404 and existence never leaks).
        let attempts: [(String, () throws -> Void)] = [
            ("goal detail", { _ = try bob.goalDetail(id: goal.id!, asOf: day) }),
            ("goal update", { _ = try bob.updateGoal(id: goal.id!, GoalChanges()) }),
            ("goal archive", { _ = try bob.archiveGoal(id: goal.id!) }),
            ("goal delete", { try bob.deleteGoal(id: goal.id!) }),
            ("goal link", { _ = try bob.linkGoal(id: goal.id!, account: "X") }),
            ("contribute", { _ = try bob.contribute(goalID: goal.id!, amount: "5", source: .direct, date: day) }),
            ("contributions of a goal", { _ = try bob.contributions(goalID: goal.id!) }),
            (
                "contribution update",
                {
                    _ = try bob.updateContribution(
                        id: contribution.id!, amount: "1", date: nil, source: nil, notes: nil)
                }
            ),
            ("contribution delete", { try bob.deleteContribution(id: contribution.id!) }),
            ("budget", { _ = try bob.budget(id: budget.id!) }),
            ("import undo", { _ = try bob.undoImport(id: batch.id!) }),
            ("import reread", { _ = try bob.rereadImport(id: batch.id!) }),
            ("expense categorize", { _ = try bob.categorizeExpense(id: expense, category: "Groceries") }),
            ("expense explain", { _ = try bob.explainExpense(id: expense) }),
            ("rule delete", { try bob.deleteRule(id: rule) }),
            ("recommend for a goal", { _ = try bob.recommend(goalID: goal.id!, asOf: day) }),
            ("recommendations of a goal", { _ = try bob.storedRecommendations(goalID: goal.id!) }),
            ("recommendation implement", { _ = try bob.setRecommendation(id: rec, implemented: true, on: day) }),
            ("recommendation dismiss", { _ = try bob.setRecommendation(id: rec, implemented: false, on: day) }),
            ("feedback", { _ = try bob.giveFeedback(recommendationID: rec, helpful: false, rating: 1, comment: "") }),
        ]
        for (name, attempt) in attempts {
            do {
                try attempt()
                Issue.record("\(name): Bob reached Alice's row")
            } catch let error as ServiceError {
                #expect(error.kind == .notFound, "\(name): \(error.message)")
            }
        }
        _ = try bob.categorize()
        // Alice's data is as it was.
        #expect(try alice.expenses().count == 18)
        #expect(try alice.goals().count == 1)
        #expect(try alice.goals().first?.currentAmount.minorUnits == 500)
        #expect(try alice.contributions().count == 1)
        #expect(try alice.importBatches().count == 1)
        #expect(
            try alice.storedRecommendations().allSatisfy {
                $0.status == "open" && $0.recommendation.userFeedback == nil
            })
        #expect(try alice.expenses().first { $0.expense.id == expense }?.expense.categorySource != "user")
    }
}
