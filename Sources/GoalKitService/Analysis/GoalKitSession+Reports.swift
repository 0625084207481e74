public import GoalKit
import GoalKitAnalysis
public import GoalKitReport
import GoalKitStorage

extension GoalKitSession {
    /// The expenses of a period with their category, its top-level group and kind, as the
    /// reports and the recommender see them.
    func reportExpenses(from: LocalDate, through: LocalDate) throws(ServiceError) -> [ReportExpense] {
        var filter = ExpenseFilter()
        filter.from = from
        filter.through = through
        let rows = try expenses(filter: filter)
        let categories = try categories()
        let byID = Dictionary(categories.compactMap { c in c.id.map { ($0, c) } }, uniquingKeysWith: { a, _ in a })
        var cardPayments = BoundedMemo<String, Bool>()
        return rows.compactMap { row in
            let e = row.expense
            guard let id = e.id else { return nil }
            let category = e.categoryID.flatMap { byID[$0] }
            // Card payments are transfers; one whose card statement is not imported is money
            // out on its own line.
            let unpaired =
                e.amount.isNegative && e.transferExpenseID == nil
                && cardPayments.value(for: e.payeeRaw + " " + e.memo + "\u{0}" + (category?.name ?? "")) {
                    CardPayment.isUnpaired(
                        amount: e.amount, isPaired: false, text: e.payeeRaw + " " + e.memo, category: category?.name)
                }
            return ReportExpense(
                id: id, date: e.date, amount: e.amount, payee: e.name.isEmpty ? e.payeeRaw : e.name, account: e.account,
                category: category?.name, group: category.map { c in c.parentID.flatMap { byID[$0]?.name } ?? c.name },
                isIncome: category?.kind == .income,
                isTransfer: e.isTransfer || category?.kind == .transfer || unpaired, isUnpairedCardPayment: unpaired)
        }
    }

    /// For each currency with a stored rate to the home currency, the latest one on or before a
    /// day, by code (a rate the other way round is not inverted: only what was given is used).
    func ratesToHome(onOrBefore day: LocalDate) throws(ServiceError) -> [String: ExchangeRate] {
        var latest: [String: ExchangeRate] = [:]
        for rate in try rates() where rate.to == homeCurrency && rate.date <= day {
            if let known = latest[rate.from.code], known.date >= rate.date { continue }
            latest[rate.from.code] = rate
        }
        return latest
    }

    /// The monthly report of a month.
    /// - Throws: `ServiceError`.
    public func monthlyReport(month: YearMonth) throws(ServiceError) -> Report {
        let end = month.lastDay
        let expenses = try reportExpenses(from: month.firstDay.adding(months: -5), through: end)
        let budgets = try budgets().filter { $0.startDate <= month.firstDay && $0.endDate >= end }
        var limits: [String: Money] = [:]
        for budget in budgets.reversed() { for limit in budget.limits { limits[limit.categoryName] = limit.amount } }
        // Goals as they stood at the month's end: those started by then, with what was saved by then.
        let projections = try goalProjections(asOf: end).filter(\.hasStarted)
        let names = Dictionary(
            projections.compactMap { p in p.goal.id.map { ($0, p.goal.name) } }, uniquingKeysWith: { a, _ in a })
        let contributions = try contributions().filter { YearMonth($0.date) == month }.compactMap { c in
            names[c.goalID].map { (goal: $0, contribution: c) }
        }
        let horizon = try dataHorizon()
        var input = MonthlyReport.Input(
            month: month, currency: homeCurrency, expenses: expenses, limits: limits,
            recurring: try recurringCharges(asOf: end, horizon: horizon),
            contributions: contributions, goals: projections)
        input.horizon = horizon
        input.rates = try ratesToHome(onOrBefore: end)
        var report = try ServiceError.wrap { try MonthlyReport.build(input) }
        report.notes = horizon.notes(month: month) + report.notes
        return report
    }

    /// The goal progress report as of a day.
    /// - Throws: `ServiceError`.
    public func goalsReport(asOf: LocalDate) throws(ServiceError) -> Report {
        let projections = try goalProjections(asOf: asOf).filter(\.hasStarted)
        let names = Dictionary(
            projections.compactMap { p in p.goal.id.map { ($0, p.goal.name) } }, uniquingKeysWith: { a, _ in a })
        let open = try storedRecommendations().filter { $0.status == "open" && $0.rank != nil }.compactMap {
            s -> GoalsReport.OpenRecommendation? in
            guard let goal = names[s.recommendation.goalID] else { return nil }
            return GoalsReport.OpenRecommendation(
                goal: goal, rank: s.rank ?? 0, title: s.recommendation.title, type: s.type,
                impact: s.recommendation.potentialImpact,
                difficulty: s.recommendation.difficultyLevel.rawValue, closesGap: s.closesGap)
        }
        let contributions = try contributions()
        let rates = try ratesToHome(onOrBefore: asOf)
        var report = try ServiceError.wrap {
            try GoalsReport.build(
                asOf: asOf, goals: projections, contributions: contributions, recommendations: open, home: homeCurrency,
                rates: rates)
        }
        report.notes = try dataNotes(asOf: asOf) + report.notes
        return report
    }

    /// The feedback summary of recommendations made for days from `since` through `asOf`
    /// (the day each was made for, not when the command ran).
    /// - Parameter since: the first day; nil for the day of the first recommendation (`asOf`
    ///   when there is none).
    /// - Throws: `ServiceError`.
    public func feedbackReport(since: LocalDate?, asOf: LocalDate) throws(ServiceError) -> Report {
        let feedback = Dictionary(grouping: try service { try store.feedback(userID: userID) }, by: \.recommendationID)
        let all = try storedRecommendations()
        func madeFor(_ stored: StoredRecommendation) -> LocalDate? {
            stored.asOf ?? stored.recommendation.createdAt.flatMap { LocalDate(iso: $0.prefix(10)) }
        }
        let since = since ?? min(asOf, all.compactMap(madeFor).min() ?? asOf)
        let entries = all.filter { stored in
            guard let day = madeFor(stored) else { return true }
            return day >= since && day <= asOf
        }.map { s in
            let rows = feedback[s.recommendation.id ?? -1] ?? []
            return FeedbackReport.Entry(
                type: s.type, category: s.recommendation.category, status: s.status,
                estimated: s.recommendation.potentialImpact,
                // The latest feedback on a recommendation counts (every row is kept, and its
                // comments are shown): rating one three times counts once.
                measured: s.measuredImpact, ratings: rows.last.map { [$0.rating] } ?? [],
                helpful: rows.last.map { [$0.wasHelpful] } ?? [],
                comments: rows.map(\.comments),
                title: s.recommendation.title)
        }
        var report = try ServiceError.wrap {
            try FeedbackReport.build(since: since, asOf: asOf, entries: entries, currency: homeCurrency)
        }
        report.notes = try dataNotes(asOf: asOf) + report.notes
        return report
    }
}
