import GRDB
import GoalKit
import GoalKitStorage
import GoalKitStore

/// An in-memory store with one user, one goal and one budget, for constraint tests.
struct StoreFixture {
    let store: GoalKitStore
    let userID: Int64
    let goalID: Int64
    let budgetID: Int64
    let categoryID: Int64

    init() throws {
        store = try GoalKitStore()
        userID = try store.ensureUser(named: "alice").id!
        let goal = try store.addGoal(
            Goal(
                userID: userID, name: "Trip", targetAmount: Money(minorUnits: 300_000, currency: .usd),
                startDate: LocalDate(iso: "2024-01-01")!, category: .vacation))
        goalID = goal.id!
        categoryID = try store.category(named: "Groceries", userID: userID)!.id!
        budgetID = try store.addBudget(
            Budget(
                userID: userID, name: "2024-01", startDate: LocalDate(iso: "2024-01-01")!,
                endDate: LocalDate(iso: "2024-01-31")!, currency: .usd)
        ).id!
    }

    func execute(_ sql: String) throws {
        try store.writer.write { db in try db.execute(sql: sql) }
    }

    func int(_ sql: String) throws -> Int64? {
        try store.writer.read { db in try Int64.fetchOne(db, sql: sql) }
    }

    func text(_ sql: String) throws -> String? {
        try store.writer.read { db in try String.fetchOne(db, sql: sql) }
    }
}
