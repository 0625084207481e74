public import GoalKit

/// The closing balance a CSV's running-balance column gives a statement: the balance of the
/// row that is last in time — the latest day's last row in a file written oldest first, its
/// first row in a file written newest first. When the file's order does not settle which row
/// that is (all rows on one day with several of them, or rows in no order of days), or the cell is no amount, the statement has no closing balance: nothing
/// is guessed.
struct CSVClosingBalance {
    private var first: LocalDate?
    private var last: LocalDate?
    private var latest: LocalDate?
    /// The balances of the rows of the latest day, in file order (the first and the last).
    private var firstOfLatest: Money?
    private var lastOfLatest: Money?
    private var rowsOfLatest = 0
    private var readable = true
    /// Whether a row's day came after, or before, the row above it: both is no order.
    private var rises = false
    private var falls = false

    /// Counts a row: its day and its balance cell (nil when the file has no balance column).
    mutating func add(_ date: LocalDate, balance text: String?, mark: DecimalMark, currency: Currency) {
        guard let text else {
            readable = false
            return
        }
        let balance = try? CSVAmount.parse(text.trimmed, mark: mark, currency: currency).money
        if first == nil { first = date }
        if let last { (rises, falls) = (rises || date > last, falls || date < last) }
        last = date
        if latest.map({ date > $0 }) ?? true {
            latest = date
            (firstOfLatest, lastOfLatest, rowsOfLatest) = (balance, balance, 1)
        } else if date == latest {
            lastOfLatest = balance
            rowsOfLatest += 1
        }
    }

    /// The footer the balance gives: the balance and its day, or none.
    var footer: StatementFooter {
        guard readable, !(rises && falls), let latest, let first, let last else { return StatementFooter() }
        let balance: Money?
        if rowsOfLatest == 1 {
            balance = firstOfLatest
        } else if first < last && last == latest {
            balance = lastOfLatest
        } else if first > last && first == latest {
            balance = firstOfLatest
        } else {
            balance = nil
        }
        guard let balance else { return StatementFooter() }
        return StatementFooter(ledgerBalance: balance, balanceDate: latest)
    }
}
