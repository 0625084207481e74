public import GoalKit
public import GoalKitAnalysis
import GoalKitStorage

extension GoalKitSession {
    /// The months of history analyses look at unless told otherwise.
    public static let analysisWindowMonths = 24

    /// The recurring charges in the window ending `asOf` (money out only; transfers left out);
    /// whether one has ended is judged within the data horizon of its account.
    /// - Parameters:
    ///   - months: the window's length (annual charges need three years).
    ///   - horizon: the accounts' data horizons (read from the store when nil).
    /// - Throws: `ServiceError`.
    public func recurringCharges(
        asOf: LocalDate, months: Int = GoalKitSession.analysisWindowMonths, horizon: DataHorizon? = nil
    ) throws(ServiceError) -> [RecurringCharge] {
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
        let horizons: DataHorizon
        if let horizon { horizons = horizon } else { horizons = try dataHorizon() }
        return RecurringDetector.detect(items, asOf: asOf, horizon: horizons)
    }
}
