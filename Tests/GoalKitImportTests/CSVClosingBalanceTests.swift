import Foundation
import GoalKit
import Testing

@testable import GoalKitImport

/// A CSV's running balance is its statement's closing balance when the file's order of days
/// settles which row is last in time; else there is none (nothing is guessed).
@Suite struct CSVClosingBalanceTests {
    static let cases: [(rows: [(String, String?)], balance: String?, day: String?)] = [
        ([("2026-01-02", "99.00"), ("2026-01-03", "97.00")], "97.00", "2026-01-03"),  // oldest first
        ([("2026-01-03", "97.00"), ("2026-01-02", "99.00")], "97.00", "2026-01-03"),  // newest first
        ([("2026-01-02", "99.00"), ("2026-01-03", "97.00"), ("2026-01-03", "95.50")], "95.50", "2026-01-03"),
        ([("2026-01-03", "95.50"), ("2026-01-03", "97.00"), ("2026-01-02", "99.00")], "95.50", "2026-01-03"),
        ([("2026-01-03", "97.00"), ("2026-01-03", "95.50")], nil, nil),  // one day, two rows: no order
        ([("2026-03-31", "1.00"), ("2026-02-28", "2.00"), ("2026-04-27", "3.00")], nil, nil),  // unsorted
        ([("2026-01-02", "99.00"), ("2026-01-03", "n/a")], nil, nil),  // the last balance is no amount
        ([("2026-01-02", nil), ("2026-01-03", nil)], nil, nil),  // no balance column
        ([("2026-01-03", "1,234.50")], "1234.50", "2026-01-03"),
    ]

    @Test(arguments: cases.indices) func theClosingBalanceIsTheLastRowInTime(_ index: Int) {
        let c = Self.cases[index]
        var closing = CSVClosingBalance()
        for (day, balance) in c.rows {
            closing.add(LocalDate(iso: day)!, balance: balance, mark: .period, currency: .usd)
        }
        #expect(closing.footer.ledgerBalance?.decimalString == c.balance)
        #expect(closing.footer.balanceDate?.isoString == c.day)
    }
}
