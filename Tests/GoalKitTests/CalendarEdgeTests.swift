import GoalKit
import Testing

/// Month arithmetic at the calendar's ends neither loops nor wraps: past 9999-12 or before
/// 0001-01 a month is nil and a day is `LocalDate.minimum` / `.maximum`.
@Suite struct CalendarEdgeTests {
    @Test(
        arguments: [
            ("9999-12", 1, nil), ("9999-11", 1, "9999-12"), ("0001-01", -1, nil), ("0001-06", -5, "0001-01"),
            ("0001-03", -3, nil), ("2024-01", Int.max, nil), ("2024-01", Int.min, nil), ("2024-01", -24_289, nil),
            ("2024-12", 1, "2025-01"), ("2024-01", -1, "2023-12"),
        ] as [(String, Int, String?)])
    func monthsStepWithoutClamping(month: String, count: Int, expected: String?) throws {
        let start = try #require(YearMonth(month))
        #expect(start.adding(months: count)?.description == expected)
    }

    @Test(arguments: [
        ("0001-03-15", -3, "0001-01-01"), ("0001-05-31", -5, "0001-01-01"), ("9999-12-31", 1, "9999-12-31"),
        ("9999-07-31", 5, "9999-12-31"), ("2024-01-31", Int.max, "9999-12-31"), ("2024-01-31", Int.min, "0001-01-01"),
        ("0001-12-31", -11, "0001-01-31"),
    ])
    func daysPlusMonthsStopAtTheEnds(day: String, count: Int, expected: String) throws {
        #expect(try #require(LocalDate(iso: day)).adding(months: count).isoString == expected)
    }

    @Test(arguments: [("9999-12-31", Int.max, "9999-12-31"), ("0001-01-01", Int.min, "0001-01-01")])
    func daysPlusDaysStopAtTheEnds(day: String, count: Int, expected: String) throws {
        #expect(try #require(LocalDate(iso: day)).adding(days: count).isoString == expected)
    }

    @Test(arguments: [Int.max, Int.min, 4_000_001, -719_163, 2_932_897])
    func daysOutsideTheCalendarAreNil(days: Int) {
        #expect(LocalDate(daysSinceEpoch: days) == nil)
    }
}
