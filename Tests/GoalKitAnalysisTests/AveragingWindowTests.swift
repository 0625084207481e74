import GoalKit
import GoalKitAnalysis
import Testing

/// The one rule for monthly averages: whole months ending at the data horizon, divided by the
/// months the data covers, named in the text.
@Suite struct AveragingWindowTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var horizon: String
        var months: Int
        var dataBegins: String?
        var expected: String
        var divisor: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "the horizon is a month's last day: that month counts", horizon: "2026-10-31", months: 6,
            dataBegins: nil, expected: "May–October 2026 (6 months)", divisor: 6),
        Case(
            name: "a partial month is not a whole month", horizon: "2026-10-30", months: 6, dataBegins: nil,
            expected: "April–September 2026 (6 months)", divisor: 6),
        Case(
            name: "the day the rent posts changes nothing", horizon: "2026-10-01", months: 6, dataBegins: nil,
            expected: "April–September 2026 (6 months)", divisor: 6),
        Case(
            name: "across a year", horizon: "2026-04-30", months: 6, dataBegins: "2025-01-01",
            expected: "November 2025–April 2026 (6 months)", divisor: 6),
        Case(
            name: "months before the data begins are not covered", horizon: "2026-10-31", months: 6,
            dataBegins: "2026-08-14", expected: "August–October 2026 (3 months)", divisor: 3),
        Case(
            name: "one month", horizon: "2026-10-31", months: 6, dataBegins: "2026-10-03",
            expected: "October 2026 (1 month)", divisor: 1),
        Case(
            name: "data only in the partial month", horizon: "2026-10-20", months: 6, dataBegins: "2026-10-03",
            expected: "no month with data", divisor: 1),
    ]

    @Test(arguments: cases)
    func aWindowIsWholeMonthsEndingAtTheHorizon(_ c: Case) {
        let window = AveragingWindow(
            months: c.months, endingAt: LocalDate(iso: c.horizon)!,
            dataBegins: c.dataBegins.flatMap(LocalDate.init(iso:))
        )
        #expect(window.months.count == c.months)
        #expect(window.description == c.expected)
        #expect(window.divisor == c.divisor)
    }

    @Test func theThreeMonthsBeforeAReportMonthAreCoveredUpToTheHorizon() {
        let october = YearMonth("2026-10")!
        let before = october.adding(months: -1)
        let all = AveragingWindow(months: 3, through: before, horizon: nil, dataBegins: nil)
        #expect(all.description == "July–September 2026 (3 months)")
        // Statements end on 2026-08-20: September is after them and August is not whole.
        let cut = AveragingWindow(
            months: 3, through: before, horizon: LocalDate(iso: "2026-08-20"), dataBegins: nil)
        #expect(cut.months.map(\.description) == ["2026-07", "2026-08", "2026-09"])
        #expect(cut.description == "July 2026 (1 month)")
    }

    @Test func cashFlowKeepsOnlyTheCoveredMonths() throws {
        let window = AveragingWindow(
            months: 6, endingAt: LocalDate(iso: "2026-10-31")!, dataBegins: LocalDate(iso: "2026-08-14"))
        let items = [
            CashFlow.Item(
                date: LocalDate(iso: "2026-08-25")!, amount: Money(minorUnits: 300_000, currency: .usd), category: nil),
            CashFlow.Item(
                date: LocalDate(iso: "2026-09-25")!, amount: Money(minorUnits: 100_000, currency: .usd), category: nil),
            CashFlow.Item(
                date: LocalDate(iso: "2026-10-25")!, amount: Money(minorUnits: 200_000, currency: .usd), category: nil),
            // After the window: not a month of it.
            CashFlow.Item(
                date: LocalDate(iso: "2026-11-02")!, amount: Money(minorUnits: -50_000, currency: .usd), category: nil),
        ]
        let flow = try CashFlow(items: items, window: window, currency: .usd)
        #expect(flow.months.map(\.month.description) == ["2026-08", "2026-09", "2026-10"])
        #expect(flow.freeCashFlow.minorUnits == 200_000)
        #expect(flow.window.description == "August–October 2026 (3 months)")
    }
}
