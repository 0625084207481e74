/// A calendar month, as `--month YYYY-MM` names it.
public struct YearMonth: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month, 1...12.
    public let month: Int

    /// Creates a month, or nil when it is out of range.
    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// Reads `YYYY-MM`.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
            let y = LocalDate.digits(bytes, 0, 4), let m = LocalDate.digits(bytes, 5, 2)
        else { return nil }
        self.init(year: y, month: m)
    }

    /// The month a day falls in.
    public init(_ date: LocalDate) {
        self.year = date.year
        self.month = date.month
    }

    /// The month `count` months later (earlier when negative), or nil beyond years 1...9999:
    /// never clamped, so a loop over months always ends.
    public func adding(months count: Int) -> YearMonth? {
        let (shifted, overflow) = (year * 12 + month - 1).addingReportingOverflow(count)
        guard !overflow, shifted >= 12, shifted < 10_000 * 12 else { return nil }
        return YearMonth(year: shifted / 12, month: shifted % 12 + 1)
    }

    /// The first day of the month.
    public var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1)! }
    /// The last day of the month.
    public var lastDay: LocalDate { firstDay.endOfMonth }

    /// `YYYY-MM`.
    public var description: String { String(firstDay.isoString.prefix(7)) }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}
