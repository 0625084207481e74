import Foundation
import GoalKit
import GoalKitAnalysis
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// Cash flow and the recommender's monthly figures over one window: the whole months ending
/// at the data horizon, divided by the months the data covers.
@Suite struct MonthlyAverageUseCaseTests {
    typealias H = HouseholdFixture

    static func session(_ dir: TemporaryDirectory) throws -> GoalKitSession {
        try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
    }

    /// Nets of 6,000, 1,000 ... 5,000 for May–October (money out is 1,495.99 a month).
    static func salary(_ month: H.Month) -> String {
        let net = [5: 6000, 6: 1000, 7: 2000, 8: 3000, 9: 4000, 10: 5000][month.month] ?? 1000
        return String(format: "%d.99", net + 1495)
    }

    @Test(arguments: ["2026-11-15", "2026-12-01", "2027-01-31"])
    func aMonthAfterTheStatementsEndIsNotAMonthOfZero(_ day: String) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try Self.session(dir)
        _ = try s.importFile(
            path: dir.write(
                "2026.ofx",
                H.ofx(months: H.Month(2026, 1).through(H.Month(2026, 10))) { H.checking($0, salary: Self.salary($0)) }))
        let flow = try s.cashFlow(asOf: LocalDate(iso: day)!)
        #expect(
            flow.months.map(\.month.description) == ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"])
        #expect(
            flow.months.map(\.net.decimalString) == ["6000.00", "1000.00", "2000.00", "3000.00", "4000.00", "5000.00"])
        // The median of the six; with a November of 0.00 in place of May it would be 2,500.00.
        #expect(flow.freeCashFlow.decimalString == "3500.00")
        #expect(flow.window.description == "May–October 2026 (6 months)")
    }

    @Test func monthsBeforeTheDataBeginsAreLeftOut() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try Self.session(dir)
        _ = try s.importFile(
            path: dir.write("q3.ofx", H.ofx(months: H.Month(2026, 8).through(H.Month(2026, 10)))))
        let flow = try s.cashFlow(asOf: LocalDate(iso: "2026-11-10")!)
        #expect(flow.months.map(\.month.description) == ["2026-08", "2026-09", "2026-10"])
        #expect(flow.freeCashFlow.decimalString == "1504.01")
    }

    /// Rent of 1,200.40 on the 1st and groceries of 199.60 on the 9th, April to October 2026:
    /// seven bills, of which October's is in a month not yet whole.
    static let rentCSV: String = {
        var rows = ["Date,Description,Amount"]
        for month in 4...10 {
            let m = String(format: "2026-%02d", month)
            rows.append("\(m)-01,LANDLORD PROPERTIES,-1200.40")
            rows.append("\(m)-09,FRESH MARKET,-199.60")
        }
        return rows.joined(separator: "\n") + "\n"
    }()

    /// Six rents of 3,200.40 over six months: 3,200.40 a month against the average household's
    /// 2,119.67, an excess of 1,080.73 a month. With October's rent in and still six months it
    /// would read 1,614.13 — a jump the day the rent posted.
    @Test(arguments: ["2026-10-01", "2026-10-02", "2026-10-15", "2026-10-31"])
    func theHousingBenchmarkDividesTheBillsOfItsMonthsByThoseMonths(_ day: String) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try Self.session(dir)
        _ = try s.addRule(match: "LANDLORD", category: "Rent & Mortgage", minimum: nil, maximum: nil, account: nil)
        _ = try s.addRule(match: "FRESH MARKET", category: "Groceries", minimum: nil, maximum: nil, account: nil)
        let csv = Self.rentCSV.replacingOccurrences(of: "-1200.40", with: "-3200.40")
        _ = try s.importFile(path: dir.write("rent.csv", csv), options: ImportOptions(account: "Checking"))
        _ = try s.addGoal(
            NewGoal(
                name: "Deposit", target: "30000", category: .housing, priority: .high,
                targetDate: LocalDate(iso: "2027-12-31"), startDate: LocalDate(iso: "2026-04-01")),
            today: LocalDate(iso: "2026-04-01")!)
        let stored = try s.recommend(asOf: LocalDate(iso: day)!)
        let housing = try #require(stored.first { $0.type == "above_benchmark" && $0.key == "above_benchmark:housing" })
        #expect(housing.recommendation.potentialImpact.decimalString == "1080.73")
        #expect(
            housing.recommendation.description.contains(
                "Over April–September 2026 (6 months) Housing came to 3,200.40 USD a month"))
        #expect(housing.evidence.count == 6)
    }

    /// The window stops at September; a bonus on 2026-10-10 is an event, not an average.
    @Test func aWindfallInTheMonthNotYetWholeIsStillSeen() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try Self.session(dir)
        let salaries = (4...9).map { String(format: "2026-%02d-25,ACME PAYROLL,3000.00", $0) }
        let csv = Self.rentCSV + salaries.joined(separator: "\n") + "\n2026-10-10,ACME ANNUAL BONUS,5000.00\n"
        _ = try s.importFile(path: dir.write("rent.csv", csv), options: ImportOptions(account: "Checking"))
        _ = try s.addGoal(
            NewGoal(
                name: "Deposit", target: "30000", category: .housing, priority: .high,
                targetDate: LocalDate(iso: "2027-12-31"), startDate: LocalDate(iso: "2026-04-01")),
            today: LocalDate(iso: "2026-04-01")!)
        let stored = try s.recommend(asOf: LocalDate(iso: "2026-10-31")!)
        #expect(
            stored.filter { $0.type == "windfall" }.map(\.recommendation.title) == [
                "Put half of the 5,000.00 from Acme Annual Bonus toward the goal"
            ])
    }

    @Test func aHouseholdWindowEndsAtTheHorizonOfTheAccountThatStopsFirst() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try Self.session(dir)
        // Checking's statements stop at the end of September; the card goes on to November.
        _ = try s.importFile(
            path: dir.write("checking.ofx", H.ofx(months: H.Month(2026, 1).through(H.Month(2026, 9)))))
        _ = try s.importFile(
            path: dir.write(
                "card.ofx",
                H.ofx(account: "4111000011114444", months: H.Month(2026, 1).through(H.Month(2026, 11))) { _ in
                    [(14, "-42.00", "Corner Books")]
                }))
        let flow = try s.cashFlow(asOf: LocalDate(iso: "2026-12-01")!)
        #expect(flow.window.description == "April–September 2026 (6 months)")
        #expect(flow.months.last?.month.description == "2026-09")
    }
}
