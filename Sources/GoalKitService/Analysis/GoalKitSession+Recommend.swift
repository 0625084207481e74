public import GoalKit
public import GoalKitAnalysis
import GoalKitReport
public import GoalKitStorage

extension GoalKitSession {
    /// Days a dismissed recommendation stays away.
    public static let dismissalDays = 90
    /// Types whose money belongs to one goal (contribution, its date, its priority).
    static let perGoalTypes: Set<String> = [
        RecommendationType.raiseContribution.rawValue, RecommendationType.extendTargetDate.rawValue,
        RecommendationType.fundHigherPriority.rawValue, RecommendationType.closeDeficit.rawValue,
        RecommendationType.useIdleCash.rawValue,
    ]

    /// Days after which an implemented recommendation is followed up.
    public static let followUpDays = 60

    /// Recommends for a goal (or every active goal): follows up implemented recommendations
    /// that are due, then stores and returns each goal's recommendations, best first.
    /// - Throws: `ServiceError`.
    public func recommend(goalID: Int64? = nil, asOf: LocalDate) throws(ServiceError) -> [StoredRecommendation] {
        try recommendationRun(goalID: goalID, asOf: asOf).recommendations
    }

    /// `recommend`, goal by goal, with each goal's notes: what was not proposed and why.
    /// - Throws: `ServiceError`.
    public func recommendationRun(goalID: Int64? = nil, asOf: LocalDate) throws(ServiceError) -> RecommendationRun {
        let horizon = try dataHorizon()
        try followUp(asOf: asOf, horizon: horizon)
        // Goals that have started by the day: a goal starting later has nothing to advise yet.
        let all = try goalProjections(asOf: asOf)
        let projections = all.filter(\.hasStarted)
        // Higher-priority goals claim money first, so no money is counted twice across goals.
        let ordered = projections.sorted {
            ($0.goal.priority.rank, $0.goal.id ?? 0) < ($1.goal.priority.rank, $1.goal.id ?? 0)
        }
        let targets = goalID.map { id in ordered.filter { $0.goal.id == id } } ?? ordered
        if let goalID, targets.isEmpty {
            _ = try service { try store.goal(id: goalID, userID: userID) }
            throw ServiceError(.data, "goal \(goalID) is archived: recommendations are for active goals")
        }
        let recurring = try recurringCharges(asOf: asOf, horizon: horizon)
        let learning = try recommendationLearning()
        let existing = try service { try store.recommendations(userID: userID) }
        let balances = try accountBalances(onOrBefore: asOf)
        let cushionMonths = try cashCushionMonths()
        var result: [RecommendationRun.GoalAdvice] = []
        let rates = try latestRates(onOrBefore: asOf)
        var claims = RecommendationClaims()
        claims.block(dismissed: existing, asOf: asOf)
        claims.block(implemented: existing)
        claims.claimPendingMoves(existing, balances: balances)
        // Moves a newer balance shows are done: their goal may be offered idle cash afresh.
        let answered = existing.filter { RecommendationClaims.isPendingMove($0, balances: balances) != false }
        let windows = try adviceWindows(
            currencies: Set(targets.map(\.goal.currency)), asOf: asOf, horizon: horizon,
            linkedAccounts: Set(projections.compactMap(\.goal.account)))
        if let goalID, let target = targets.first {
            // A run for one goal leaves what higher-priority goals' open recommendations count.
            let higher = Set(
                ordered.prefix { $0.goal.id != goalID }.filter { $0.goal.priority.rank <= target.goal.priority.rank }
                    .compactMap(\.goal.id))
            claims.claim(existing.filter { higher.contains($0.recommendation.goalID) })
        }
        for projection in targets {
            guard let id = projection.goal.id else { continue }
            let currency = projection.goal.currency
            guard let money = windows[currency] else { continue }
            var input = RecommendationInput(
                projection: projection, otherGoals: projections.filter { $0.goal.id != id }, items: money.items,
                recurring: recurring, cashFlow: money.flow, feedback: learning.byType,
                excludedKeys: Self.answeredKeys(answered, goalID: id, asOf: asOf))
            input.feedbackByScope = learning.byScope
            input.unchanged = Self.unchanged(existing, goalID: id)
            input.recentItems = money.recent
            input.savings = money.savings
            input.balances = balances.values.sorted { $0.account < $1.account }
            input.cushionMonths = cushionMonths
            input.rates = rates
            claims.apply(to: &input)
            let advice = try ServiceError.wrap { try Recommender.advise(input) }
            let saved = try service {
                try store.saveRecommendations(
                    goalID: id, userID: userID, Self.toStore(advice.drafts, goalID: id, asOf: asOf))
            }
            claims.claim(saved)
            result.append(.init(projection: projection, recommendations: saved, notes: advice.notes))
        }
        // Goals that start after the day are named, not silently left out.
        for later in all where !later.hasStarted && later.goal.isActive && (goalID == nil || later.goal.id == goalID) {
            let note = "It starts on \(later.goal.startDate), after \(asOf): it has no advice as of that day."
            result.append(.init(projection: later, recommendations: [], notes: [note]))
        }
        return RecommendationRun(goals: result)
    }

