import ArgumentParser
import GoalKit

/// The days, months and counts a command line accepts: days and months within 1900–2100,
/// counts of months within a century. A value outside is a usage error (exit 64) that names
/// the flag, the value and the accepted range:
///
/// ```text
/// Error: The value '9999-12' is invalid for '--month <month>': months run from 1900-01 to 2100-12
/// ```
///
/// The date arithmetic below handles the whole calendar (years 1...9999) without looping or
/// trapping; the bounds keep typed values to what a person's finances can mean.
enum CommandLineBounds {
    /// The first day accepted, 1900-01-01.
    static let firstDay = LocalDate(year: 1900, month: 1, day: 1)!
    /// The last day accepted, 2100-12-31.
    static let lastDay = LocalDate(year: 2100, month: 12, day: 31)!
    /// The most months a window (`--months`) may span: a century.
    static let maximumMonths = 1200

    /// Reads a day, `YYYY-MM-DD`, within 1900-01-01...2100-12-31.
    static func day(_ text: String) throws -> LocalDate {
        guard let day = LocalDate(iso: text) else { throw ValidationError("a day is written YYYY-MM-DD") }
        guard day >= firstDay, day <= lastDay else {
            throw ValidationError("days run from \(firstDay) to \(lastDay)")
        }
        return day
    }

    /// Reads a month, `YYYY-MM`, within 1900-01...2100-12.
    static func month(_ text: String) throws -> YearMonth {
        guard let month = YearMonth(text) else { throw ValidationError("a month is written YYYY-MM") }
        guard month >= YearMonth(firstDay), month <= YearMonth(lastDay) else {
            throw ValidationError("months run from \(YearMonth(firstDay)) to \(YearMonth(lastDay))")
        }
        return month
    }

    /// Reads a count of months, 1...1200.
    static func months(_ text: String) throws -> Int {
        try whole(text, in: 1...maximumMonths, "months")
    }

    /// Reads a percentage that leaves something on either side, 1...99.
    static func percent(_ text: String) throws -> Int {
        try whole(text, in: 1...99, "percent")
    }

    /// Reads a whole number within a range.
    static func whole(_ text: String, in range: ClosedRange<Int>, _ unit: String) throws -> Int {
        guard let value = Int(text), range.contains(value) else {
            throw ValidationError("\(unit) run from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}
