import Foundation
import GoalKit

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

    /// Charges per month as a fraction, `365 / 12` days a month over `days`: weekly 365/84,
    /// semi-monthly 2, quarterly 1/3.
    var perMonth: (numerator: Int128, denominator: Int128) {
        switch self {
        case .weekly: (365, 84)
        case .biweekly: (365, 168)
        case .semiMonthly: (2, 1)
        case .monthly: (1, 1)
        case .quarterly: (1, 3)
        case .annual: (1, 12)
        }
    }

    /// An amount per charge as an amount per month, in integers, rounded once, half to even
    /// (weekly 0.42 is 1.825 a month: 1.82). Bounded: a stored charge is at most 9,999,999,999
    /// minor units, so the result (at most 365/84 of it) fits; the clamp to ±`Int64.max` only
    /// guards values built by hand.
    public func monthly(_ minorUnits: Int64) -> Int64 {
        let (numerator, denominator) = perMonth
        let rounded = CheckedAmount.divided(Int128(minorUnits) * numerator, by: denominator, rounding: .halfEven)
        return Int64(min(max(rounded, -Int128(Int64.max)), Int128(Int64.max)))
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
