import Foundation

/// Where a goal stands, by these rules (checked in this order):
///
/// - `completed`: the current amount has reached the target.
/// - `overdue`: the deadline has passed and the target is not reached.
/// - For a goal with a deadline, the pace (contributions over the last 90 days, as a monthly
///   amount) is compared with the required monthly amount:
///   - `ahead`: pace ≥ 125% of required;
///   - `onTrack`: pace ≥ 100% of required;
///   - `behind`: pace ≥ 50% of required;
///   - `atRisk`: pace < 50% of required (no contributions at all included).
/// - For an ongoing goal (no deadline): `onTrack` with any pace above zero, `atRisk` without.
public enum GoalStatus: String, Sendable, Hashable, CaseIterable {
    case completed
    case ahead
    case onTrack = "on_track"
    case behind
    case atRisk = "at_risk"
    case overdue

    /// Words for people: `on track`, `at risk`.
    public var label: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}
