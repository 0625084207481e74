public import GoalKit

/// The one rule for monthly averages: whole calendar months ending at the data horizon, and
/// of them the months the data covers — what every "a month" figure divides by and names.
///
/// - A window is whole months. The horizon's own month counts only when the horizon is its
///   last day: data through 2026-10-31 ends a window with October, data through 2026-10-17
///   (or a "today" of 2026-10-17) with September, as October is not whole yet.
/// - A month is covered when it is not before the month the data begins: a month of the
///   window before the first line is not a month of zero, it is a month nobody imported.
///   The month the data begins in counts (a statement seldom starts on the 1st, and its
///   first line is rarely its first day). A covered month with no lines is a real zero.
/// - An average divides by the covered months (`divisor`), and its text names them
///   (`description`): "May–October 2026 (6 months)".
///
/// ```swift
/// let w = AveragingWindow(months: 6, endingAt: LocalDate(iso: "2026-12-01")!, dataBegins: nil)
/// w.description   // "June–November 2026 (6 months)"
/// ```
public struct AveragingWindow: Hashable, Sendable, CustomStringConvertible {
    /// The window's whole months, oldest first.
    public let months: [YearMonth]
    /// The months of the window the data covers, oldest first (a run at the window's end).
    public let covered: [YearMonth]

    /// A window of these months, of which `covered` are covered.
    public init(months: [YearMonth], covered: [YearMonth]) {
        self.months = months
        let inWindow = Set(months)
        self.covered = covered.filter(inWindow.contains)
    }

    /// `count` whole months ending at `horizon` (the last day the data covers, or "today"
    /// when the data reaches it), covered from the month of `dataBegins` on.
    public init(months count: Int, endingAt horizon: LocalDate, dataBegins: LocalDate?) {
        let last = Self.lastWholeMonth(endingAt: horizon)
        self.init(months: count, through: last, horizon: nil, dataBegins: dataBegins)
    }

    /// `count` months ending with `last` (the three before a report month, say), of which the
    /// months up to the last whole month at `horizon` (every one when nil) and from the month
    /// of `dataBegins` on are covered.
    public init(months count: Int, through last: YearMonth?, horizon: LocalDate?, dataBegins: LocalDate?) {
        var months: [YearMonth] = []
        var month = last
        while let m = month, months.count < max(0, count) {
            months.append(m)
            month = m.adding(months: -1)
        }
        months.reverse()
        let lastCovered = horizon.flatMap(Self.lastWholeMonth(endingAt:))
        let firstCovered = dataBegins.map(YearMonth.init)
        self.init(
            months: months,
            covered: months.filter { m in
                (lastCovered.map { m <= $0 } ?? (horizon == nil)) && (firstCovered.map { m >= $0 } ?? true)
            })
    }

    /// The last whole month on or before a day: its own month when the day is the month's
    /// last, else the month before (nil before year 1's first month).
    public static func lastWholeMonth(endingAt day: LocalDate) -> YearMonth? {
        let month = YearMonth(day)
        return day == month.lastDay ? month : month.adding(months: -1)
    }

    /// How many months the data covers.
    public var coveredCount: Int { covered.count }

    /// What an average over the window divides by: the covered months, at least one (a
    /// window with no data has totals of zero, whose average is zero).
    public var divisor: Int { max(1, covered.count) }

    /// The first day of the first covered month, nil when none is covered.
    public var firstDay: LocalDate? { covered.first?.firstDay }
    /// The last day of the last covered month, nil when none is covered.
    public var lastDay: LocalDate? { covered.last?.lastDay }

    /// The covered months by name: "May–October 2026 (6 months)", "November 2025–April 2026
    /// (6 months)", "October 2026 (1 month)"; "no month with data" when none is covered.
    public var description: String {
        guard let first = covered.first, let last = covered.last else { return "no month with data" }
        let count = covered.count == 1 ? "1 month" : "\(covered.count) months"
        let name = { (m: YearMonth) in Self.monthNames[m.month - 1] }
        let span: String
        if first == last {
            span = "\(name(first)) \(first.year)"
        } else if first.year == last.year {
            span = "\(name(first))–\(name(last)) \(last.year)"
        } else {
            span = "\(name(first)) \(first.year)–\(name(last)) \(last.year)"
        }
        return "\(span) (\(count))"
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
}
