public import GoalKit
public import GoalKitAnalysis
import GoalKitStore

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
        let current = YearMonth(asOf)
        let first = YearMonth(current.firstDay.adding(months: -months))
        let last = includeCurrent ? current : YearMonth(current.firstDay.adding(months: -1))
        var filter = ExpenseFilter()
        filter.from = first.firstDay
        filter.through = last.lastDay
        let rows = try expenses(filter: filter)
        let kinds = Dictionary(
            try categories().compactMap { c in c.id.map { ($0, c.kind) } }, uniquingKeysWith: { a, _ in a })
        let items = rows.map { row in
            CashFlow.Item(
                date: row.expense.date, amount: row.expense.amount, category: row.categoryName,
                isIncomeCategory: row.expense.categoryID.flatMap { kinds[$0] } == .income,
                isTransfer: row.expense.isTransfer || row.expense.categoryID.flatMap { kinds[$0] } == .transfer)
        }
        return CashFlow(items: items, from: first, through: last, currency: homeCurrency)
    }
}
