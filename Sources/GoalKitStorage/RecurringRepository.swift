public import GoalKit

/// The lines the recurring-charge scan reads.
///
/// Every call is one transaction; ids of another user are not found.
public protocol RecurringRepository {
    /// The money-out lines of a period (transfers left out) whose payee, account and currency
    /// fall on at most `maximumDays` distinct days: a payee seen on more days than any cadence
    /// allows cannot be a recurring charge, so its lines are dropped as the scan goes. The
    /// payee is the normalised name, else the payee as written.
    ///
    /// One pass over the period in date order, reading values straight from SQLite: text is
    /// made only for the lines handed on, so the cost of a long period is mostly SQLite's.
    /// - Throws: `StoreError`.
    func forEachRecurringCandidate(
        userID: Int64, from: LocalDate, through: LocalDate, maximumDays: Int,
        _ body: (
            _ id: Int64, _ date: LocalDate, _ minor: Int64, _ currency: String, _ payee: String, _ account: String,
            _ category: String?
        ) -> Void
    ) throws(StoreError)
}
