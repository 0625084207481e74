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
    /// What was saved by the end of `asOf`: the goal's contributions dated on or before it
    /// (the stored `current_amount` less what is dated later) — or, for a goal that counts its
    /// account's balance, that balance (`countedBalance`; never below zero), the transfers
    /// into the account being already in it.
    public let saved: Money
    /// The statement balance `saved` is, when the goal counts its account's balance and one in
    /// the goal's currency is known on or before `asOf`; nil when `saved` is the contributions.
    public let countedBalance: AccountBalance?
    /// Progress of `saved` toward the target, in hundredths of a percent (half to even).
    public let progressBasisPoints: Int64
    /// Target minus saved, never below zero.
    public let remaining: Money
    /// Month-long periods to the deadline, a part month counting as one (0 once it passed);
    /// nil for an ongoing goal.
    public let monthsLeft: Int?
    /// What each month must bring to meet the deadline, rounded up (the whole remainder once
    /// it passed); nil for an ongoing goal.
    public let requiredMonthly: Money?
    /// The pace: contributions in the last 90 days through `asOf`, opening balances left out,
    /// as a monthly amount (their sum divided by three, rounded half to even).
    public let monthlyPace: Money
    /// When the goal completes at that pace: `asOf` plus the months the remainder needs
    /// (rounded up); `asOf` once completed; nil when there is no pace.
    public let projectedCompletion: LocalDate?
    /// Where the goal stands (see `GoalStatus` for the rules).
    public let status: GoalStatus

    /// Projects a goal from its contributions, counting only those dated on or before `asOf`.
    /// - Parameter balance: the latest statement balance of the goal's account on or before
    ///   `asOf`; counted as saved when the goal counts its balance (`Goal.countsBalance`), the
    ///   account is the goal's and the currency its own. The pace stays the contributions'.
    public init(goal: Goal, contributions: [GoalContribution], asOf: LocalDate, balance: AccountBalance? = nil) {
        self.goal = goal
        self.asOf = asOf
        let currency = goal.currency
        let own = contributions.filter { $0.goalID == goal.id }
        if let balance, goal.countsBalance, balance.account == goal.account, balance.date <= asOf,
            balance.amount.currency == currency
        {
            countedBalance = balance
            saved = Money(minorUnits: max(0, balance.amount.minorUnits), currency: currency)
        } else {
            countedBalance = nil
            // Summed in 128 bits. Bounded: a goal's stored contributions are each above zero and
            // add up to its `current_amount` (a trigger keeps them equal, a CHECK keeps it at
            // most 9,999,999,999), so these sums fit; the clamps only guard values built by hand.
            let later = own.filter { $0.date > asOf }.reduce(Int128(0)) { $0 + Int128($1.amount.minorUnits) }
            saved = Money(minorUnits: Self.clamped(Int128(goal.currentAmount.minorUnits) - later), currency: currency)
        }
        progressBasisPoints = goal.progressBasisPoints(saved: saved)
        remaining = goal.remainingAmount(saved: saved)
        monthsLeft = goal.monthsRemaining(asOf: asOf)
        requiredMonthly = goal.requiredMonthlyAmount(asOf: asOf, missing: remaining)
        let windowStart = asOf.adding(days: -(GoalProjection.paceWindowDays - 1))
        let recent = own.filter { !$0.isOpening && $0.date >= windowStart && $0.date <= asOf }
            .reduce(Int128(0)) { $0 + Int128($1.amount.minorUnits) }
        monthlyPace = Money(
            minorUnits: Self.clamped(CheckedAmount.divided(recent, by: 3, rounding: .halfEven)), currency: currency)
        if remaining.isZero {
            projectedCompletion = asOf
        } else if monthlyPace.isPositive {
            // Rounded up; `remaining` is above zero here, so this cannot overflow.
            let months = (remaining.minorUnits - 1) / monthlyPace.minorUnits + 1
            projectedCompletion = asOf.adding(months: Int(min(months, 12 * 200)))
        } else {
            projectedCompletion = nil
        }
        status = GoalProjection.status(
            goal: goal, asOf: asOf, remaining: remaining, required: requiredMonthly, pace: monthlyPace)
    }

    /// Whether the goal had started by the projection's day (a goal starting later has no
    /// figures to report or advise on yet).
    public var hasStarted: Bool { goal.startDate <= asOf }

    /// A 128-bit value within ±`Int64.max`.
    static func clamped(_ value: Int128) -> Int64 { Int64(min(max(value, -Int128(Int64.max)), Int128(Int64.max))) }

    static func status(goal: Goal, asOf: LocalDate, remaining: Money, required: Money?, pace: Money) -> GoalStatus {
        if remaining.isZero { return .completed }
        guard let targetDate = goal.targetDate else { return pace.isPositive ? .onTrack : .atRisk }
        if asOf > targetDate { return .overdue }
        let needed = Int128(required?.minorUnits ?? remaining.minorUnits)
        let have = Int128(pace.minorUnits)
        // Integer comparisons, in 128 bits: pace ≥ 1.25 × required is 4 × pace ≥ 5 × required.
        if have * 4 >= needed * 5 { return .ahead }
        if have >= needed { return .onTrack }
        if have * 2 >= needed { return .behind }
        return .atRisk
    }
}