    /// The money a goal in one currency is advised from: the steps count money per month of
    /// the currency's cash-flow window, so they see that window and only it — the whole months
    /// ending at the data horizon of its accounts, not the current month so far, or seven
    /// months' bills would be divided by six — and the days after it up to the horizon apart,
    /// for one-off events.
    struct AdviceWindow {
        var flow: CashFlow
        var items: [RecommendationInput.Item]
        var recent: [RecommendationInput.Item]
        /// How the savings accounts' balances moved over the window's months.
        var savings: SavingsDrawdown
    }

    /// The advice windows of the goals' currencies as of a day, each of its own lines, read
    /// from the store once for all of them; the accounts goals are linked to are savings
    /// accounts whatever their lines.
    func adviceWindows(
        currencies: Set<Currency>, asOf: LocalDate, horizon: DataHorizon, linkedAccounts: Set<String> = []
    ) throws(ServiceError) -> [Currency: AdviceWindow] {
        var spans: [(currency: Currency, months: AveragingWindow, end: LocalDate)] = []
        for currency in currencies {
            let months = try averagingWindow(
                asOf: asOf, months: Self.cashFlowMonths, horizon: horizon, currency: currency)
            spans.append((currency, months, horizon.household(asOf: asOf, currency: currency.code)))
        }
        let starts = spans.map { $0.months.firstDay ?? YearMonth($0.end).firstDay }
        guard let from = starts.min(), let through = spans.map(\.end).max() else { return [:] }
        let all = try reportExpenses(from: from, through: through)
        var windows: [Currency: AdviceWindow] = [:]
        for (span, start) in zip(spans, starts) {
            let (currency, months) = (span.currency, span.months)
            let expenses = all.filter { $0.amount.currency == currency && $0.date >= start && $0.date <= span.end }
            let inWindow = expenses.filter { e in months.lastDay.map { e.date <= $0 } ?? false }
            windows[currency] = AdviceWindow(
                flow: try cashFlow(inWindow, window: months, currency: currency),
                items: inWindow.map(Self.analysisItem),
                recent: expenses.filter { e in months.lastDay.map { e.date > $0 } ?? true }.map(Self.analysisItem),
                savings: try ServiceError.wrap {
                    try SavingsDrawdown(
                        items: inWindow.map {
                            SavingsDrawdown.Item(
                                id: $0.id, account: $0.account, date: $0.date, amount: $0.amount,
                                isTransfer: $0.isTransfer)
                        }, window: months, currency: currency, linkedAccounts: linkedAccounts)
                })
        }
        return windows
    }

    /// Keys not to propose for a goal: implemented (unless its follow-up measured no saving:
    /// then it is offered again, saying so), or dismissed in the last 90 days — for every goal,
    /// except the steps that are about one goal.
    static func answeredKeys(_ existing: [StoredRecommendation], goalID: Int64, asOf: LocalDate) -> Set<String> {
        let again = Set(unchanged(existing, goalID: goalID).keys)
        return Set(
            existing.filter { stored in
                (stored.recommendation.goalID == goalID || !GoalKitSession.perGoalTypes.contains(stored.type))
                    && ((stored.status == "implemented" && !again.contains(stored.key))
                        || (stored.status == "dismissed"
                            && (stored.statusChangedOn.map { $0.days(to: asOf) < GoalKitSession.dismissalDays }
                                ?? true)))
            }.map(\.key))
    }

    /// The goal's implemented recommendations whose follow-up measured no saving, by key (the
    /// latest of a key), unless the same key is open or implemented again since.
    static func unchanged(_ existing: [StoredRecommendation], goalID: Int64) -> [String: RecommendationInput.Unchanged]
    {
        var result: [String: RecommendationInput.Unchanged] = [:]
        let mine = existing.filter { $0.recommendation.goalID == goalID }
        for stored in mine where stored.status == "implemented" {
            guard let day = stored.statusChangedOn, let measured = stored.measuredImpact, !measured.isPositive,
                !mine.contains(where: {
                    $0.key == stored.key && $0.status == "implemented" && ($0.statusChangedOn ?? day) > day
                })
            else { continue }
            result[stored.key] = RecommendationInput.Unchanged(implementedOn: day, measured: measured)
        }
        return result
    }

    /// A run's drafts for a goal as the store keeps them, ranked in order.
    static func toStore(_ drafts: [RecommendationDraft], goalID: Int64, asOf: LocalDate) -> [RecommendationToStore] {
        drafts.enumerated().map { rank, d in
            RecommendationToStore(
                recommendation: Recommendation(
                    goalID: goalID, title: d.title, description: d.description, category: d.category,
                    potentialImpact: d.potentialImpact, difficultyLevel: d.difficulty, implementationSteps: d.steps),
                type: d.type.rawValue, key: d.key, evidence: d.evidence, closesGap: d.closesGap, rank: rank + 1,
                asOf: asOf)
        }
    }

