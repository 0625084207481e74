import Foundation
import GoalKit
import GoalKitAnalysis
import GoalKitReport
import GoalKitService
import GoalKitTestSupport
import Testing

/// A goal linked to an account may count that account's statement balance as what it has saved.
@Suite struct GoalBalanceTests {
    typealias F = OFXFixture

    /// A checking account and a savings account: 500.00 moves from one to the other on
    /// 2024-01-10 (a contribution to the goal linked to savings); savings' statements give its
    /// balance on 2024-01-31 (8,500.00) and 2024-02-29 (9,100.00).
    final class Household {
        let dir = TemporaryDirectory()
        let session: GoalKitSession
        let goalID: Int64

        init(currency: String? = nil) throws {
            session = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
            let goal = try session.addGoal(
                NewGoal(
                    name: "Rainy day", target: "10000", category: .emergency, priority: .high,
                    startDate: LocalDate(iso: "2024-01-01"), currency: currency),
                today: LocalDate(iso: "2024-01-01")!)
            goalID = goal.id!
            _ = try session.linkGoal(id: goalID, account: "SAV1")
            let checking = F.file([
                F.bank(
                    account: "CHK1", [F.transaction("20240110", "-500.00", "ONLINE TRANSFER", fitID: "C1")],
                    balance: "3000.00", balanceDate: "20240131")
            ])
            let january = F.file([
                F.bank(
                    account: "SAV1",
                    [F.transaction("20240110", "500.00", "DEPOSIT FROM CHK", fitID: "S1", type: "CREDIT")],
                    balance: "8500.00", balanceDate: "20240131")
            ])
            let february = F.file([
                F.bank(
                    account: "SAV1",
                    [F.transaction("20240215", "600.00", "INTEREST AND BONUS", fitID: "S2", type: "CREDIT")],
                    balance: "9100.00", balanceDate: "20240229", start: "20240201", end: "20240229")
            ])
            for (name, text) in [("chk.ofx", checking), ("jan.ofx", january), ("feb.ofx", february)] {
                _ = try session.importFile(path: dir.write(name, text), options: ImportOptions())
            }
        }

        deinit { dir.remove() }

        func countBalance(_ counts: Bool = true) throws {
            var changes = GoalChanges()
            changes.countsBalance = counts
            _ = try session.updateGoal(id: goalID, changes)
        }

        func projection(_ day: String) throws -> GoalProjection {
            try #require(try session.goalProjections(asOf: LocalDate(iso: day)!).first { $0.goal.id == goalID })
        }
    }

    /// (as of, saved, the balance's day or nil for the contributions' sum)
    static let days: [(String, String, String?)] = [
        ("2024-01-20", "500.00", nil),  // no balance on or before: the contributions
        ("2024-01-31", "8500.00", "2024-01-31"),
        ("2024-02-20", "8500.00", "2024-01-31"),
        ("2024-03-15", "9100.00", "2024-02-29"),
    ]

    @Test(arguments: days) func savedIsTheBalanceOnOrBeforeTheDay(day: String, saved: String, from: String?) throws {
        let h = try Household()
        try h.countBalance()
        let p = try h.projection(day)
        #expect(p.saved.decimalString == saved)
        #expect(p.countedBalance?.date.isoString == from)
        #expect(p.countedBalance.map { $0.account } == (from == nil ? nil : "SAV1"))
        // The 500.00 transfer is the goal's contribution and stays its current amount; it is
        // already in the balance, so it is not added on top of it.
        #expect(p.goal.currentAmount.decimalString == "500.00")
        #expect(p.monthlyPace.decimalString == "166.67")
        // goal show reads the same figure.
        let detail = try h.session.goalDetail(id: h.goalID, asOf: LocalDate(iso: day)!)
        #expect(detail.projection.saved == p.saved)
        #expect(detail.projection.countedBalance == p.countedBalance)
    }

    @Test func withoutTheSwitchSavedStaysTheContributions() throws {
        let h = try Household()
        #expect(try h.projection("2024-03-15").saved.decimalString == "500.00")
        try h.countBalance()
        #expect(try h.projection("2024-03-15").saved.decimalString == "9100.00")
        try h.countBalance(false)
        #expect(try h.projection("2024-03-15").saved.decimalString == "500.00")
    }

    @Test func countingNeedsAnAccountAndUnlinkingStopsIt() throws {
        let h = try Household()
        try h.countBalance()
        _ = try h.session.linkGoal(id: h.goalID, account: "")
        #expect(try h.session.goals().first?.countsBalance == false)
        #expect(throws: ServiceError.self) { try h.countBalance() }
        #expect(try h.projection("2024-03-15").countedBalance == nil)
    }

    @Test func aBalanceInAnotherCurrencyIsNotCounted() throws {
        let h = try Household(currency: "EUR")
        try h.countBalance()
        let p = try h.projection("2024-03-15")
        #expect(p.countedBalance == nil)
        #expect(p.saved.currency == .eur)
        let text = GoalDetailView(
            projection: try h.session.goalDetail(id: h.goalID, asOf: LocalDate(iso: "2024-03-15")!).projection,
            contributions: []
        ).text
        #expect(text.contains("no balance of account SAV1 in EUR on or before 2024-03-15 is stored"))
    }

    @Test func viewsAndReportsNameTheBalanceAndItsDay() throws {
        let h = try Household()
        try h.countBalance()
        let day = LocalDate(iso: "2024-03-15")!
        let detail = try h.session.goalDetail(id: h.goalID, asOf: day)
        let view = GoalDetailView(projection: detail.projection, contributions: detail.contributions)
        #expect(view.text.contains("Saved:          9,100.00 USD (91.00%) as of 2024-03-15"))
        #expect(view.text.contains("the balance of account SAV1 on 2024-02-29"))
        #expect(view.text.contains("Contributed:    500.00 USD"))
        let json = view.json.serialized(pretty: false)
        #expect(json.contains(#""saved_from":"balance of SAV1 on 2024-02-29""#))
        #expect(json.contains(#""counts_balance":true"#))
        let list = Listings.goals(try h.session.goalProjections(asOf: day)).rendered(as: .csv)
        #expect(list.contains("500.00,9100.00,balance of SAV1 on 2024-02-29,USD"))
        let report = try h.session.goalsReport(asOf: day)
        let markdown = ReportRenderer.markdown(report)
        #expect(markdown.contains("balance of SAV1 on 2024-02-29"))
        #expect(
            markdown.contains(#"Saved for "Rainy day" is the balance of account SAV1 on 2024-02-29 (9,100.00 USD)"#))
    }

    @Test func aGoalsFileCanCountTheBalance() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        let path = dir.write(
            "goals.json",
            #"[{"name": "Fund", "target": "100", "category": "emergency", "account": "SAV1", "count_balance": true}]"#)
        #expect(try s.importGoals(path: path, today: LocalDate(iso: "2024-01-01")!).first?.countsBalance == true)
        let bad = dir.write(
            "bad.json", #"[{"name": "Fund", "target": "100", "category": "emergency", "count_balance": true}]"#)
        #expect(throws: ServiceError.self) { try s.importGoals(path: bad, today: LocalDate(iso: "2024-01-01")!) }
    }
}
