public import GoalKit
import GoalKitStorage

extension GoalKitSession {
    /// Adds a budget with per-category limits, each given as a category name and an amount as typed.
    /// - Throws: `ServiceError` naming an unknown category or a bad limit; nothing is written then.
    public func addBudget(name: String, start: LocalDate, end: LocalDate, limits: [(category: String, amount: String)])
        throws(ServiceError) -> Budget
    {
        var resolved: [BudgetLimit] = []
        var seen: Set<Int64> = []
        for limit in limits {
            guard let category = try service({ try store.category(named: limit.category, userID: userID) }),
                let categoryID = category.id
            else {
                throw ServiceError(
                    .data, "limit: no category named '\(limit.category)' (see the README for the shipped categories)")
            }
            if !seen.insert(categoryID).inserted {
                throw ServiceError(.data, "limit: category '\(category.name)' is given twice")
            }
            let money = try amount(limit.amount, field: "limit \(category.name)")
            resolved.append(BudgetLimit(categoryID: categoryID, categoryName: category.name, amount: money))
        }
        let budget = Budget(
            userID: userID, name: name, startDate: start, endDate: end, currency: homeCurrency, limits: resolved)
        return try service {
            try budget.validate()
            return try store.addBudget(budget)
        }
    }

    /// The user's budgets, newest first.
    /// - Throws: `ServiceError`.
    public func budgets() throws(ServiceError) -> [Budget] {
        try service { try store.budgets(userID: userID) }
    }

    /// One budget with its limits.
    /// - Throws: `ServiceError`.
    public func budget(id: Int64) throws(ServiceError) -> Budget {
        try service { try store.budget(id: id, userID: userID) }
    }

    /// The categories the user can use.
    /// - Throws: `ServiceError`.
    public func categories() throws(ServiceError) -> [Category] {
        try service { try store.categories(userID: userID) }
    }
}
