import GoalKit
import GoalKitAnalysis

extension MonthlyReport.Input {
    /// The currencies the report has a part for: the home currency first, then every other
    /// one of the window's expenses, the budgets, the recurring charges, the contributions and
    /// the goals, by code.
    var currencies: [Currency] {
        var others = Set(expenses.map(\.amount.currency))
        others.formUnion(limits.values.map(\.currency))
        others.formUnion(recurring.map(\.lastAmount.currency))
        others.formUnion(contributions.map(\.contribution.amount.currency))
        others.formUnion(goals.map(\.goal.currency))
        others.remove(currency)
        return [currency] + others.sorted { $0.code < $1.code }
    }

    /// The input with only what is in one currency.
    func only(_ currency: Currency) -> MonthlyReport.Input {
        var copy = self
        copy.currency = currency
        copy.expenses = expenses.filter { $0.amount.currency == currency }
        copy.limits = limits.filter { $0.value.currency == currency }
        copy.recurring = recurring.filter { $0.lastAmount.currency == currency }
        copy.contributions = contributions.filter { $0.contribution.amount.currency == currency }
        copy.goals = goals.filter { $0.goal.currency == currency }
        copy.rates = [:]
        return copy
    }
}
