/// A calendar day with no time and no time zone: what a bank means by a booking date.
///
/// ```swift
/// let d = LocalDate(iso: "2024-01-31")!
/// d.adding(months: 1)        // 2024-02-29 (clamped to the month's end)
/// d.days(to: LocalDate(iso: "2024-03-01")!)   // 30
/// ```
public struct LocalDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, 1...9999.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...28/29/30/31.
    public let day: Int

    /// Creates a day, or nil when it does not exist on the calendar (`2012-02-31`, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= LocalDate.daysInMonth(year: year, month: month)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads exactly `YYYY-MM-DD`, or returns nil.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let y = LocalDate.digits(bytes, 0, 4), let m = LocalDate.digits(bytes, 5, 2),
            let d = LocalDate.digits(bytes, 8, 2)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Reads `count` ASCII digits at `start`; nil when any is not a digit or the bytes end first.
    /// Shared with the parsers of this package.
    package static func digits(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start >= 0, start + count <= bytes.count else { return nil }
        var value = 0
        for i in start..<(start + count) {
            let b = bytes[i]
            guard b >= 48 && b <= 57 else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return value
    }

    /// `YYYY-MM-DD`.
    public var isoString: String {
        if (0...9999).contains(year) {
            // The common case, without the temporary strings.
            let (year, month, day) = (year, month, day)
            return String(unsafeUninitializedCapacity: 10) { out in
                out[0] = UInt8(48 + year / 1000)
                out[1] = UInt8(48 + year / 100 % 10)
                out[2] = UInt8(48 + year / 10 % 10)
                out[3] = UInt8(48 + year % 10)
                out[4] = 45
                out[5] = UInt8(48 + month / 10)
                out[6] = UInt8(48 + month % 10)
                out[7] = 45
                out[8] = UInt8(48 + day / 10)
                out[9] = UInt8(48 + day % 10)
                return 10
            }
        }
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + d
    }

    public var description: String { isoString }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether a year is a leap year in the Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days in a month of a year.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
