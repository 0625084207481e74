/// A period of spending (usually a month) with limits per category; expenses belong to one.
public struct Budget: Hashable, Sendable {
    /// Row id; nil until stored.
    public var id: Int64?
    /// The owner.
    public var userID: Int64
    /// A name such as `2024-03` or `Holiday month`.
    public var name: String
    /// The first day it covers.
    public var startDate: LocalDate
    /// The last day it covers (inclusive).
    public var endDate: LocalDate
    /// The currency of its limits.
    public var currency: Currency
    /// Per-category limits.
    public var limits: [BudgetLimit]

    /// Creates a budget.
    public init(
        id: Int64? = nil, userID: Int64, name: String, startDate: LocalDate, endDate: LocalDate,
        currency: Currency, limits: [BudgetLimit] = []
    ) {
        self.id = id
        self.userID = userID
        self.name = name
        self.startDate = startDate
        self.endDate = endDate
        self.currency = currency
        self.limits = limits
    }

    /// Whether a day falls inside the budget's period.
    public func covers(_ date: LocalDate) -> Bool { startDate <= date && date <= endDate }

    /// Checks the rules the store also enforces.
    /// - Throws: `DomainValidationError`.
    public func validate() throws(DomainValidationError) {
        try Validation.name(name)
        if endDate < startDate {
            throw DomainValidationError(
                field: "end_date", value: endDate.isoString, rule: "must not be before start_date \(startDate)")
        }
        for limit in limits {
            if !limit.amount.isPositive {
                throw DomainValidationError(
                    field: "limit", value: limit.amount.decimalString, rule: "must be greater than 0")
            }
            try Validation.storable(limit.amount, field: "limit")
            if limit.amount.currency != currency {
                throw DomainValidationError(
                    field: "limit", value: limit.amount.description, rule: "must be in \(currency.code)")
            }
        }
    }
}
