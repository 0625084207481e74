import Foundation

/// A small household's statements, written by the project for tests: a checking account with
/// a salary, rent, a utility bill and a subscription every month, and groceries — as OFX
/// statements that name their end (`DTEND`) or as a CSV that does not.
public enum HouseholdFixture {
    /// A month, `YYYY-MM`, and its number of days.
    public struct Month: Sendable {
        public var year: Int
        public var month: Int
        public init(_ year: Int, _ month: Int) {
            self.year = year
            self.month = month
        }
        public var text: String { String(format: "%04d-%02d", year, month) }
        public var compact: String { String(format: "%04d%02d", year, month) }
        public var days: Int {
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        }
        /// The months from this one through another, in order.
        public func through(_ last: Month) -> [Month] {
            var result: [Month] = []
            var (y, m) = (year, month)
            while (y, m) <= (last.year, last.month) {
                result.append(Month(y, m))
                (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
            }
            return result
        }
    }

    /// One line: day of month, amount as written, payee.
    public typealias Line = (day: Int, amount: String, payee: String)

    /// The checking account's lines of a month: salary on the 25th, rent on the 1st, the
    /// power bill on the 12th, Streamly on the 5th, groceries on the 9th and 20th.
    /// Money out is 1,495.99 a month, so the month's net is the salary less that.
    public static func checking(
        _ month: Month, rent: String = "-1200.00", streamly: Bool = true, salary: String = "3000.00"
    ) -> [Line] {
        var lines: [Line] = [
            (1, rent, "Landlord Properties"), (9, "-95.40", "Fresh Market"), (12, "-80.00", "City Power"),
            (20, "-104.60", "Fresh Market"), (25, salary, "Acme Payroll"),
        ]
        if streamly { lines.append((5, "-15.99", "Streamly")) }
        return lines.sorted { $0.day < $1.day }
    }

    /// What an OFX statement's `DTEND` says.
    public enum End: Sendable {
        /// The last day of the last month.
        case lastDay
        /// This day, as written (`YYYYMMDD`).
        case day(String)
        /// No `DTEND`.
        case none
    }

    /// An OFX 1.x file of one account's months and its `DTEND`.
    public static func ofx(
        account: String = "000111227788", months: [Month], end: End = .lastDay,
        lines: (Month) -> [Line] = { checking($0) }
    ) -> String {
        var transactions: [String] = []
        for month in months {
            for (index, line) in lines(month).enumerated() {
                transactions.append(
                    OFXFixture.transaction(
                        month.compact + String(format: "%02d", line.day), line.amount, line.payee,
                        fitID: "\(account)-\(month.compact)-\(index)",
                        type: line.amount.hasPrefix("-") ? "DEBIT" : "CREDIT"))
            }
        }
        let last = months.last.map { $0.compact + String(format: "%02d", $0.days) }
        let dtEnd: String? =
            switch end {
            case .lastDay: last
            case .day(let written): written
            case .none: nil
            }
        return OFXFixture.file([
            OFXFixture.bank(
                account: account, transactions, balance: nil, start: months.first.map { $0.compact + "01" }, end: dtEnd)
        ])
    }

    /// The same months as a CSV (`Date,Description,Amount`), which names no end.
    public static func csv(months: [Month], lines: (Month) -> [Line] = { checking($0) }) -> String {
        var rows = ["Date,Description,Amount"]
        for month in months {
            for line in lines(month) {
                rows.append("\(month.text)-\(String(format: "%02d", line.day)),\(line.payee),\(line.amount)")
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }
}
