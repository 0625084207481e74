public import GoalKit

/// A goal's outlook on a day: what is missing, what each month needs, the pace of saving and
/// when the goal completes at that pace.
///
/// ```swift
/// let p = GoalProjection(goal: goal, contributions: contributions, asOf: today)
/// p.status            // .behind
/// p.projectedCompletion   // 2027-04-24
/// ```
public struct GoalProjection: Hashable, Sendable {
    /// The window the pace looks at.
    public static let paceWindowDays = 90

    /// The goal.
    public let goal: Goal
    /// The day the projection is for.
    public let asOf: LocalDate
    /// Target minus current, never below zero.
    public let remaining: Money
    /// Month-long periods to the deadline, a part month counting as one (0 once it passed);
    /// nil for an ongoing goal.
    public let monthsLeft: Int?
    /// What each month must bring to meet the deadline (the whole remainder once it passed);
    /// nil for an ongoing goal.
    public let requiredMonthly: Money?
    /// The pace: contributions in the last 90 days (through `asOf`) as a monthly amount
    /// (their sum divided by three, rounded down to the minor unit).
    public let monthlyPace: Money
    /// When the goal completes at that pace: `asOf` plus the months the remainder needs
    /// (rounded up); `asOf` once completed; nil when there is no pace.
    public let projectedCompletion: LocalDate?
    /// Where the goal stands (see `GoalStatus` for the rules).
    public let status: GoalStatus

    /// Projects a goal from its contributions.
    public init(goal: Goal, contributions: [GoalContribution], asOf: LocalDate) {
        self.goal = goal
        self.asOf = asOf
        let currency = goal.currency
        remaining = goal.remainingAmount
        monthsLeft = goal.monthsRemaining(asOf: asOf)
        requiredMonthly = goal.requiredMonthlyAmount(asOf: asOf)
        let windowStart = asOf.adding(days: -(GoalProjection.paceWindowDays - 1))
        let recent = contributions.filter { $0.goalID == goal.id && $0.date >= windowStart && $0.date <= asOf }
            .reduce(Int64(0)) { $0 + $1.amount.minorUnits }
        monthlyPace = Money(minorUnits: recent / 3, currency: currency)
        if remaining.isZero {
            projectedCompletion = asOf
        } else if monthlyPace.isPositive {
            let months = (remaining.minorUnits + monthlyPace.minorUnits - 1) / monthlyPace.minorUnits
            projectedCompletion = asOf.adding(months: Int(min(months, 12 * 200)))
        } else {
            projectedCompletion = nil
        }
        status = GoalProjection.status(
            goal: goal, asOf: asOf, remaining: remaining, required: requiredMonthly, pace: monthlyPace)
    }

    static func status(goal: Goal, asOf: LocalDate, remaining: Money, required: Money?, pace: Money) -> GoalStatus {
        if remaining.isZero { return .completed }
        guard let targetDate = goal.targetDate else { return pace.isPositive ? .onTrack : .atRisk }
        if asOf > targetDate { return .overdue }
        let needed = required?.minorUnits ?? remaining.minorUnits
        let have = pace.minorUnits
        // Integer comparisons: pace ≥ 1.25 × required is 4 × pace ≥ 5 × required.
        if have * 4 >= needed * 5 { return .ahead }
        if have >= needed { return .onTrack }
        if have * 2 >= needed { return .behind }
        return .atRisk
    }
}
