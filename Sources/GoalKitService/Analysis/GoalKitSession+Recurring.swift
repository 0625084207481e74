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
        let from = asOf.adding(months: -months)
        var items: [RecurringDetector.Item] = []
        try service {
            try store.forEachRecurringCandidate(
                userID: userID, from: from, through: asOf,
                maximumDays: RecurringDetector.maximumDistinctDays(within: from.days(to: asOf))
            ) { id, date, minor, code, payee, account, category in
                guard let currency = Currency.known[code] else { return }
                items.append(
                    RecurringDetector.Item(
                        id: id, date: date, amount: Money(minorUnits: minor, currency: currency), payee: payee,
                        account: account, category: category))
            }
        }
        return RecurringDetector.detect(items, asOf: asOf)
    }
}
