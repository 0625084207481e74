import Foundation
import GoalKit
import GoalKitReport
import GoalKitService
import GoalKitTestSupport
import Testing

/// The monthly report's trend and three-month average over the data there is: a month after
/// the statements end, or before they begin, is not a month of zero.
@Suite struct MonthlyReportHorizonTests {
    typealias H = HouseholdFixture

    /// Groceries are 200.00 every month of the statements.
    static func session(_ dir: TemporaryDirectory, months: [H.Month]) throws -> GoalKitSession {
        let s = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        _ = try s.addRule(match: "FRESH MARKET", category: "Groceries", minimum: nil, maximum: nil, account: nil)
        _ = try s.importFile(path: dir.write("s.ofx", H.ofx(months: months)))
        return s
    }

    static func table(_ report: Report, _ name: String) throws -> Listing {
        try #require(report.sections.compactMap(\.table).first { $0.name == name }?.listing)
    }

    static func money(_ listing: Listing, row name: String, column: String) throws -> String? {
        let index = try #require(listing.columns.firstIndex(of: column))
        let row = listing.rows.first { if case .text(name) = $0[0] { true } else { false } }
        guard case .money(let value)? = row?[index] else { return nil }
        return value.decimalString
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var first: H.Month
        var last: H.Month
        var report: String
        var averageText: String
        /// Groceries' three-month average (its row stays when the month spent nothing).
        var average: String?
        var trend: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "data all along", first: H.Month(2026, 1), last: H.Month(2026, 10), report: "2026-10",
            averageText: "Three-month average: July–September 2026 (3 months).", average: "200.00",
            trend: ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]),
        Case(
            name: "the data begins in August", first: H.Month(2026, 8), last: H.Month(2026, 10), report: "2026-10",
            averageText: "Three-month average: August–September 2026 (2 months).", average: "200.00",
            trend: ["2026-08", "2026-09", "2026-10"]),
        Case(
            name: "the statements end in October", first: H.Month(2026, 1), last: H.Month(2026, 10),
            report: "2026-12", averageText: "Three-month average: September–October 2026 (2 months).",
            average: "200.00", trend: ["2026-07", "2026-08", "2026-09", "2026-10"]),
    ]

    @Test(arguments: cases)
    func theTrendAndTheThreeMonthAverageCoverOnlyTheMonthsOfData(_ c: Case) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try Self.session(dir, months: c.first.through(c.last))
        let report = try s.monthlyReport(month: YearMonth(c.report)!)
        let categories = report.sections.first { $0.table?.name == "categories" }
        #expect(categories?.text.contains(c.averageText) == true)
        let average = try Self.money(
            try Self.table(report, "categories"), row: "Groceries", column: "three_month_average")
        #expect(average == c.average)
        let trend = try Self.table(report, "trend").rows.map { row in
            if case .text(let month) = row[0] { month } else { "" }
        }
        #expect(trend == c.trend)
        let trendText = report.sections.first { $0.table?.name == "trend" }?.text ?? []
        #expect(trendText.count == (c.trend.count == 6 ? 0 : 1))
        if c.report == "2026-12" {
            #expect(trendText == ["Months after the data ends (2026-10-31) are left out: they are not months of zero."])
        }
    }
}