    /// Marks a recommendation implemented (followed up after 60 days) or dismissed (not
    /// proposed again for 90 days).
    /// - Throws: `ServiceError`.
    public func setRecommendation(id: Int64, implemented: Bool, on day: LocalDate) throws(ServiceError)
        -> StoredRecommendation
    {
        try service {
            try store.setRecommendationStatus(
                id: id, userID: userID, status: implemented ? "implemented" : "dismissed", on: day)
            return try store.recommendation(id: id, userID: userID)
        }
    }

    /// Records feedback on a recommendation; ratings per type shift later rankings.
    /// - Throws: `ServiceError` naming a bad rating.
    public func giveFeedback(recommendationID: Int64, helpful: Bool, rating: Int, comment: String) throws(ServiceError)
        -> RecommendationFeedback
    {
        let feedback = RecommendationFeedback(
            recommendationID: recommendationID, wasHelpful: helpful, rating: rating, comments: comment)
        return try service {
            try feedback.validate()
            return try store.addFeedback(feedback, userID: userID)
        }
    }

    /// The user's recommendations as stored (all statuses), of one goal or all.
    /// - Throws: `ServiceError` (`.notFound` for a goal that is not the user's).
    public func storedRecommendations(goalID: Int64? = nil) throws(ServiceError) -> [StoredRecommendation] {
        if let goalID { _ = try service { try store.goal(id: goalID, userID: userID) } }
        return try service { try store.recommendations(userID: userID, goalID: goalID) }
    }

    /// What the user's feedback teaches: the latest feedback on each recommendation, its
    /// dismissal and its follow-up.
    /// - Throws: `ServiceError`.
    public func recommendationLearning() throws(ServiceError) -> FeedbackLearning {
        FeedbackLearning(signals: try service { try store.recommendationSignals(userID: userID) })
    }

    /// The expenses of the analysis window as the recommender sees them.
    static func analysisItem(_ e: ReportExpense) -> RecommendationInput.Item {
        RecommendationInput.Item(
            id: e.id, date: e.date, amount: e.amount, payee: e.payee, category: e.category, group: e.group,
            isIncome: e.isIncome, isTransfer: e.isTransfer)
    }

    /// Follows up implemented recommendations 60 days on: the saving the expenses show
    /// (spending on its subject, or contributions to its goal, in the 60 days after against the
    /// 60 days before, as a monthly amount) is kept beside the estimate to calibrate its type.
    /// It is due once the data covers the 60 days after — the household's data horizon, not
    /// the clock: days the statements do not reach yet would read as money not spent.
    func followUp(asOf: LocalDate, horizon: DataHorizon) throws(ServiceError) {
        let dataEnd = horizon.household(asOf: asOf, currency: homeCurrency.code)
        let due = try storedRecommendations().filter { stored in
            stored.status == "implemented" && stored.followedUpOn == nil
                && (stored.statusChangedOn.map { $0.days(to: dataEnd) >= GoalKitSession.followUpDays } ?? false)
        }
        guard let earliest = due.compactMap(\.statusChangedOn).min() else { return }
        let items = try reportExpenses(from: earliest.adding(days: -GoalKitSession.followUpDays), through: asOf).map(
            Self.analysisItem)
        let contributions = try contributions()
        for stored in due {
            guard let day = stored.statusChangedOn, let id = stored.recommendation.id else { continue }
            let before = day.adding(days: -GoalKitSession.followUpDays)
            let after = day.adding(days: GoalKitSession.followUpDays)
            let subject = stored.subject
            let type = RecommendationType(rawValue: stored.type)
            let saved: Int64
            switch type {
            case .raiseContribution, .windfall, .fundHigherPriority, .extendTargetDate, .redirectEnded, .useIdleCash:
                let goalItems = contributions.filter { $0.goalID == stored.recommendation.goalID }
                let earlier = goalItems.filter { $0.date >= before && $0.date < day }.reduce(Int64(0)) {
                    $0 + $1.amount.minorUnits
                }
                let later = goalItems.filter { $0.date >= day && $0.date < after }.reduce(Int64(0)) {
                    $0 + $1.amount.minorUnits
                }
                saved = later - earlier
            default:
                let evidence = Set(stored.evidence)
                let categories = Set(items.filter { evidence.contains($0.id) }.compactMap(\.category))
                // A charge's payee, or the payees of the charges it names (services of one kind).
                let payees = Set(items.filter { evidence.contains($0.id) }.map { $0.payee.lowercased() })
                let matches: (RecommendationInput.Item) -> Bool = { item in
                    if type?.isAboutOneCharge == true {
                        return item.payee.lowercased() == subject.lowercased()
                            || payees.contains(item.payee.lowercased())
                    }
                    return item.category.map(categories.contains) ?? false
                }
                let outflow: (LocalDate, LocalDate) -> Int64 = { start, end in
                    items.filter { $0.date >= start && $0.date < end && $0.amount.isNegative && matches($0) }
                        .reduce(Int64(0)) { $0 - $1.amount.minorUnits }
                }
                saved = outflow(before, day) - outflow(day, after)
            }
            let monthly = Money(minorUnits: max(0, saved / 2), currency: stored.recommendation.potentialImpact.currency)
            try service { try store.recordFollowUp(id: id, measured: monthly, on: asOf) }
        }
    }
}
