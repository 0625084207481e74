import Foundation
import GoalKit
import GoalKitPostgres
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// The schema on PostgreSQL: the SQLite store's migrations by name and order, its rules as
/// constraints with their SQLSTATE, its triggers and cascades, and numeric views.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL server binary is installed"))
struct PostgresSchemaTests {
    /// A freshly migrated database with one user and one goal (id 1 each, as the identity
    /// columns number them: an explicit id would not move their sequences on).
    static func migrated() throws -> PostgresLink {
        let link = try PostgresLink.connect(PostgresLocation(url: try PostgresTestServer.freshDatabase()))
        try PostgresMigrator.migrate(link)
        try link.execute("INSERT INTO users (username, password) VALUES ('ann', '!')")
        try link.execute(
            """
            INSERT INTO goals (user_id, name, target_amount, currency, start_date, category)
            VALUES (1, 'Car', 900000, 'USD', '2024-01-01', 'vehicle')
            """)
        return link
    }

    @Test func theMigrationsAreTheSQLiteStoresInItsOrderAndRunOnce() throws {
        #expect(PostgresMigrator.migrationNames == GoalKitStore.migrationNames)
        let link = try PostgresLink.connect(PostgresLocation(url: try PostgresTestServer.freshDatabase()))
        #expect(try PostgresMigrator.migrate(link) == GoalKitStore.migrationNames)
        #expect(try PostgresMigrator.migrate(link).isEmpty)
        let seeded = ShippedCategories.tree.reduce(0) { $0 + 1 + $1.2.count }
        #expect(try link.rows("SELECT count(*) FROM categories")[0].value(0, as: Int64.self) == Int64(seeded))
    }

