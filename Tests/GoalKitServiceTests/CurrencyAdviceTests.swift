import Foundation
import GoalKit
import GoalKitAnalysis
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// Advice and cash flow keep to one currency: a goal in EUR is advised from the EUR lines, a
/// goal in USD from the USD ones, and no total mixes them.
@Suite struct CurrencyAdviceTests {
    static func csv(_ rows: (Int) -> [String]) -> String {
        (["Date,Description,Amount,Category"] + (1...6).flatMap(rows)).joined(separator: "\n") + "\n"
    }

    func household(_ dir: TemporaryDirectory) throws -> GoalKitSession {
        let s = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        let usd = Self.csv { m in
            let month = String(format: "2026-%02d", m)
            return ["\(month)-01,ACME PAYROLL,4000.00,Salary", "\(month)-02,LANDLORD,-1500.00,Rent & Mortgage"]
        }
        let eur = Self.csv { m in
            let month = String(format: "2026-%02d", m)
            return [
                "\(month)-01,GEHALT GMBH,2000.00,Salary", "\(month)-05,STREAMFLIX,-12.99,Streaming & Subscriptions",
                "\(month)-10,REWE MARKT,-300.00,Groceries",
            ]
        }
        _ = try s.importFile(path: dir.write("usd.csv", usd), options: ImportOptions(account: "Checking"))
        _ = try s.importFile(
            path: dir.write("eur.csv", eur), options: ImportOptions(account: "Girokonto", currency: .eur))
        _ = try s.addGoal(
            NewGoal(
                name: "Car", target: "12000", category: .vehicle, priority: .high,
                targetDate: LocalDate(iso: "2027-06-30"), startDate: LocalDate(iso: "2026-01-01")),
            today: LocalDate(iso: "2026-01-01")!)
        _ = try s.addGoal(
            NewGoal(
                name: "Urlaub", target: "3000", category: .vacation, targetDate: LocalDate(iso: "2026-12-31"),
                startDate: LocalDate(iso: "2026-01-01"), currency: "EUR"),
            today: LocalDate(iso: "2026-01-01")!)
        return s
    }

    @Test func eachGoalIsAdvisedInItsOwnCurrency() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try household(dir)
        let made = try s.recommend(asOf: LocalDate(iso: "2026-06-30")!)
        let goals = Dictionary(uniqueKeysWithValues: try s.goals().map { ($0.id!, $0) })
        #expect(!made.isEmpty)
        for stored in made {
            let goal = try #require(goals[stored.recommendation.goalID])
            #expect(stored.recommendation.potentialImpact.currency == goal.currency, "\(stored.recommendation.title)")
        }
        let urlaub = made.filter { goals[$0.recommendation.goalID]?.name == "Urlaub" }
        let car = made.filter { goals[$0.recommendation.goalID]?.name == "Car" }
        #expect(urlaub.contains { $0.type == "cancel_recurring" && $0.recommendation.title.contains("Streamflix") })
        #expect(!car.contains { $0.recommendation.title.lowercased().contains("streamflix") })
        // The EUR surplus (2,000.00 in, 312.99 out) funds the EUR goal, the USD one the USD goal.
        let raiseEUR = try #require(urlaub.first { $0.type == "raise_contribution" })
        #expect(raiseEUR.recommendation.potentialImpact.minorUnits <= 168_701)
        #expect(raiseEUR.recommendation.description.contains("EUR"))
        let raiseUSD = try #require(car.first { $0.type == "raise_contribution" })
        #expect(raiseUSD.recommendation.potentialImpact.currency == .usd)
    }

    @Test func cashFlowIsKeptPerCurrencyHomeFirst() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try household(dir)
        let flows = try s.cashFlows(asOf: LocalDate(iso: "2026-06-30")!)
        #expect(flows.map(\.freeCashFlow.currency) == [.usd, .eur])
        #expect(flows[0].freeCashFlow == Money(minorUnits: 250_000, currency: .usd))
        #expect(flows[1].freeCashFlow == Money(minorUnits: 168_701, currency: .eur))
    }

    @Test func aGoalThatHasNotStartedGetsNoAdviceYet() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try household(dir)
        let later = try s.addGoal(
            NewGoal(name: "Later", target: "5000", category: .other, startDate: LocalDate(iso: "2026-09-01")),
            today: LocalDate(iso: "2026-01-01")!)
        let made = try s.recommend(asOf: LocalDate(iso: "2026-06-30")!)
        #expect(!made.isEmpty)
        #expect(!made.contains { $0.recommendation.goalID == later.id })
    }
}
