import Foundation
import GoalKitTestSupport
import Testing

/// Every day, month and count a person types is held to 1900–2100 (counts of months to a
/// century): a usage error (exit 64) naming the flag, the value and the accepted range, in
/// bounded time. `report monthly --month 9999-12` looped forever and `cashflow --months
/// 1000000` printed 24,311 months.
@Suite(.timeLimit(.minutes(1))) struct CalendarBoundsTests {
    static let days = "days run from 1900-01-01 to 2100-12-31"
    static let months = "months run from 1900-01 to 2100-12"

    @Test(arguments: [
        (["report", "monthly", "--month", "9999-12"], "--month", "9999-12", months),
        (["report", "monthly", "--month", "0001-03"], "--month", "0001-03", months),
        (["report", "goals", "--as-of", "2101-01-01"], "--as-of", "2101-01-01", days),
        (["report", "feedback", "--since", "1899-12-31"], "--since", "1899-12-31", days),
        (["goal", "list", "--as-of", "0001-01-01"], "--as-of", "0001-01-01", days),
        (
            ["goal", "add", "--name", "A", "--target", "1", "--category", "other", "--by", "9999-12-31"], "--by",
            "9999-12-31", days
        ),
        (
            ["goal", "add", "--name", "A", "--target", "1", "--category", "other", "--start", "0001-01-01"],
            "--start", "0001-01-01", days
        ),
        (
            ["goal", "contribute", "1", "5", "--source", "savings", "--date", "1000-01-01"], "--date", "1000-01-01",
            days
        ),
        (["budget", "add", "--start", "2024-01-01", "--end", "9999-12-31"], "--end", "9999-12-31", days),
        (["budget", "add", "--month", "9999-12"], "--month", "9999-12", months),
        (["expenses", "list", "--month", "0001-01"], "--month", "0001-01", months),
        (["cashflow", "--months", "1000000"], "--months", "1000000", "months run from 1 to 1200"),
        (["recurring", "list", "--months", "0"], "--months", "0", "months run from 1 to 1200"),
        (["recommend", "--as-of", "9999-12-31"], "--as-of", "9999-12-31", days),
        (["categorize", "--as-of", "0001-01-01"], "--as-of", "0001-01-01", days),
        (
            ["categorize", "--evaluate", "x.csv", "--train-share", "100"], "--train-share", "100",
            "percent run from 1 to 99"
        ),
    ])
    func valuesOutsideTheRangeAreUsageErrors(arguments: [String], flag: String, value: String, range: String) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let result = try GoalKitProcess.run(arguments, database: dir.file("goalkit.sqlite"))
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains("The value '\(value)' is invalid for '\(flag) "), "\(result.stderr)")
        #expect(result.stderr.contains(range), "\(result.stderr)")
    }

    @Test(arguments: [["report", "monthly", "--month", "2100-12"], ["report", "monthly", "--month", "1900-01"]])
    func theEdgesOfTheRangeAreReported(arguments: [String]) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("goalkit.sqlite")
        #expect(try GoalKitProcess.run(["init"], database: db).status == 0)
        let result = try GoalKitProcess.run(arguments + ["--out", dir.file("out")], database: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("monthly-\(arguments[3]).md"))
    }
}
