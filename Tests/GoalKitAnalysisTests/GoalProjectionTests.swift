import GoalKit
import GoalKitAnalysis
import Testing

@Suite struct GoalProjectionTests {
    static let asOf = LocalDate(iso: "2024-06-30")!

    func goal(target: Int64 = 120_000, current: Int64 = 0, by: String? = "2025-06-30") -> Goal {
        Goal(
            id: 1, userID: 1, name: "Trip", targetAmount: Money(minorUnits: target, currency: .usd),
            currentAmount: Money(minorUnits: current, currency: .usd), startDate: LocalDate(iso: "2024-01-01")!,
            targetDate: by.flatMap { LocalDate(iso: $0) }, category: .vacation)
    }

    /// Contributions in the 90-day window adding up to `total` (pace = total / 3).
    func paid(_ total: Int64, on day: String = "2024-06-01") -> [GoalContribution] {
        total == 0
            ? []
            : [
                GoalContribution(
                    goalID: 1, amount: Money(minorUnits: total, currency: .usd), date: LocalDate(iso: day)!,
                    source: .direct)
            ]
    }

    // 120,000 over 12 months: 10,000 a month required; the pace is the 90-day sum / 3.
    @Test(arguments: [
        (Int64(37_500), GoalStatus.ahead),  // pace 12,500 = 125%
        (37_497, .onTrack),  // pace 12,499 < 125%
        (30_000, .onTrack),  // pace 10,000 = 100%
        (29_997, .behind),  // pace 9,999
        (15_000, .behind),  // pace 5,000 = 50%
        (14_997, .atRisk),  // pace 4,999
        (0, .atRisk),
    ])
    func statusAtItsBoundaries(_ paidInWindow: Int64, _ status: GoalStatus) {
        let p = GoalProjection(goal: goal(), contributions: paid(paidInWindow), asOf: Self.asOf)
        #expect(p.requiredMonthly?.minorUnits == 10_000)
        #expect(p.monthsLeft == 12)
        #expect(p.status == status)
    }

    @Test func completedAndOverdue() {
        #expect(GoalProjection(goal: goal(current: 120_000), contributions: [], asOf: Self.asOf).status == .completed)
        #expect(
            GoalProjection(goal: goal(current: 150_000, by: "2024-01-31"), contributions: [], asOf: Self.asOf).status
                == .completed)
        let late = GoalProjection(
            goal: goal(current: 1, by: "2024-06-29"), contributions: paid(90_000), asOf: Self.asOf)
        #expect(late.status == .overdue)
        #expect(late.monthsLeft == 0)
        #expect(late.requiredMonthly?.minorUnits == 119_999)
        // The deadline day itself is not overdue: under a month counts as one.
        let today = GoalProjection(goal: goal(by: "2024-06-30"), contributions: [], asOf: Self.asOf)
        #expect(today.monthsLeft == 1)
        #expect(today.status == .atRisk)
    }

    @Test func paceLooksAtNinetyDaysOnly() {
        let inside = paid(3_000, on: "2024-04-02")  // day 90 of the window
        let outside = paid(3_000, on: "2024-04-01")
        let future = paid(3_000, on: "2024-07-01")
        #expect(GoalProjection(goal: goal(), contributions: inside, asOf: Self.asOf).monthlyPace.minorUnits == 1_000)
        #expect(
            GoalProjection(goal: goal(), contributions: outside + future, asOf: Self.asOf).monthlyPace.minorUnits == 0)
    }

    @Test func projectsCompletionAtThePace() {
        let p = GoalProjection(goal: goal(current: 20_000), contributions: paid(30_000), asOf: Self.asOf)
        // 100,000 remaining at 10,000 a month: 10 months.
        #expect(p.projectedCompletion?.isoString == "2025-04-30")
        #expect(GoalProjection(goal: goal(), contributions: [], asOf: Self.asOf).projectedCompletion == nil)
        #expect(
            GoalProjection(goal: goal(current: 120_000), contributions: [], asOf: Self.asOf).projectedCompletion
                == Self.asOf)
    }

    @Test func ongoingGoalsGetAPaceAndAProjection() {
        let saving = GoalProjection(goal: goal(by: nil), contributions: paid(3_000), asOf: Self.asOf)
        #expect(saving.monthsLeft == nil)
        #expect(saving.requiredMonthly == nil)
        #expect(saving.status == .onTrack)
        #expect(saving.projectedCompletion?.isoString == "2034-06-30")
        #expect(GoalProjection(goal: goal(by: nil), contributions: [], asOf: Self.asOf).status == .atRisk)
    }
}
