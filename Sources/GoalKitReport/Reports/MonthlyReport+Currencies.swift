import GoalKit
import GoalKitAnalysis

extension MonthlyReport.Input {
    /// The currencies the report has a part for: the home currency first, then every other
    /// one of the window's expenses, the budgets, the recurring charges, the contributions and
    /// the goals, by code.
    var currencies: [Currency] {
        var present = Set(expenses.map(\.amount.currency))
        present.formUnion(limits.values.map(\.currency))
        present.formUnion(recurring.map(\.lastAmount.currency))
        present.formUnion(contributions.map(\.contribution.amount.currency))
        present.formUnion(goals.map(\.goal.currency))
        return Report.currencies(home: currency, present: present)
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
