/// Money put toward a goal on a day.
public struct GoalContribution: Hashable, Sendable {
    /// Row id; nil until stored.
    public var id: Int64?
    /// The goal it counts toward.
    public var goalID: Int64
    /// The amount, greater than zero, in the goal's currency.
    public var amount: Money
    /// The day it was made.
    public var date: LocalDate
    /// Where the money came from.
    public var source: ContributionSource
    /// Free text; may be empty.
    public var notes: String
    /// When the row was made, set by the store.
    public var createdAt: String?

    /// Creates a contribution.
    public init(
        id: Int64? = nil, goalID: Int64, amount: Money, date: LocalDate, source: ContributionSource,
        notes: String = "", createdAt: String? = nil
    ) {
        self.id = id
        self.goalID = goalID
        self.amount = amount
        self.date = date
        self.source = source
        self.notes = notes
        self.createdAt = createdAt
    }

    /// Checks the schema's rules for a contribution.
    /// - Throws: `DomainValidationError`.
    public func validate() throws(DomainValidationError) {
        if !amount.isPositive {
            throw DomainValidationError(field: "amount", value: amount.decimalString, rule: "must be greater than 0")
        }
        try Validation.storable(amount, field: "amount")
    }
}
