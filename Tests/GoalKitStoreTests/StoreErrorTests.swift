import Foundation
import GRDB
import GoalKit
import GoalKitStorage
import GoalKitTestSupport
import Testing

@testable import GoalKitStore

/// Store errors in the user's words: CHECK rules, a busy database, files.
@Suite struct StoreErrorTests {
    static let checks: [(expression: String, sentence: String)] = [
        (
            "typeof(current_amount) = 'integer' AND current_amount BETWEEN -9999999999 AND 9999999999 AND current_amount >= 0",
            "goals.current_amount must be a whole number of minor units between -99,999,999.99 and 99,999,999.99 and not negative"
        ),
        (
            "typeof(target_amount) = 'integer' AND target_amount BETWEEN -9999999999 AND 9999999999 AND target_amount > 0",
            "goals.target_amount must be a whole number of minor units between -99,999,999.99 and 99,999,999.99 and more than zero"
        ),
        (
            "date IS date(date, '+0 days')",
            "date (in account_balances or exchange_rates or expenses or goal_contributions) must be a real calendar date (YYYY-MM-DD)"
        ),
        (
            "length(currency) = 3 AND currency = upper(currency)",
            "currency (in account_balances or budgets or expenses or goals) must be a three-letter ISO 4217 currency code in capitals"
        ),
        (
            "(priority = 'high' OR priority = 'medium' OR priority = 'low')",
            "goals.priority must be one of: high, medium, low"
        ),
        ("(is_active = 0 OR is_active = 1)", "is_active (in goals or users) must be 0 or 1"),
    ]

    @Test(arguments: checks)
    func aCheckFailureNamesTheColumnAndTheRule(_ check: (expression: String, sentence: String)) throws {
        let store = try GoalKitStore()
        let error = store.map(
            DatabaseError(
                resultCode: .SQLITE_CONSTRAINT_CHECK, message: "CHECK constraint failed: \(check.expression)"))
        #expect(error.kind == .constraint)
        #expect(error.message == "the database refused the change: \(check.sentence)")
    }

    @Test func aContributionPastTheLimitSaysWhichColumnAndRule() throws {
        let f = try StoreFixture()
        let big = GoalContribution(
            goalID: f.goalID, amount: Money(minorUnits: 9_999_999_000, currency: .usd),
            date: LocalDate(iso: "2024-02-01")!, source: .direct)
        _ = try f.store.addContribution(big, userID: f.userID)
        let error = #expect(throws: StoreError.self) { try f.store.addContribution(big, userID: f.userID) }
        #expect(error?.message.contains("goals.current_amount must be a whole number of minor units") == true)
        #expect(error?.message.contains("CHECK constraint failed") == false, "\(error?.message ?? "")")
    }

    @Test func aDatabaseAnotherProcessWritesIsBusyNotLocked() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.file("db.sqlite")
        let store = try GoalKitStore(path: path, busyTimeout: 0.2)
        var unsafe = Configuration()
        unsafe.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: unsafe)
        try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        defer { try? other.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") } }
        let error = #expect(throws: StoreError.self) { try store.ensureUser(named: "bob") }
        #expect(error?.kind == .busy)
        #expect(error?.message == "another goalkit process is writing \(path); try again")
    }

    static let unopenable: [(name: String, setUp: @Sendable (TemporaryDirectory) -> String, reason: String)] = [
        ("a missing folder", { $0.file("missing/db.sqlite") }, "No such file or directory"),
        ("a folder", { dir in dir.file("") }, "Is a directory"),
        ("a file for a folder", { dir in dir.write("plain", "x") + "/db.sqlite" }, "Not a directory"),
    ]

    @Test(arguments: unopenable.map { ($0.name, $0.reason) })
    func aFileThatCannotBeOpenedSaysWhy(_ name: String, _ reason: String) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let path = Self.unopenable.first { $0.name == name }!.setUp(dir)
        let error = #expect(throws: StoreError.self) { try GoalKitStore(path: path) }
        #expect(error?.message == "\(path): cannot open the database: \(reason)", "\(error?.message ?? "")")
    }
}
