import GoalKit
import GoalKitReport
import Testing

/// Reports fed amounts at the storage limit (±9,999,999,999 minor units a row, many rows) give
/// exact figures; sums beyond 64 bits are refused with an error naming the month and figure.
@Suite struct AmountLimitTests {
    static let limit: Int64 = 9_999_999_999

    static func build(_ expenses: [ReportExpense]) throws -> Report {
        try MonthlyReport.build(
            MonthlyReport.Input(
                month: YearMonth("2024-06")!, currency: .usd, expenses: expenses, limits: [:], recurring: [],
                contributions: [], goals: []))
    }

    static func rows(_ count: Int, _ minor: Int64, _ category: String, income: Bool = false, from id: Int64)
        -> [ReportExpense]
    {
        (0..<count).map { n in
            ReportRenderingTests.expense(
                id + Int64(n), "2024-06-\(10 + n % 18)", minor, "Payee \(n % 7)", category, income: income)
        }
    }

    static func summary(_ report: Report, _ key: String) -> ListingCell? {
        report.summary.first { $0.key == key }?.value
    }

    /// (income rows, spending rows, savings rate, Groceries share): `net × 10 000` and
    /// `spent × 10 000` pass 2^63 here, and trapped before.
    @Test(
        arguments: [
            (200_000, 0, "100.00", nil), (200_000, 100_000, "50.00", "100.00"), (1, 100_000, nil, "100.00"),
        ] as [(Int, Int, String?, String?)])
    func storageLimitRowsGiveExactFigures(incomeRows: Int, spendingRows: Int, rate: String?, share: String?) throws {
        let expenses =
            Self.rows(incomeRows, Self.limit, "Salary", income: true, from: 1)
            + Self.rows(spendingRows, -Self.limit, "Groceries", from: 1_000_000)
        let report = try Self.build(expenses)
        let income = Int64(incomeRows) * Self.limit
        let spending = Int64(spendingRows) * Self.limit
        #expect(Self.summary(report, "income") == .money(Money(minorUnits: income, currency: .usd)))
        #expect(Self.summary(report, "net") == .money(Money(minorUnits: income - spending, currency: .usd)))
        if let rate { #expect(Self.summary(report, "savings_rate_percent") == .decimal(rate)) }
        // One row of income against 100,000 of spending: the rate is far below -100%, exactly.
        if rate == nil {
            let expected = (Int64(incomeRows) - Int64(spendingRows)) * 10_000 / Int64(incomeRows)
            #expect(Self.summary(report, "savings_rate_percent") == .decimal(Listings.percentText(expected)))
        }
        let categories = try #require(report.sections.first { $0.table?.name == "categories" }?.table?.listing)
        if let share { #expect(categories.rows.first?[5] == .decimal(share)) }
    }

    /// Amounts past what a row may hold (or ~922 million rows at the limit) overflow a sum:
    /// refused, naming the month and the figure.
    @Test(
        arguments: [
            (
                [(4_611_686_018_427_387_904, "Salary", true), (4_611_686_018_427_387_904, "Salary", true)],
                "2024-06: income"
            ),
            (
                [(9_000_000_000_000_000_000, "Salary", true), (9_000_000_000_000_000_000, "Groceries", false)],
                "2024-06: net"
            ),
            (
                [
                    (-5_000_000_000_000_000_000, "Groceries", false),
                    (-5_000_000_000_000_000_000, "Restaurants", false),
                    (9_000_000_000_000_000_000, "Other", false),
                ], "monthly report 2024-06: spending at Big"
            ),
        ] as [([(Int64, String, Bool)], String)])
    func sumsBeyondSixtyFourBitsAreRefused(lines: [(Int64, String, Bool)], context: String) throws {
        let expenses = lines.enumerated().map { n, line in
            ReportRenderingTests.expense(Int64(n + 1), "2024-06-0\(n + 1)", line.0, "Big", line.1, income: line.2)
        }
        do {
            _ = try Self.build(expenses)
            Issue.record("built a report from sums beyond 64 bits")
        } catch {
            #expect("\(error)".contains(context), "\(error)")
            #expect("\(error)".contains("beyond ±9,223,372,036,854,775,807 minor units"))
        }
    }

    /// A chart of amounts near 2^63 is drawn: `bar width × value` passed 64 bits and trapped.
    @Test(arguments: [Int64.max, 9_000_000_000_000_000_000, 30_000_000_000_000_000])
    func chartsOfHugeAmountsRender(income: Int64) throws {
        let report = try Self.build([
            ReportRenderingTests.expense(1, "2024-06-01", income, "Employer", "Salary", income: true)
        ])
        let trend = try #require(ReportRenderer.files(report, format: .md).first { $0.name.hasSuffix("-trend.svg") })
        #expect(trend.content.contains("width=\"330\""))
    }
}