    @Test func processesMigratingOneDatabaseAtOnceTakeTurns() async throws {
        let url = try PostgresTestServer.freshDatabase()
        let applied = try await withThrowingTaskGroup(of: [String].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    let link = try PostgresLink.connect(PostgresLocation(url: url))
                    return try PostgresMigrator.migrate(link)
                }
            }
            return try await group.reduce(into: [[String]]()) { $0.append($1) }
        }
        #expect(applied.filter { !$0.isEmpty } == [GoalKitStore.migrationNames])
    }

    struct Refusal: Sendable, CustomStringConvertible {
        var sql: String
        var sqlState: String
        var description: String { "\(sqlState): \(sql)" }
    }

    static let refusals: [Refusal] = [
        Refusal(sql: "INSERT INTO users (username, password) VALUES ('', '!')", sqlState: "23514"),
        Refusal(sql: "INSERT INTO users (username, password) VALUES ('ann', '!')", sqlState: "23505"),
        Refusal(sql: "INSERT INTO users (username) VALUES ('bo')", sqlState: "23502"),
        Refusal(
            sql:
                "INSERT INTO goals (user_id, name, target_amount, currency, start_date, category) VALUES (1, 'x', 0, 'USD', '2024-01-01', 'vehicle')",
            sqlState: "23514"),
        Refusal(
            sql:
                "INSERT INTO goals (user_id, name, target_amount, currency, start_date, category) VALUES (1, 'x', 10000000000, 'USD', '2024-01-01', 'vehicle')",
            sqlState: "23514"),
        Refusal(
            sql:
                "INSERT INTO goals (user_id, name, target_amount, currency, start_date, category) VALUES (1, 'x', 5, 'usd', '2024-01-01', 'vehicle')",
            sqlState: "23514"),
        Refusal(
            sql:
                "INSERT INTO goals (user_id, name, target_amount, currency, start_date, category) VALUES (1, 'x', 5, 'USD', '2024-01-01', 'yacht')",
            sqlState: "23514"),
        Refusal(
            sql:
                "INSERT INTO goals (user_id, name, target_amount, currency, start_date, target_date, category) VALUES (1, 'x', 5, 'USD', '2024-01-02', '2024-01-01', 'other')",
            sqlState: "23514"),
        Refusal(
            sql:
                "INSERT INTO goals (user_id, name, target_amount, currency, start_date, category) VALUES (9, 'x', 5, 'USD', '2024-01-01', 'other')",
            sqlState: "23503"),
        Refusal(
            sql:
                "INSERT INTO goal_contributions (goal_id, amount, date, source) VALUES (1, -5, '2024-01-01', 'direct')",
            sqlState: "23514"),
        Refusal(
            sql: "INSERT INTO goal_contributions (goal_id, amount, date, source) VALUES (1, 5, '2024-01-01', 'gift')",
            sqlState: "23514"),
        Refusal(
            sql: "INSERT INTO goal_contributions (goal_id, amount, date, source) VALUES (7, 5, '2024-01-01', 'direct')",
            sqlState: "23503"),
        Refusal(
            sql: "INSERT INTO goal_contributions (goal_id, amount, date, source) VALUES (1, 5, '2024-02-30', 'direct')",
            sqlState: "22008"),
        Refusal(
            sql:
                "INSERT INTO recommendations (goal_id, title, description, category, potential_impact, difficulty_level, user_feedback) VALUES (1, 't', 'd', 'c', 1, 'easy', 6)",
            sqlState: "23514"),
        Refusal(
            sql:
                "INSERT INTO recommendations (goal_id, title, description, category, potential_impact, difficulty_level, implementation_steps) VALUES (1, 't', 'd', 'c', 1, 'easy', '{}')",
            sqlState: "23514"),
        Refusal(sql: "INSERT INTO categories (name, kind) VALUES ('groceries', 'expense')", sqlState: "23505"),
        Refusal(
            sql:
                "INSERT INTO exchange_rates (from_currency, to_currency, date, rate) VALUES ('USD', 'USD', '2024-01-01', '1')",
            sqlState: "23514"),
    ]

    @Test(arguments: refusals)
    func aRowBreakingARuleIsRefusedWithItsSQLState(_ r: Refusal) throws {
        let link = try Self.migrated()
        do {
            try link.execute(r.sql)
            Issue.record("accepted: \(r.sql)")
        } catch {
            #expect(error.sqlState == r.sqlState, "\(error)")
            #expect(error.statement == r.sql)
            #expect(error.storeError.kind == (r.sqlState.hasPrefix("23") ? .constraint : .io))
            #expect(error.storeError.message.contains("SQLSTATE \(r.sqlState)"))
        }
    }

    @Test func theGoalsCurrentAmountFollowsItsContributions() throws {
        let link = try Self.migrated()
        func current() throws -> Int64 { try link.rows("SELECT current_amount FROM goals WHERE id = 1")[0].value(0) }
        try link.execute(
            "INSERT INTO goal_contributions (goal_id, amount, date, source) VALUES (1, 500, $1, 'direct'), (1, 250, $1, 'savings')",
            [.date(LocalDate(iso: "2024-02-29")!)])
        #expect(try current() == 750)
        try link.execute("UPDATE goal_contributions SET amount = 100 WHERE amount = 500")
        #expect(try current() == 350)
        try link.execute(
            """
            INSERT INTO goals (user_id, name, target_amount, currency, start_date, category)
            VALUES (1, 'Trip', 5000, 'USD', '2024-01-01', 'vacation')
            """)
        try link.execute("UPDATE goal_contributions SET goal_id = 2 WHERE amount = 250")
        #expect(try current() == 100)
        try link.execute("DELETE FROM goal_contributions WHERE goal_id = 1")
        #expect(try current() == 0)
        let stamps = try link.rows("SELECT updated_at > created_at FROM goals WHERE id = 1")
        #expect(try stamps[0].value(0, as: Bool.self))
    }

    @Test func deletingAUserTakesEverythingOfTheirsAndNotTheShippedCategories() throws {
        let link = try Self.migrated()
        try link.execute(
            "INSERT INTO goal_contributions (goal_id, amount, date, source) VALUES (1, 5, '2024-01-02', 'direct')")
        try link.execute(
            "INSERT INTO budgets (id, user_id, name, start_date, end_date, currency) VALUES (1, 1, 'B', '2024-01-01', '2024-01-31', 'USD')"
        )
        try link.execute(
            """
            INSERT INTO expenses (user_id, budget_id, name, amount, currency, date, account, amount_text, dedup_key)
            VALUES (1, 1, 'x', -5, 'USD', '2024-01-02', 'a', '-5', 'k')
            """)
        try link.execute("DELETE FROM users WHERE id = 1")
        for table in ["goals", "goal_contributions", "budgets", "expenses"] {
            #expect(try link.rows("SELECT count(*) FROM \(table)")[0].value(0, as: Int64.self) == 0, "\(table)")
        }
        #expect(try link.rows("SELECT count(*) FROM categories")[0].value(0, as: Int64.self) > 50)
    }

    @Test(arguments: [("USD", 123_450, "1234.50"), ("JPY", 1_235, "1235"), ("BHD", 1_234_567, "1234.567")])
    func theAmountViewsGiveMoneyAsNumeric(currency: String, minor: Int64, shown: String) throws {
        let link = try Self.migrated()
        try link.execute(
            "INSERT INTO budgets (id, user_id, name, start_date, end_date, currency) VALUES (1, 1, 'B', '2024-01-01', '2024-01-31', $1)",
            [.text(currency)])
        try link.execute(
            """
            INSERT INTO expenses (user_id, budget_id, name, amount, currency, date, account, amount_text, dedup_key)
            VALUES (1, 1, 'x', $1, $2, '2024-01-02', 'a', 'x', 'k')
            """, [.int(-minor), .text(currency)])
        let rows = try link.rows("SELECT amount::text, user_id FROM expenses_amounts")
        #expect(try rows[0].value(0, as: String.self) == "-" + shown)
        #expect(try rows[0].value(1, as: Int64.self) == 1)
    }

    @Test func aDayRoundTripsAsTheSameCalendarDay() throws {
        let link = try Self.migrated()
        for text in ["1900-01-01", "1999-12-31", "2000-01-01", "2024-02-29", "2100-12-31"] {
            let day = try #require(LocalDate(iso: text))
            let rows = try link.rows("SELECT $1::date, to_char($1::date, 'YYYY-MM-DD')", [.date(day)])
            #expect(try rows[0].value(0, as: LocalDate.self) == day)
            #expect(try rows[0].value(1, as: String.self) == text)
        }
    }
}
