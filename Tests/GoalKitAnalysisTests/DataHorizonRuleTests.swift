import GoalKit
import GoalKitAnalysis
import Testing

/// The horizon rules on plain values: the day a household-wide window ends at, and which
/// accounts are named as behind.
@Suite struct DataHorizonRuleTests {
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    static func account(
        _ name: String, _ currency: String = "USD", first: String = "2026-01-02", last: String, end: String? = nil
    ) -> DataHorizon.Account {
        DataHorizon.Account(
            account: name, currency: currency, firstLine: day(first), lastLine: day(last),
            statementEnd: end.map(day))
    }

    struct HouseholdCase: Sendable, CustomTestStringConvertible {
        var name: String
        var asOf: String
        var currency: String?
        var accounts: [DataHorizon.Account]
        var expected: String
        var testDescription: String { name }
    }

    static let householdCases: [HouseholdCase] = [
        HouseholdCase(
            name: "one account stops early: its horizon", asOf: "2026-12-01", currency: nil,
            accounts: [account("A", last: "2026-10-28", end: "2026-10-31"), account("B", last: "2026-11-30")],
            expected: "2026-10-31"),
        HouseholdCase(
            name: "an account silent for 90 days does not count", asOf: "2026-12-01", currency: nil,
            accounts: [account("old", last: "2026-06-30"), account("B", last: "2026-11-30")], expected: "2026-11-30"),
        HouseholdCase(
            name: "every account silent: the latest horizon", asOf: "2026-12-01", currency: nil,
            accounts: [account("A", last: "2026-05-31"), account("B", last: "2026-06-30")], expected: "2026-06-30"),
        HouseholdCase(
            name: "data past the day: the day", asOf: "2026-06-15", currency: nil,
            accounts: [account("A", last: "2026-10-28", end: "2026-10-31")], expected: "2026-06-15"),
        HouseholdCase(
            name: "another currency's account does not cut the window", asOf: "2026-12-01", currency: "USD",
            accounts: [account("giro", "EUR", last: "2026-09-28"), account("B", last: "2026-11-30")],
            expected: "2026-11-30"),
        HouseholdCase(
            name: "no data: the day", asOf: "2026-12-01", currency: nil, accounts: [], expected: "2026-12-01"),
    ]

    @Test(arguments: householdCases)
    func aHouseholdWindowEndsAtTheEarliestHorizonOfTheActiveAccounts(_ c: HouseholdCase) {
        let horizon = DataHorizon(c.accounts)
        #expect(horizon.household(asOf: Self.day(c.asOf), currency: c.currency).isoString == c.expected)
    }

    @Test(arguments: [
        ("2026-12-01", ["A"]),  // 10-31 is 31 days behind, 09-30 is 62: only A
        ("2026-12-06", ["A", "B"]),  // 36 days: B too
        ("2026-11-01", []),
        ("2028-01-01", []),  // more than a year: taken as closed
    ])
    func accountsMoreThan35DaysBehindAreNamed(_ asOf: String, _ named: [String]) {
        let horizon = DataHorizon([
            Self.account("A", last: "2026-09-30"), Self.account("B", last: "2026-10-20", end: "2026-10-31"),
            Self.account("C", last: "2026-11-30"),
        ])
        #expect(horizon.behind(asOf: Self.day(asOf)).map(\.account) == named)
    }

    @Test func anAccountIsJudgedAtItsHorizonWhenTodayIsLater() {
        let horizon = DataHorizon([Self.account("A", last: "2026-10-20", end: "2026-10-31")])
        #expect(horizon.day(for: "A", asOf: Self.day("2026-12-01")).isoString == "2026-10-31")
        #expect(horizon.day(for: "A", asOf: Self.day("2026-10-15")).isoString == "2026-10-15")
        #expect(horizon.day(for: "unknown", asOf: Self.day("2026-12-01")).isoString == "2026-12-01")
    }

    @Test(arguments: [
        // A savings account from March and checking from May, both active: the household's data
        // is whole from May.
        ("2026-10-31", "2026-05-01"),
        // Long after both stopped: no account is active, the first line of any.
        ("2027-12-31", "2026-03-01"),
    ])
    func theHouseholdsDataBeginsWhenEveryActiveAccountHasBegun(_ asOf: String, _ expected: String) {
        let horizon = DataHorizon([
            Self.account("Savings", first: "2026-03-01", last: "2026-08-28"),
            Self.account("Checking", first: "2026-05-01", last: "2026-10-25", end: "2026-10-31"),
        ])
        #expect(horizon.firstDay(currency: "USD", asOf: Self.day(asOf))?.isoString == expected)
        #expect(horizon.firstDay(currency: "USD")?.isoString == "2026-03-01")
    }
}
