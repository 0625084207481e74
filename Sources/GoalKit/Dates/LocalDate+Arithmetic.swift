public import Foundation

extension LocalDate {
    /// Days since 1970-01-01 (negative before), by the proleptic Gregorian calendar.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day a number of days after 1970-01-01, or nil outside years 1...9999.
    public init?(daysSinceEpoch days: Int) {
        // Years 1...9999 are days -719,162...2,932,896: far inside this guard, which keeps the
        // arithmetic below from overflowing.
        guard (-4_000_000...4_000_000).contains(days) else { return nil }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let m = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0)
        self.init(year: y, month: m, day: d)
    }

    /// The day `count` days later (earlier when negative); clamped to the calendar's range.
    public func adding(days count: Int) -> LocalDate {
        // Beyond ±4 million days (about 11,000 years) the result is past either end anyway.
        let bounded = min(max(count, -4_000_000), 4_000_000)
        return LocalDate(daysSinceEpoch: daysSinceEpoch + bounded) ?? (count < 0 ? .minimum : .maximum)
    }

    /// The same day `count` months later, clamped to the end of a shorter month
    /// (2024-01-31 plus one month is 2024-02-29); `LocalDate.minimum` or `.maximum` beyond the
    /// calendar's range (the month is never clamped apart from the year).
    public func adding(months count: Int) -> LocalDate {
        guard let target = YearMonth(self).adding(months: count) else { return count < 0 ? .minimum : .maximum }
        let d = min(day, LocalDate.daysInMonth(year: target.year, month: target.month))
        return LocalDate(year: target.year, month: target.month, day: d) ?? (count < 0 ? .minimum : .maximum)
    }

    /// Calendar days from this day to another (negative when `other` is earlier).
    public func days(to other: LocalDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// Whole months from this day to a later one (2024-01-31 to 2024-02-29 is one month).
    public func wholeMonths(to other: LocalDate) -> Int {
        var months = (other.year - year) * 12 + (other.month - month)
        if months > 0 && adding(months: months) > other { months -= 1 }
        if months < 0 && adding(months: months) < other { months += 1 }
        return months
    }

    /// The first day of this day's month.
    public var startOfMonth: LocalDate { LocalDate(year: year, month: month, day: 1) ?? self }

    /// The last day of this day's month.
    public var endOfMonth: LocalDate {
        LocalDate(year: year, month: month, day: LocalDate.daysInMonth(year: year, month: month)) ?? self
    }

    /// The earliest day GoalKit handles, 0001-01-01.
    public static let minimum = LocalDate(year: 1, month: 1, day: 1)!
    /// The latest day GoalKit handles, 9999-12-31.
    public static let maximum = LocalDate(year: 9999, month: 12, day: 31)!

    /// Today on the calendar of a time zone (the command line's clock; libraries take dates as input).
    public static func today(in timeZone: TimeZone = .current, now: Date = Date()) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? .minimum
    }
}
