import GoalKit
import GoalKitService
import GoalKitStorage
import GoalKitStore
import Testing

@Suite struct GoalUseCaseTests {
    let today = LocalDate(iso: "2026-03-15")!

    func session() throws -> GoalKitSession {
        try GoalKitSession(store: GoalKitStore(), username: GoalKitSession.defaultUsername)
    }

    @Test func addsAGoalWithAnOpeningContribution() throws {
        let s = try session()
        let goal = try s.addGoal(
            NewGoal(name: "Laptop", target: "1,499.99", category: .electronics, current: "200"), today: today)
        #expect(goal.currentAmount.minorUnits == 20_000)
        #expect(goal.startDate == today)
        let contributions = try s.contributions(goalID: goal.id)
        #expect(contributions.count == 1)
        #expect(contributions[0].source == .direct)
        #expect(contributions[0].date == today)
        #expect(contributions[0].isOpening)
    }

    @Test func aRefusedGoalWritesNothing() throws {
        let s = try session()
        #expect(throws: ServiceError.self) {
            try s.addGoal(NewGoal(name: "Bad", target: "100", category: .other, current: "100000000"), today: today)
        }
        #expect(throws: ServiceError.self) {
            try s.addGoal(NewGoal(name: "", target: "100", category: .other, current: "5"), today: today)
        }
        #expect(try s.goals(includeArchived: true).isEmpty)
        #expect(try s.contributions().isEmpty)
    }

    @Test func errorsCarryTheirExitCodes() throws {
        let s = try session()
        do {
            _ = try s.addGoal(NewGoal(name: "X", target: "abc", category: .other), today: today)
            Issue.record("accepted 'abc'")
        } catch {
            #expect(error.exitCode == 64)
        }
        do {
            _ = try s.addGoal(NewGoal(name: "X", target: "0", category: .other), today: today)
            Issue.record("accepted 0")
        } catch {
            #expect(error.exitCode == 65)
            #expect(error.message == "target_amount '0.00' must be greater than 0")
        }
    }

    @Test func updatesAndRemovesTheDeadline() throws {
        let s = try session()
        let goal = try s.addGoal(
            NewGoal(name: "Car", target: "9000", category: .vehicle, targetDate: LocalDate(iso: "2027-01-01")),
            today: today)
        var changes = GoalChanges()
        changes.targetDate = .some(nil)
        changes.priority = .high
        let updated = try s.updateGoal(id: goal.id!, changes)
        #expect(updated.targetDate == nil)
        #expect(updated.priority == .high)
        #expect(try s.goalDetail(id: goal.id!, asOf: today).daysRemaining == nil)
    }

    @Test func budgetsResolveCategoryNames() throws {
        let s = try session()
        let budget = try s.addBudget(
            name: "March", start: LocalDate(iso: "2026-03-01")!, end: LocalDate(iso: "2026-03-31")!,
            limits: [("groceries", "400"), ("Coffee Shops", "25.50")])
        #expect(budget.limits.map(\.categoryName) == ["Coffee Shops", "Groceries"])
        #expect(throws: ServiceError.self) {
            try s.addBudget(
                name: "Twice", start: LocalDate(iso: "2026-04-01")!, end: LocalDate(iso: "2026-04-30")!,
                limits: [("Groceries", "1"), ("groceries", "2")])
        }
        #expect(try s.budgets().count == 1)
    }

    @Test func homeCurrencyCannotChangeUnderStoredAmounts() throws {
        let store = try GoalKitStore()
        #expect(try GoalKitSession.initialize(store: store, currency: "jpy") == Currency(code: "JPY"))
        let s = try GoalKitSession(store: store, username: "default")
        let goal = try s.addGoal(NewGoal(name: "TV", target: "150,000", category: .electronics), today: today)
        #expect(goal.targetAmount.minorUnits == 150_000)
        #expect(throws: ServiceError.self) { try GoalKitSession.initialize(store: store, currency: "USD") }
    }
}
