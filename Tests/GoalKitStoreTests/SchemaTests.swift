import Foundation
import GRDB
import GoalKit
import GoalKitStorage
import GoalKitStore
import Testing

@Suite struct SchemaTests {
    @Test func migrationsRunInTheSchemasOrder() {
        #expect(
            GoalKitStore.migrationNames == [
                "v1 users", "v1 categories", "v1 budgets", "v1 expenses", "v2 goals", "v2 goal_contributions",
                "v2 recommendations", "v2 recommendation_feedback", "v3 settings", "v4 account_balances",
                "v5 csv_profiles", "v6 categorization", "v7 transfers", "v8 recommendation_tracking",
                "v9 day-first content keys", "v10 expense indexes", "v11 import replay and original amounts",
                "v12 line sightings and corrections",
                "v13 figures as of their day", "v14 goals counting their account's balance",
            ])
    }

    @Test func migratingTwiceLeavesTheSchemaUnchanged() throws {
        let folder = NSTemporaryDirectory() + "goalkit-schema-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/db.sqlite"
        func schema(_ store: GoalKitStore) throws -> [String] {
            try store.writer.read { db in
                try String.fetchAll(
                    db, sql: "SELECT type || ' ' || name || ' ' || ifnull(sql, '') FROM sqlite_master ORDER BY name")
            }
        }
        let first = try GoalKitStore(path: path)
        let before = try schema(first)
        let categories = try first.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM categories") }
        try first.migrate()
        let second = try GoalKitStore(path: path)
        #expect(try schema(second) == before)
        #expect(
            try second.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM categories") } == categories)
        #expect(before.contains { $0.hasPrefix("index goals_category") })
        #expect(before.contains { $0.hasPrefix("index goal_contributions_date") })
        #expect(before.contains { $0.hasPrefix("index recommendations_is_implemented") })
        #expect(before.contains { $0.hasPrefix("index recommendation_feedback_recommendation") })
        #expect(before.contains { $0.hasPrefix("index expenses_dedup") })
        #expect(before.contains { $0.hasPrefix("index expenses_transfer") })
        #expect(before.contains { $0.hasPrefix("index goal_contributions_expense") })
        #expect(!before.contains { $0.hasPrefix("index expenses_batch") })
    }

    @Test func contentKeysFromBeforeV9GetTheirDayFirst() throws {
        let f = try StoreFixture()
        try f.execute(
            """
            INSERT INTO expenses(user_id, budget_id, name, amount, currency, date, account, amount_text, dedup_key)
            VALUES (\(f.userID), \(f.budgetID), 'a', -100, 'USD', '2024-01-05', 'x', '-1.00', 'c:00ab12cd34ef5678:2'),
                   (\(f.userID), \(f.budgetID), 'b', -200, 'USD', '2024-01-06', 'x', '-2.00', 'id:T1')
            """)
        try f.execute("DELETE FROM grdb_migrations WHERE identifier = 'v9 day-first content keys'")
        try f.store.migrate()
        let keys = try f.store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT dedup_key FROM expenses ORDER BY id")
        }
        #expect(keys == ["c:2024-01-05:00ab12cd34ef5678:2", "id:T1"])
        // Running it again changes nothing.
        try f.execute("DELETE FROM grdb_migrations WHERE identifier = 'v9 day-first content keys'")
        try f.store.migrate()
        #expect(
            try f.store.writer.read { db in try String.fetchAll(db, sql: "SELECT dedup_key FROM expenses ORDER BY id") }
                == keys)
    }

    @Test func deletingAGoalCascades() throws {
        let f = try StoreFixture()
        try f.execute(
            "INSERT INTO goal_contributions(goal_id, amount, date, source) VALUES (1, 500, '2024-01-02', 'direct')")
        try f.execute(
            "INSERT INTO recommendations(goal_id, title, description, category, potential_impact, difficulty_level) VALUES (1, 't', 'd', 'c', 100, 'easy')"
        )
        try f.execute("INSERT INTO recommendation_feedback(recommendation_id, was_helpful, rating) VALUES (1, 1, 4)")
        try f.store.deleteGoal(id: f.goalID, userID: f.userID)
        #expect(try f.int("SELECT count(*) FROM goal_contributions") == 0)
        #expect(try f.int("SELECT count(*) FROM recommendations") == 0)
        #expect(try f.int("SELECT count(*) FROM recommendation_feedback") == 0)
    }

    @Test func deletingAUserCascadesToEverythingOfTheirs() throws {
        let f = try StoreFixture()
        try f.execute(
            "INSERT INTO goal_contributions(goal_id, amount, date, source) VALUES (1, 500, '2024-01-02', 'direct')")
        try f.execute("INSERT INTO budget_limits(budget_id, category_id, amount) VALUES (1, \(f.categoryID), 100)")
        try f.execute(
            "INSERT INTO expenses(user_id, budget_id, name, amount, currency, date, account, amount_text, dedup_key) VALUES (1, 1, 'x', -5, 'USD', '2024-01-02', 'a', '-5', 'k')"
        )
        try f.execute("DELETE FROM users WHERE id = 1")
        for table in ["goals", "goal_contributions", "budgets", "budget_limits", "expenses"] {
            #expect(try f.int("SELECT count(*) FROM \(table)") == 0, "\(table)")
        }
        #expect(try f.int("SELECT count(*) FROM categories") ?? 0 > 50)
    }

    @Test func deletingACategoryKeepsTheExpenses() throws {
        let f = try StoreFixture()
        try f.execute("INSERT INTO categories(user_id, name, kind) VALUES (1, 'Mine', 'expense')")
        try f.execute(
            "INSERT INTO expenses(user_id, budget_id, name, amount, currency, date, account, amount_text, dedup_key, category_id) VALUES (1, 1, 'x', -5, 'USD', '2024-01-02', 'a', '-5', 'k', (SELECT id FROM categories WHERE name = 'Mine'))"
        )
        try f.execute("DELETE FROM categories WHERE name = 'Mine'")
        #expect(try f.int("SELECT count(*) FROM expenses WHERE category_id IS NULL") == 1)
    }

    @Test func updatedAtMovesOnEveryUpdate() throws {
        let f = try StoreFixture()
        try f.execute("UPDATE goals SET updated_at = '2000-01-01 00:00:00.000' WHERE id = 1")
        #expect(try f.text("SELECT updated_at FROM goals WHERE id = 1") == "2000-01-01 00:00:00.000")
        try f.execute("UPDATE goals SET name = 'Renamed' WHERE id = 1")
        let moved = try #require(try f.text("SELECT updated_at FROM goals WHERE id = 1"))
        #expect(moved > "2020")
        #expect(try f.text("SELECT created_at FROM goals WHERE id = 1") ?? "" <= moved)
        try f.execute("UPDATE budgets SET updated_at = '2000-01-01 00:00:00.000' WHERE id = 1")
        try f.execute("UPDATE budgets SET name = 'B' WHERE id = 1")
        #expect(try f.text("SELECT updated_at FROM budgets WHERE id = 1") ?? "" > "2020")
    }

    @Test func currentAmountFollowsContributions() throws {
        let f = try StoreFixture()
        let usd = Currency.usd
        let day = LocalDate(iso: "2024-02-01")!
        let a = try f.store.addContribution(
            GoalContribution(
                goalID: f.goalID, amount: Money(minorUnits: 10_000, currency: usd), date: day, source: .direct),
            userID: f.userID)
        let b = try f.store.addContribution(
            GoalContribution(
                goalID: f.goalID, amount: Money(minorUnits: 2_550, currency: usd), date: day, source: .income),
            userID: f.userID)
        #expect(try f.store.goal(id: f.goalID, userID: f.userID).currentAmount.minorUnits == 12_550)
        var edited = b
        edited.amount = Money(minorUnits: 50, currency: usd)
        _ = try f.store.updateContribution(edited, userID: f.userID)
        #expect(try f.store.goal(id: f.goalID, userID: f.userID).currentAmount.minorUnits == 10_050)
        try f.store.deleteContribution(id: a.id!, userID: f.userID)
        #expect(try f.store.goal(id: f.goalID, userID: f.userID).currentAmount.minorUnits == 50)
        // Raw SQL from an app on the same schema keeps them in step too.
        try f.execute(
            "INSERT INTO goal_contributions(goal_id, amount, date, source) VALUES (1, 1000, '2024-03-01', 'other')")
        #expect(
            try f.int("SELECT current_amount - (SELECT sum(amount) FROM goal_contributions) FROM goals WHERE id = 1")
                == 0)
    }

    @Test func otherUsersRowsAreNotFound() throws {
        let f = try StoreFixture()
        let bob = try f.store.ensureUser(named: "bob").id!
        #expect(throws: StoreError.self) { try f.store.goal(id: f.goalID, userID: bob) }
        #expect(throws: StoreError.self) { try f.store.deleteGoal(id: f.goalID, userID: bob) }
        #expect(try f.store.goals(userID: bob).isEmpty)
        let c = GoalContribution(
            goalID: f.goalID, amount: Money(minorUnits: 1, currency: .usd), date: LocalDate(iso: "2024-01-05")!,
            source: .direct)
        #expect(throws: StoreError.self) { try f.store.addContribution(c, userID: bob) }
    }

    @Test func openingContributionIsRecordedWithTheGoal() throws {
        let f = try StoreFixture()
        let goal = Goal(
            userID: f.userID, name: "Car", targetAmount: Money(minorUnits: 900_000, currency: .usd),
            startDate: LocalDate(iso: "2024-01-01")!, category: .vehicle)
        let opening = GoalContribution(
            goalID: 0, amount: Money(minorUnits: 12_345, currency: .usd), date: LocalDate(iso: "2024-01-01")!,
            source: .direct)
        let stored = try f.store.addGoal(goal, opening: opening)
        #expect(stored.currentAmount.minorUnits == 12_345)
        #expect(try f.store.contributions(userID: f.userID, goalID: stored.id).count == 1)
    }

    @Test func aGoalKeepsWhetherItCountsItsAccountsBalance() throws {
        let f = try StoreFixture()
        var goal = try f.store.goal(id: f.goalID, userID: f.userID)
        #expect(!goal.countsBalance)
        goal.account = "SAV-1"
        goal.countsBalance = true
        #expect(try f.store.updateGoal(goal).countsBalance)
        #expect(try f.int("SELECT counts_balance FROM goals WHERE id = 1") == 1)
        #expect(throws: (any Error).self) { try f.execute("UPDATE goals SET counts_balance = 2 WHERE id = 1") }
    }

    @Test func homeCurrencyIsKept() throws {
        let store = try GoalKitStore()
        #expect(try store.homeCurrency() == .usd)
        try store.setHomeCurrency(.eur)
        #expect(try store.homeCurrency() == .eur)
        #expect(try store.storedMoney().isEmpty)
    }
}
