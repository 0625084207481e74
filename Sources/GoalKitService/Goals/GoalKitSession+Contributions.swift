public import GoalKit
import GoalKitStorage

extension GoalKitSession {
    /// Records a contribution; the goal's current amount grows with it in the same transaction.
    /// - Throws: `ServiceError` naming the field and the rule.
    public func contribute(
        goalID: Int64, amount text: String, source: ContributionSource, date: LocalDate,
        notes: String = ""
    ) throws(ServiceError) -> GoalContribution {
        let goal = try service { try store.goal(id: goalID, userID: userID) }
        let money = try amount(text, field: "amount", currency: goal.currency)
        let contribution = GoalContribution(goalID: goalID, amount: money, date: date, source: source, notes: notes)
        return try service {
            try contribution.validate()
            return try store.addContribution(contribution, userID: userID)
        }
    }

    /// The user's contributions, of one goal or all.
    /// - Throws: `ServiceError`.
    public func contributions(goalID: Int64? = nil) throws(ServiceError) -> [GoalContribution] {
        if let goalID { _ = try service { try store.goal(id: goalID, userID: userID) } }
        return try service { try store.contributions(userID: userID, goalID: goalID) }
    }

    /// Changes a contribution; the goal's current amount follows in the same transaction.
    /// - Throws: `ServiceError`.
    public func updateContribution(
        id: Int64, amount text: String?, date: LocalDate?, source: ContributionSource?,
        notes: String?
    ) throws(ServiceError) -> GoalContribution {
        var contribution = try service { try store.contribution(id: id, userID: userID) }
        if let text { contribution.amount = try amount(text, field: "amount", currency: contribution.amount.currency) }
        if let date { contribution.date = date }
        if let source { contribution.source = source }
        if let notes { contribution.notes = notes }
        let changed = contribution
        return try service {
            try changed.validate()
            return try store.updateContribution(changed, userID: userID)
        }
    }

    /// Deletes a contribution; the goal's current amount shrinks by it.
    /// - Throws: `ServiceError`.
    public func deleteContribution(id: Int64) throws(ServiceError) {
        try service { try store.deleteContribution(id: id, userID: userID) }
    }
}
