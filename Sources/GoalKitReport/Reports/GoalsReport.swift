public import GoalKit
public import GoalKitAnalysis

/// The goal progress report: per goal its target, saved amount, progress, days left, required
/// monthly amount, pace, projected completion and status; contributions by month; open
/// recommendations with their impact.
public enum GoalsReport {
    /// An open recommendation as the report lists it.
    public struct OpenRecommendation: Sendable {
        public var goal: String
        public var rank: Int
        public var title: String
        public var type: String
        public var impact: Money
        public var difficulty: String
        public var closesGap: Bool

        /// Creates the value.
        public init(
            goal: String, rank: Int, title: String, type: String, impact: Money, difficulty: String, closesGap: Bool
        ) {
            self.goal = goal
            self.rank = rank
            self.title = title
            self.type = type
            self.impact = impact
            self.difficulty = difficulty
            self.closesGap = closesGap
        }
    }

    /// Builds the report: a part per currency of the goals (the home currency's first,
    /// present even without goals), and the saved amounts converted to the home currency where
    /// a rate is stored.
    /// - Parameter rates: rates from other currencies to `home` on or before `asOf`, by code.
    /// - Throws: `AmountOverflowError` naming the goal and month, or the total, that does not
    ///   fit in 64-bit minor units.
    public static func build(
        asOf: LocalDate, goals: [GoalProjection], contributions: [GoalContribution],
        recommendations: [OpenRecommendation], home: Currency, rates: [String: ExchangeRate] = [:]
    ) throws(AmountOverflowError) -> Report {
        var report = try Report.perCurrency(home: home, present: goals.map(\.goal.currency)) {
            code throws(AmountOverflowError) in
            try single(
                asOf: asOf, goals: goals, contributions: contributions, recommendations: recommendations, currency: code
            )
        }
        report.parameters["currency"] = .string(home.code)
        report.combined =
            try ConvertedTotals.section(
                parts: report.parts, keys: [("saved", "saved")], home: home, rates: rates,
                label: "goals report \(asOf)"
            ).map { [$0] } ?? []
        return report
    }

    /// A line per goal whose saved figure is its account's balance: which balance, of which day,
    /// and what its contributions (already in that balance) come to.
    static func balanceLines(_ goals: [GoalProjection]) -> [String] {
        goals.compactMap { p in
            p.countedBalance.map {
                """
                Saved for "\(p.goal.name)" is the balance of account \(Report.mask($0.account)) on \($0.date) \
                (\($0.amount)); its contributions, \(p.goal.currentAmount), are transfers already in that balance.
                """
            }
        }
    }

    /// The report of the goals in one currency.
    static func single(
        asOf: LocalDate, goals all: [GoalProjection], contributions: [GoalContribution],
        recommendations allRecommendations: [OpenRecommendation], currency: Currency
    ) throws(AmountOverflowError) -> Report {
        let goals = all.filter { $0.goal.currency == currency }
        let recommendations = allRecommendations.filter { $0.impact.currency == currency }
        let names = Dictionary(
            goals.compactMap { p in p.goal.id.map { ($0, p.goal.name) } }, uniquingKeysWith: { a, _ in a })
        let overview = Listing(
            columns: [
                "goal", "priority", "target", "saved", "saved_from", "progress_percent", "days_remaining",
                "required_monthly",
                "monthly_pace",
                "projected_completion", "status",
            ],
            rows: goals.map { p in
                [
                    .text(p.goal.name), .text(p.goal.priority.rawValue), .money(p.goal.targetAmount),
                    .money(p.saved), .text(Listings.savedFrom(p, mask: true)),
                    .decimal(Listings.percentText(p.progressBasisPoints)), .int(p.goal.daysRemaining(asOf: asOf)),
                    p.requiredMonthly.map { .money($0) } ?? .empty, .money(p.monthlyPace), .date(p.projectedCompletion),
                    .text(p.status.rawValue),
                ]
            })
        // Totals in 128 bits, narrowed once per goal and month.
        var byMonth: [String: [String: Int128]] = [:]
        for c in contributions where c.date <= asOf {
            guard let name = names[c.goalID] else { continue }
            // An opening balance is money saved before the goal, not a month's contribution.
            let month = c.isOpening ? "opening balance" : YearMonth(c.date).description
            byMonth[name, default: [:]][month, default: 0] += Int128(c.amount.minorUnits)
        }
        var monthRows: [[ListingCell]] = []
        for (goal, months) in byMonth.sorted(by: { $0.key < $1.key }) {
            for (month, total) in months.sorted(by: { $0.key < $1.key }) {
                let minor = try CheckedAmount.narrow(
                    total, "goals report \(asOf): contributions to \(goal) in \(month)")
                monthRows.append([.text(goal), .text(month), .money(Money(minorUnits: minor, currency: currency))])
            }
        }
        let recommendationRows = recommendations.sorted { ($0.goal, $0.rank) < ($1.goal, $1.rank) }.map {
            [
                .text($0.goal), .int($0.rank), .text($0.title), .text($0.type), .money($0.impact), .text($0.difficulty),
                .bool($0.closesGap),
            ] as [ListingCell]
        }
        let active = goals.filter(\.goal.isActive)
        let saved = try CheckedAmount.sum(
            goals.map(\.saved.minorUnits), "goals report \(asOf): saved across goals")
        return Report(
            kind: "goals", basename: "goals-\(asOf)", title: "Goal progress — \(asOf)",
            parameters: ["as_of": .string(asOf.isoString), "currency": .string(currency.code)],
            summary: [
                ("Active goals", "active_goals", .int(active.count)),
                ("Saved across goals", "saved", .money(Money(minorUnits: saved, currency: currency))),
                (
                    "On track or ahead", "on_track",
                    .int(
                        active.filter { $0.status == .onTrack || $0.status == .ahead || $0.status == .completed }.count)
                ),
            ],
            sections: [
                Report.Section(
                    heading: "Goals",
                    text: [
                        "Pace is the last 90 days of contributions as a monthly amount; the status compares it with what each month needs."
                    ] + balanceLines(goals),
                    table: ("goals", overview),
                    chart: Chart(
                        name: "progress", title: "Progress toward each goal",
                        bars: goals.map { ($0.goal.name, [$0.progressBasisPoints]) },
                        series: ["Progress"],
                        percent: true, currency: currency), empty: "No goals."),
                Report.Section(
                    heading: "Contributions by month",
                    table: ("contributions", Listing(columns: ["goal", "month", "amount"], rows: monthRows)),
                    empty: "No contributions yet."),
                Report.Section(
                    heading: "Open recommendations",
                    text: ["`yes` under closes gap marks the smallest set that closes a goal's monthly gap."],
                    table: (
                        "recommendations",
                        Listing(
                            columns: ["goal", "rank", "title", "type", "impact_per_month", "difficulty", "closes_gap"],
                            rows: recommendationRows)
                    ),
                    empty: "No open recommendations: run goalkit recommend."),
            ], currency: currency)
    }
}
