public import GoalKit
public import GoalKitAnalysis
import GoalKitStore

extension GoalKitSession {
    /// The months of history analyses look at unless told otherwise.
    public static let analysisWindowMonths = 24

    /// The recurring charges in the window ending `asOf` (money out only; transfers left out).
    /// - Parameter months: the window's length (annual charges need three years).
    /// - Throws: `ServiceError`.
    public func recurringCharges(asOf: LocalDate, months: Int = GoalKitSession.analysisWindowMonths)
        throws(ServiceError) -> [RecurringCharge]
    {
        var filter = ExpenseFilter()
        filter.from = asOf.adding(months: -months)
        filter.through = asOf
        let rows = try expenses(filter: filter)
        let items = rows.compactMap { row -> RecurringDetector.Item? in
            let e = row.expense
            guard let id = e.id, !GoalKitSession.isTransfer(row) else { return nil }
            return RecurringDetector.Item(
                id: id, date: e.date, amount: e.amount, payee: e.name.isEmpty ? e.payeeRaw : e.name,
                account: e.account, category: row.categoryName)
        }
        return RecurringDetector.detect(items, asOf: asOf)
    }

    /// Whether an expense is a movement between the user's own accounts.
    static func isTransfer(_ row: ExpenseListingRow) -> Bool {
        row.expense.isTransfer
    }
}
