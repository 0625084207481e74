public import GoalKit
public import GoalKitAnalysis
import GoalKitReport

extension GoalKitSession {
    /// The whole months a cash flow covers unless told otherwise.
    public static let cashFlowMonths = 6

    /// Cash flow in the home currency for the `months` whole months before the month of `asOf`
    /// (and that month so far when `includeCurrent`).
    /// - Throws: `ServiceError`.
    public func cashFlow(asOf: LocalDate, months: Int = GoalKitSession.cashFlowMonths, includeCurrent: Bool = false)
        throws(ServiceError)
        -> CashFlow
    {
        let (first, last) = Self.cashFlowSpan(asOf: asOf, months: months, includeCurrent: includeCurrent)
        return try cashFlow(try reportExpenses(from: first.firstDay, through: last.lastDay), from: first, through: last)
    }

    /// The first and last months of a cash flow as of a day.
    static func cashFlowSpan(asOf: LocalDate, months: Int, includeCurrent: Bool) -> (YearMonth, YearMonth) {
        let current = YearMonth(asOf)
        let first = YearMonth(current.firstDay.adding(months: -months))
        return (first, includeCurrent ? current : YearMonth(current.firstDay.adding(months: -1)))
    }

    /// The cash flow of months from expenses already read (those outside the months are left out).
    /// - Throws: `ServiceError` (data) when a month's figures overflow 64-bit minor units.
    func cashFlow(_ expenses: [ReportExpense], from first: YearMonth, through last: YearMonth) throws(ServiceError)
        -> CashFlow
    {
        let items = expenses.map { e in
            CashFlow.Item(
                date: e.date, amount: e.amount, category: e.category, isIncomeCategory: e.isIncome,
                isTransfer: e.isTransfer)
        }
        return try ServiceError.wrap { try CashFlow(items: items, from: first, through: last, currency: homeCurrency) }
    }
}
