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
    /// Whether this is the goal's opening balance (money saved before the goal was tracked):
    /// counted as saved, never as pace.
    public var isOpening: Bool
    /// When the row was made, set by the store.
    public var createdAt: String?

    /// Creates a contribution.
    public init(
        id: Int64? = nil, goalID: Int64, amount: Money, date: LocalDate, source: ContributionSource,
        notes: String = "", isOpening: Bool = false, createdAt: String? = nil
    ) {
        self.id = id
        self.goalID = goalID
        self.amount = amount
        self.date = date
        self.source = source
        self.notes = notes
        self.isOpening = isOpening
        self.createdAt = createdAt
    }

    /// A goal's opening balance: what was already saved when the goal was added, dated the
    /// goal's start day and marked `isOpening`, so it counts as saved but never as pace.
    public static func opening(_ amount: Money, goalID: Int64 = 0, start: LocalDate) -> GoalContribution {
        GoalContribution(
            goalID: goalID, amount: amount, date: start, source: .direct, notes: "Opening balance", isOpening: true)
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
