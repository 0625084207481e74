import GoalKit
import Testing

@Suite struct LocalDateTests {
    @Test(arguments: ["2024-02-29", "0001-01-01", "9999-12-31", "1970-01-01", "2023-12-31"])
    func readsAndWritesISO(_ text: String) throws {
        let date = try #require(LocalDate(iso: text))
        #expect(date.isoString == text)
        #expect(LocalDate(daysSinceEpoch: date.daysSinceEpoch) == date)
    }

    @Test(arguments: [
        "2023-02-29", "2012-02-31", "2024-13-01", "2024-00-10", "0000-01-01", "2024-1-01", "20240101", "2024/01/01", "",
    ])
    func refusesDaysThatDoNotExist(_ text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test func countsDays() throws {
        let a = try #require(LocalDate(iso: "2024-01-31"))
        #expect(a.daysSinceEpoch == 19753)
        #expect(a.days(to: try #require(LocalDate(iso: "2024-03-01"))) == 30)
        #expect(a.adding(days: 30).isoString == "2024-03-01")
        #expect(a.adding(days: -31).isoString == "2023-12-31")
    }

    @Test(arguments: [
        ("2024-01-31", 1, "2024-02-29"), ("2023-01-31", 1, "2023-02-28"), ("2024-03-31", -1, "2024-02-29"),
        ("2024-11-15", 2, "2025-01-15"), ("2024-01-15", -13, "2022-12-15"), ("2024-05-31", 12, "2025-05-31"),
    ])
    func addsMonthsClampingTheDay(_ start: String, _ months: Int, _ expected: String) throws {
        #expect(try #require(LocalDate(iso: start)).adding(months: months).isoString == expected)
    }

    @Test func countsWholeMonths() throws {
        let start = try #require(LocalDate(iso: "2024-01-31"))
        #expect(start.wholeMonths(to: try #require(LocalDate(iso: "2024-02-29"))) == 1)
        #expect(start.wholeMonths(to: try #require(LocalDate(iso: "2024-02-28"))) == 0)
        #expect(start.wholeMonths(to: try #require(LocalDate(iso: "2025-01-31"))) == 12)
    }

    @Test func knowsMonths() throws {
        let d = try #require(LocalDate(iso: "2024-02-10"))
        #expect(d.startOfMonth.isoString == "2024-02-01")
        #expect(d.endOfMonth.isoString == "2024-02-29")
        #expect(YearMonth("2024-02")?.lastDay.isoString == "2024-02-29")
        #expect(YearMonth("2024-13") == nil)
        #expect(YearMonth(d).description == "2024-02")
    }
}
