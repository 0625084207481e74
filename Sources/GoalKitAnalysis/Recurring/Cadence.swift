import Foundation

/// How often a recurring charge comes, with the gap between charges it accepts.
public enum Cadence: String, Sendable, Hashable, CaseIterable {
    case weekly, biweekly
    case semiMonthly = "semi_monthly"
    case monthly, quarterly, annual

    /// The usual gap in days (semi-monthly: 365 / 24).
    public var days: Double {
        switch self {
        case .weekly: 7
        case .biweekly: 14
        case .semiMonthly: 365.0 / 24
        case .monthly: 365.0 / 12
        case .quarterly: 365.0 / 4
        case .annual: 365
        }
    }

    /// The gaps (days) that count as this cadence.
    public var accepted: ClosedRange<Int> {
        switch self {
        case .weekly: 6...8
        case .biweekly: 12...16
        case .semiMonthly: 13...18
        case .monthly: 26...35
        case .quarterly: 84...98
        case .annual: 350...380
        }
    }

    /// Words for people.
    public var label: String { rawValue.replacingOccurrences(of: "_", with: "-") }
}
