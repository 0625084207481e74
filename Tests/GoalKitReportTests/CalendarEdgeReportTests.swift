import GoalKit
import GoalKitAnalysis
import GoalKitReport
import Testing

/// The monthly report of the calendar's first and last months: 9999-12 looped forever (the
/// month after it clamped to itself), 0001-01...0001-05 crashed (their six-month window
/// started in 0001-12).
@Suite struct CalendarEdgeReportTests {
    @Test(arguments: [
        ("0001-01", ["0001-01"]), ("0001-03", ["0001-01", "0001-02", "0001-03"]),
        ("0001-05", ["0001-01", "0001-02", "0001-03", "0001-04", "0001-05"]),
        ("9999-12", ["9999-07", "9999-08", "9999-09", "9999-10", "9999-11", "9999-12"]),
    ])
    func edgeMonthsHaveTheirTrend(month: String, trend: [String]) throws {
        let month = try #require(YearMonth(month))
        let report = try MonthlyReport.build(
            MonthlyReport.Input(
                month: month, currency: .usd,
                expenses: [ReportRenderingTests.expense(1, "\(month)-01", -1_000, "Shop", "Groceries")], limits: [:],
                recurring: [], contributions: [], goals: []))
        let listing = try #require(report.sections.first { $0.table?.name == "trend" }?.table?.listing)
        #expect(listing.rows.map { $0[0] } == trend.map { .text($0) })
    }

    @Test(arguments: [("9999-07", "9999-12", 6), ("0001-01", "0001-01", 1), ("9999-12", "0001-01", 0)])
    func cashFlowOverTheLastMonthsEnds(from: String, through: String, count: Int) throws {
        let flow = try CashFlow(items: [], from: YearMonth(from)!, through: YearMonth(through)!, currency: .usd)
        #expect(flow.months.count == count)
    }
}
