import GoalKit
import GoalKitReport
import Testing

/// The feedback report's averages and shares are rounded half to even, once, never truncated.
@Suite struct FeedbackRoundingTests {
    static func entry(_ ratings: [Int], helpful: [Bool]) -> FeedbackReport.Entry {
        FeedbackReport.Entry(
            type: "stop_fees", category: "Fees & Charges", status: "implemented",
            estimated: Money(minorUnits: 1_000, currency: .usd), measured: nil, ratings: ratings, helpful: helpful,
            comments: [], title: "Stop paying fees")
    }

    /// (ratings, helpful flags, average rating, helpful percent): 11 / 3 is 3.67, 2 of 3 is 66.67%.
    @Test(
        arguments: [
            ([4, 4, 3], [true, true, false], "3.67", "66.67"), ([5, 4, 4], [true, false, false], "4.33", "33.33"),
            ([1, 2], [true, false], "1.50", "50.00"),
            ([5, 5, 4, 4, 4, 4], [true, true, true, true, true, false], "4.33", "83.33"),
            ([3, 3, 3, 3, 3, 3, 3, 2], Array(repeating: true, count: 7) + [false], "2.88", "87.50"),
            ([5, 5, 5, 5, 5, 5, 4, 4], [true], "4.75", "100.00"),
        ] as [([Int], [Bool], String, String)])
    func averagesRoundHalfToEven(ratings: [Int], helpful: [Bool], average: String, percent: String) throws {
        let report = try FeedbackReport.build(
            since: LocalDate(iso: "2026-01-01")!, asOf: LocalDate(iso: "2026-10-31")!,
            entries: [Self.entry(ratings, helpful: helpful)], currency: .usd)
        let summary = try #require(report.summary.first { $0.key == "average_rating" })
        #expect(summary.value == .decimal(average))
        let row = try #require(report.sections.first?.table?.listing.rows.first)
        #expect(row[6] == .decimal(percent))
        #expect(row[7] == .decimal(average))
    }
}
