import Foundation
import GoalKit
import GoalKitAnalysis
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// Idle cash across goals and runs: claimed like money, the cushion a setting, moves marked
/// implemented held back until a newer balance shows them.
@Suite struct IdleCashUseCaseTests {
    typealias H = HouseholdFixture

    /// A checking account's months (1,495.99 out a month, so the default cushion is 4,487.97)
    /// with its balance on the last day.
    static func statement(_ months: [H.Month], balance: String) -> String {
        var transactions: [String] = []
        for month in months {
            for (index, line) in H.checking(month).enumerated() {
                transactions.append(
                    OFXFixture.transaction(
                        month.compact + String(format: "%02d", line.day), line.amount, line.payee,
                        fitID: "\(month.compact)-\(index)", type: line.amount.hasPrefix("-") ? "DEBIT" : "CREDIT"))
            }
        }
        let last = months.last!
        let end = last.compact + String(format: "%02d", last.days)
        return OFXFixture.file([
            OFXFixture.bank(
                account: "000111227788", transactions, balance: balance, balanceDate: end,
                start: months.first!.compact + "01", end: end)
        ])
    }

    final class Household {
        let dir = TemporaryDirectory()
        let session: GoalKitSession
        var fund: Int64 = 0
        var trip: Int64 = 0

        init() throws {
            session = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
            try load(IdleCashUseCaseTests.statement(H.Month(2024, 1).through(H.Month(2024, 6)), balance: "20000.00"))
            let start = LocalDate(iso: "2024-01-01")!
            fund = try session.addGoal(
                NewGoal(
                    name: "Fund", target: "3000", category: .emergency, priority: .high,
                    targetDate: LocalDate(iso: "2024-12-31"), startDate: start), today: start
            ).id!
            trip = try session.addGoal(
                NewGoal(
                    name: "Trip", target: "20000", category: .vacation, priority: .medium,
                    targetDate: LocalDate(iso: "2025-06-30"), startDate: start), today: start
            ).id!
        }

        deinit { dir.remove() }

        func load(_ text: String) throws {
            _ = try session.importFile(path: dir.write("s\(UUID().uuidString).ofx", text), options: ImportOptions())
        }

        /// Each goal's idle-cash offer: the amount it moves.
        func offers(_ day: String, goalID: Int64? = nil) throws -> [Int64: String] {
            let run = try session.recommendationRun(goalID: goalID, asOf: LocalDate(iso: day)!)
            var result: [Int64: String] = [:]
            for stored in run.recommendations where stored.type == "use_idle_cash" {
                for case .moveBalance(_, _, let amount) in stored.recommendation.implementationSteps.compactMap(
                    \.action)
                {
                    result[stored.recommendation.goalID] = amount.decimalString
                }
            }
            return result
        }
    }

    @Test func goalsServedInPriorityOrderShareTheIdleCash() throws {
        let h = try Household()
        // 20,000.00 less the 4,487.97 cushion: 15,512.03 idle; the fund takes 3,000.00 of it.
        let expected: [Int64: String] = [h.fund: "3000.00", h.trip: "12512.03"]
        #expect(try h.offers("2024-07-01") == expected)
        #expect(try h.offers("2024-07-01") == expected)  // a re-run counts nothing twice
        // A run for the trip alone leaves what the fund's open offer claims.
        #expect(try h.offers("2024-07-01", goalID: h.trip) == [h.trip: "12512.03"])
        let trip = try h.session.recommendationRun(goalID: h.trip, asOf: LocalDate(iso: "2024-07-01")!)
        #expect(trip.recommendations.first?.type == "use_idle_cash")
    }

    @Test func theCushionIsAPerUserSetting() throws {
        let h = try Household()
        #expect(try h.session.settingValues().map { "\($0.setting.key)=\($0.value)" } == ["cash_cushion_months=3"])
        try h.session.setSetting(key: "cash_cushion_months", value: "0")
        #expect(try h.offers("2024-07-01") == [h.fund: "3000.00", h.trip: "17000.00"])
        try h.session.setSetting(key: "cash_cushion_months", value: "12")  // 17,951.88 kept: 2,048.12 idle
        #expect(try h.offers("2024-07-01") == [h.fund: "2048.12"])
        for (key, value) in [("cash_cushion_months", "-1"), ("cash_cushion_months", "x"), ("cushion", "3")] {
            #expect(throws: ServiceError.self) { try h.session.setSetting(key: key, value: value) }
        }
    }

    @Test func aMoveMarkedImplementedIsHeldBackUntilANewerBalanceShowsIt() throws {
        let h = try Household()
        let first = try h.session.recommend(asOf: LocalDate(iso: "2024-07-01")!)
        let move = try #require(first.first { $0.type == "use_idle_cash" && $0.recommendation.goalID == h.fund })
        _ = try h.session.setRecommendation(
            id: move.recommendation.id!, implemented: true, on: LocalDate(iso: "2024-07-02")!)
        // The balance of 2024-06-30 still holds the 3,000.00: the trip is not offered it, nor is
        // the fund offered it again.
        #expect(try h.offers("2024-07-03") == [h.trip: "12512.03"])
        // July's statement shows the money gone (and the month's 1,504.01 saved).
        try h.load(IdleCashUseCaseTests.statement([H.Month(2024, 7)], balance: "18504.01"))
        let after = try h.offers("2024-08-01")
        #expect(after[h.trip] != nil)
        #expect(after[h.fund] == "3000.00")  // nothing was recorded toward it: offered afresh
    }

    @Test func theRunSaysWhyAGoalGetsNoIdleCash() throws {
        let h = try Household()
        try h.session.setSetting(key: "cash_cushion_months", value: "12")
        let run = try h.session.recommendationRun(asOf: LocalDate(iso: "2024-07-01")!)
        let trip = try #require(run.goals.first { $0.projection.goal.id == h.trip })
        #expect(trip.notes.contains("The 2,048.12 USD idle in …7788 already goes to higher-priority goals' offers."))
    }
}
