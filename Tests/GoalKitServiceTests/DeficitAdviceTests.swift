import Foundation
import GoalKit
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// A household that spends 99.00 a month more than it earns (the interest counts as income) and
/// takes 300.00 a month back from its savings account: every goal hears that first, and none is offered a raise or money
/// moved from another goal.
@Suite struct DeficitAdviceTests {
    static func csv(_ rows: (String) -> [String]) -> String {
        let months = (1...6).map { String(format: "2024-%02d", $0) }
        return (["Date,Description,Amount,Category"] + months.flatMap(rows)).joined(separator: "\n") + "\n"
    }

    func household(_ dir: TemporaryDirectory) throws -> GoalKitSession {
        let s = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        let checking = Self.csv { m in
            [
                "\(m)-01,ACME PAYROLL,3000.00,Salary", "\(m)-02,LANDLORD,-2000.00,Rent & Mortgage",
                "\(m)-09,CORNER BISTRO,-800.00,Restaurants", "\(m)-16,CITY MALL,-300.00,Shopping",
                "\(m)-20,TRANSFER FROM SAVINGS,300.00,",
            ]
        }
        let savings = Self.csv { m in ["\(m)-20,TRANSFER TO CHECKING,-300.00,", "\(m)-28,INTEREST PAID,1.00,"] }
        _ = try s.importFile(path: dir.write("checking.csv", checking), options: ImportOptions(account: "Checking"))
        _ = try s.importFile(path: dir.write("savings.csv", savings), options: ImportOptions(account: "Savings"))
        for (name, priority) in [("Emergency fund", GoalPriority.high), ("Trip", .low)] {
            _ = try s.addGoal(
                NewGoal(
                    name: name, target: "6000", category: .emergency, priority: priority,
                    targetDate: LocalDate(iso: "2025-06-30"), startDate: LocalDate(iso: "2024-01-01")),
                today: LocalDate(iso: "2024-01-01")!)
        }
        return s
    }

    @Test func everyGoalHearsOfTheDeficitFirst() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try household(dir)
        let made = try s.recommend(asOf: LocalDate(iso: "2024-07-01")!)
        let byGoal = Dictionary(grouping: made, by: \.recommendation.goalID)
        #expect(byGoal.count == 2)
        // The statements reach 2024-06-28: the window is January–May.
        for (_, stored) in byGoal {
            let first = try #require(stored.min { ($0.rank ?? 0) < ($1.rank ?? 0) })
            #expect(first.type == "close_deficit")
            #expect(first.recommendation.potentialImpact == Money(minorUnits: 9_900, currency: .usd))
            #expect(first.recommendation.description.contains("beat your income by 99.00 USD"))
            #expect(
                first.recommendation.description.contains(
                    "(Savings) fell by 1,495.00 USD over those months, 299.00 USD a month"))
            #expect(!stored.contains { $0.type == "raise_contribution" || $0.type == "fund_higher_priority" })
        }
    }
}
