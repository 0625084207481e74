public import GoalKit
public import GoalKitAnalysis
import GoalKitStorage

extension GoalKitSession {
    /// Adds a goal; `current` becomes its opening balance (a contribution dated the start day,
    /// marked `is_opening`: saved, never pace) in the same transaction.
    /// - Parameter today: the default start date.
    /// - Throws: `ServiceError` naming the field and the rule; nothing is written then.
    public func addGoal(_ input: NewGoal, today: LocalDate) throws(ServiceError) -> Goal {
        var currency: Currency?
        if let code = input.currency {
            do { currency = try Currency(code: code) } catch { throw ServiceError(.usage, error.description) }
        }
        let target = try amount(input.target, field: "target_amount", currency: currency)
        let start = input.startDate ?? today
        let goal = Goal(
            userID: userID, name: input.name, description: input.description, targetAmount: target,
            startDate: start, targetDate: input.targetDate, category: input.category, priority: input.priority)
        var opening: GoalContribution?
        if let current = input.current {
            let money = try amount(current, field: "current_amount", currency: target.currency)
            if money.isNegative {
                throw ServiceError(.data, "current_amount '\(current)' must be 0 or more")
            }
            try service { try Validation.storable(money, field: "current_amount") }
            if money.isPositive {
                opening = GoalContribution.opening(money, start: start)
            }
        }
        return try service {
            try goal.validate()
            return try store.addGoal(goal, opening: opening)
        }
    }

    /// The user's goals; archived ones too when asked.
    /// - Throws: `ServiceError`.
    public func goals(includeArchived: Bool = false) throws(ServiceError) -> [Goal] {
        try service { try store.goals(userID: userID, includeArchived: includeArchived) }
    }

    /// The user's goals with their projections (pace, projected completion, status) as of a day;
    /// a goal that counts its account's balance has the latest balance on or before the day as
    /// saved.
    /// - Throws: `ServiceError`.
    public func goalProjections(includeArchived: Bool = false, asOf: LocalDate) throws(ServiceError) -> [GoalProjection]
    {
        let goals = try goals(includeArchived: includeArchived)
        let contributions = try service { try store.contributions(userID: userID) }
        let byGoal = Dictionary(grouping: contributions, by: \.goalID)
        let balances = try accountBalances(onOrBefore: asOf)
        return goals.map {
            GoalProjection(
                goal: $0, contributions: byGoal[$0.id ?? -1] ?? [], asOf: asOf,
                balance: $0.account.flatMap { balances[$0] })
        }
    }

    /// Each account's latest statement balance on or before a day, by account.
    /// - Throws: `ServiceError`.
    public func accountBalances(onOrBefore day: LocalDate) throws(ServiceError) -> [String: AccountBalance] {
        let balances = try service { try store.accountBalances(userID: userID, onOrBefore: day) }
        return Dictionary(balances.map { ($0.account, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// One goal with its contributions and figures as of a day.
    /// - Throws: `ServiceError` `.data` when there is no such goal.
    public func goalDetail(id: Int64, asOf: LocalDate) throws(ServiceError) -> GoalDetail {
        let goal = try service { try store.goal(id: id, userID: userID) }
        var balance: AccountBalance?
        if let account = goal.account { balance = try accountBalances(onOrBefore: asOf)[account] }
        return try service {
            GoalDetail(
                goal: goal, contributions: try store.contributions(userID: userID, goalID: id), asOf: asOf,
                balance: balance)
        }
    }

    /// Changes a goal's fields.
    /// - Throws: `ServiceError`; nothing is written when a value breaks a rule.
    public func updateGoal(id: Int64, _ changes: GoalChanges) throws(ServiceError) -> Goal {
        var goal = try service { try store.goal(id: id, userID: userID) }
        if let name = changes.name { goal.name = name }
        if let target = changes.target {
            goal.targetAmount = try amount(target, field: "target_amount", currency: goal.currency)
        }
        if let category = changes.category { goal.category = category }
        if let priority = changes.priority { goal.priority = priority }
        if let targetDate = changes.targetDate { goal.targetDate = targetDate }
        if let startDate = changes.startDate { goal.startDate = startDate }
        if let description = changes.description { goal.description = description }
        if let isActive = changes.isActive { goal.isActive = isActive }
        if let counts = changes.countsBalance {
            guard !counts || goal.account != nil else {
                throw ServiceError(
                    .usage, "goal \(id) has no account to count the balance of: link one first (--account)")
            }
            goal.countsBalance = counts
        }
        let updated = goal
        return try service {
            try updated.validate()
            return try store.updateGoal(updated)
        }
    }

    /// Archives a goal: it stays with its history but leaves the active list.
    /// - Throws: `ServiceError`.
    public func archiveGoal(id: Int64) throws(ServiceError) -> Goal {
        var changes = GoalChanges()
        changes.isActive = false
        return try updateGoal(id: id, changes)
    }

    /// Deletes a goal with its contributions, recommendations and feedback.
    /// - Throws: `ServiceError`.
    public func deleteGoal(id: Int64) throws(ServiceError) {
        try service { try store.deleteGoal(id: id, userID: userID) }
    }
}
