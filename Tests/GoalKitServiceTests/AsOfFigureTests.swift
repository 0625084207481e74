import Foundation
import GoalKit
import GoalKitAnalysis
import GoalKitReport
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// Every goal figure as of a day counts only contributions dated on or before it, and an
/// opening balance is saved money, never pace.
@Suite struct AsOfFigureTests {
    /// An emergency fund of 10,000.00 by 2026-12-31, opened with 1,000.00 on 2026-01-01, then
    /// 500.00 on the first of every month from February through October.
    func session() throws -> (GoalKitSession, Int64) {
        let s = try GoalKitSession(store: GoalKitStore(), username: GoalKitSession.defaultUsername)
        let goal = try s.addGoal(
            NewGoal(
                name: "Emergency fund", target: "10000", category: .emergency,
                targetDate: LocalDate(iso: "2026-12-31"), startDate: LocalDate(iso: "2026-01-01"), current: "1000"),
            today: LocalDate(iso: "2026-11-20")!)
        let id = try #require(goal.id)
        for month in 2...10 {
            _ = try s.contribute(
                goalID: id, amount: "500", source: .savings, date: LocalDate(year: 2026, month: month, day: 1)!)
        }
        return (s, id)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var asOf: String
        var saved: String
        var progress: String
        var remaining: String
        var required: String
        var pace: String
        var status: GoalStatus
        var testDescription: String { asOf }
    }

    @Test(arguments: [
        // Saved 1,000 + Feb + Mar; pace is Feb and Mar over three months (the opening balance is
        // not pace); 8,000 over the nine months to the deadline, rounded up.
        Case(
            asOf: "2026-03-31", saved: "2000.00", progress: "20.00", remaining: "8000.00", required: "888.89",
            pace: "333.33", status: .atRisk),
        Case(
            asOf: "2026-09-30", saved: "5000.00", progress: "50.00", remaining: "5000.00", required: "1250.00",
            pace: "333.33", status: .atRisk),
        // Before the first monthly contribution: the opening balance alone, and no pace.
        Case(
            asOf: "2026-01-15", saved: "1000.00", progress: "10.00", remaining: "9000.00", required: "750.00",
            pace: "0.00", status: .atRisk),
    ])
    func goalFiguresCountOnlyWhatIsDatedByTheDay(_ c: Case) throws {
        let (s, id) = try session()
        let asOf = try #require(LocalDate(iso: c.asOf))
        let p = try #require(try s.goalProjections(asOf: asOf).first { $0.goal.id == id })
        #expect(p.goal.currentAmount.decimalString == "5500.00")
        #expect(p.saved.decimalString == c.saved)
        #expect(Listings.percentText(p.progressBasisPoints) == c.progress)
        #expect(p.remaining.decimalString == c.remaining)
        #expect(p.requiredMonthly?.decimalString == c.required)
        #expect(p.monthlyPace.decimalString == c.pace)
        #expect(p.status == c.status)

        // goal list and goal show: current_amount is the stored total, saved_as_of beside it.
        let row = try #require(Listings.goals([p]).jsonValue.serialized().data(using: .utf8))
        let object = try #require((try JSONSerialization.jsonObject(with: row) as? [[String: Any]])?.first)
        #expect(object["current_amount"] as? String == "5500.00")
        #expect(object["saved_as_of"] as? String == c.saved)
        #expect((object["progress_percentage"] as? NSNumber)?.doubleValue == Double(c.progress))
        let detail = try s.goalDetail(id: id, asOf: asOf)
        let view = GoalDetailView(projection: detail.projection, contributions: detail.contributions)
        #expect(view.contributions.allSatisfy { $0.date <= asOf })
        #expect(view.text.contains("Saved:          \(try Money(parsing: c.saved, currency: .usd)) "))
    }

    @Test func theOpeningBalanceIsDatedTheStartAndMarked() throws {
        let (s, id) = try session()
        let opening = try #require(try s.contributions(goalID: id).first)
        #expect(opening.isOpening)
        #expect(opening.date == LocalDate(iso: "2026-01-01"))
        #expect(try s.contributions(goalID: id).dropFirst().allSatisfy { !$0.isOpening })
    }

    @Test func paceIsRoundedHalfToEven() throws {
        let s = try GoalKitSession(store: GoalKitStore(), username: GoalKitSession.defaultUsername)
        let goal = try s.addGoal(
            NewGoal(name: "Bike", target: "1000", category: .other, startDate: LocalDate(iso: "2026-01-01")),
            today: LocalDate(iso: "2026-01-01")!)
        for day in ["2026-02-01", "2026-03-01"] {
            _ = try s.contribute(goalID: goal.id!, amount: "100", source: .savings, date: LocalDate(iso: day)!)
        }
        let p = try #require(try s.goalProjections(asOf: LocalDate(iso: "2026-03-31")!).first)
        #expect(p.monthlyPace.decimalString == "66.67")
    }

    @Test func theMonthlyReportShowsGoalsAsTheyStoodAtMonthEnd() throws {
        let (s, _) = try session()
        let report = try s.monthlyReport(month: YearMonth(year: 2026, month: 9)!)
        let goals = try #require(report.sections.first { $0.table?.name == "goals" }?.table?.listing)
        let saved = try #require(goals.columns.firstIndex(of: "saved"))
        #expect(goals.rows.first?[saved] == .money(Money(minorUnits: 500_000, currency: .usd)))
        let goalsReport = try s.goalsReport(asOf: LocalDate(iso: "2026-03-31")!)
        let overview = try #require(goalsReport.sections.first { $0.table?.name == "goals" }?.table?.listing)
        let status = try #require(overview.columns.firstIndex(of: "status"))
        #expect(overview.rows.first?[status] == .text("at_risk"))
    }

    @Test func theFeedbackReportFiltersOnTheDayRecommendationsWereMadeFor() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        _ = try s.importFile(
            path: dir.write("a.csv", RecommendUseCaseTests.csv()), options: ImportOptions(account: "Checking"))
        _ = try s.addGoal(
            NewGoal(
                name: "Car", target: "12000", category: .vehicle, targetDate: LocalDate(iso: "2025-06-30"),
                startDate: LocalDate(iso: "2024-01-01")),
            today: LocalDate(iso: "2024-01-01")!)
        let made = try s.recommend(asOf: LocalDate(iso: "2024-07-01")!)
        #expect(!made.isEmpty)
        #expect(made.allSatisfy { $0.asOf == LocalDate(iso: "2024-07-01") })
        let asOf = LocalDate(iso: "2024-12-31")!
        // Made for 2024-07-01 (whatever the clock said): the default period starts there.
        let all = try s.feedbackReport(since: nil, asOf: asOf)
        #expect(all.title == "Recommendation feedback — 2024-07-01 to 2024-12-31")
        #expect(all.summary.first { $0.key == "made" }?.value == .int(made.count))
        let later = try s.feedbackReport(since: LocalDate(iso: "2024-07-02")!, asOf: asOf)
        #expect(later.summary.first { $0.key == "made" }?.value == .int(0))
        let before = try s.feedbackReport(since: nil, asOf: LocalDate(iso: "2024-06-30")!)
        #expect(before.summary.first { $0.key == "made" }?.value == .int(0))
    }
}
