public import Foundation

/// A savings goal: an amount to reach, by a date or open-ended.
public struct Goal: Hashable, Sendable {
    /// Row id; nil until stored.
    public var id: Int64?
    /// The owner.
    public var userID: Int64
    /// What the goal is called, 1 to 100 characters.
    public var name: String
    /// A longer description; may be empty.
    public var description: String
    /// The amount to reach; greater than zero.
    public var targetAmount: Money
    /// What has been saved; the sum of the goal's contributions, kept by the store.
    public var currentAmount: Money
    /// When saving started.
    public var startDate: LocalDate
    /// The deadline, or nil for an ongoing goal.
    public var targetDate: LocalDate?
    /// What the goal saves for.
    public var category: GoalCategory
    /// How much it matters against other goals.
    public var priority: GoalPriority
    /// False once archived.
    public var isActive: Bool
    /// The account the goal's money is kept in: transfers into it count as contributions.
    public var account: String?
    /// Whether what the goal has saved is its account's statement balance (the latest on or
    /// before a day) rather than the sum of its contributions; only with an `account`.
    public var countsBalance = false
    /// When the row was made, set by the store.
    public var createdAt: String?
    /// When the row last changed, set by the store.
    public var updatedAt: String?

    /// Creates a goal; `currentAmount` starts at zero in the target's currency.
    public init(
        id: Int64? = nil, userID: Int64, name: String, description: String = "", targetAmount: Money,
        currentAmount: Money? = nil, startDate: LocalDate, targetDate: LocalDate? = nil,
        category: GoalCategory, priority: GoalPriority = .medium, isActive: Bool = true,
        createdAt: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.userID = userID
        self.name = name
        self.description = description
        self.targetAmount = targetAmount
        self.currentAmount = currentAmount ?? .zero(targetAmount.currency)
        self.startDate = startDate
        self.targetDate = targetDate
        self.category = category
        self.priority = priority
        self.isActive = isActive
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The currency of the goal's amounts.
    public var currency: Currency { targetAmount.currency }

    /// Progress in hundredths of a percent (`4550` is 45.50%), rounded half to even; 0 when
    /// the target is 0, as the schema defines it. May exceed 10000 once the goal is passed.
    public var progressBasisPoints: Int64 { progressBasisPoints(saved: currentAmount) }

    /// The progress a saved amount makes toward the target, in hundredths of a percent,
    /// rounded half to even (`progressBasisPoints` of the stored total; a projection passes
    /// what was saved as of its day).
    public func progressBasisPoints(saved: Money) -> Int64 {
        let target = targetAmount.minorUnits
        guard target != 0 else { return 0 }
        // In 128 bits: `dividingFullWidth` trapped when the quotient passed 64 bits (a saved
        // amount 10^15 times the target); such a progress is clamped to ±`Int64.max`.
        let quotient = CheckedAmount.divided(
            Int128(saved.minorUnits) * 10_000, by: Int128(target), rounding: .halfEven)
        return Int64(min(max(quotient, -Int128(Int64.max)), Int128(Int64.max)))
    }

    /// Progress as a percentage with two decimals (`current / target × 100`); 0 when the target is 0.
    public var progressPercentage: Decimal { Decimal(progressBasisPoints) / 100 }

    /// The money still missing (zero once reached).
    public var remainingAmount: Money { remainingAmount(saved: currentAmount) }

    /// The money still missing once `saved` is put toward the target (zero once reached).
    public func remainingAmount(saved: Money) -> Money {
        // In 128 bits: a stored goal keeps both amounts within 0...9,999,999,999 (the store's
        // CHECKs), so the clamp to `Int64.max` only guards values built by hand.
        let missing = Int128(targetAmount.minorUnits) - Int128(saved.minorUnits)
        return Money(minorUnits: Int64(min(max(0, missing), Int128(Int64.max))), currency: currency)
    }

    /// Calendar days from `date` to the deadline (negative when it has passed); nil for an ongoing goal.
    public func daysRemaining(asOf date: LocalDate) -> Int? {
        guard let targetDate else { return nil }
        return date.days(to: targetDate)
    }

    /// Checks the schema's rules for a goal.
    /// - Throws: `DomainValidationError` naming the field and the rule.
    public func validate() throws(DomainValidationError) {
        try Validation.name(name)
        if !targetAmount.isPositive {
            throw DomainValidationError(
                field: "target_amount", value: targetAmount.decimalString, rule: "must be greater than 0")
        }
        try Validation.storable(targetAmount, field: "target_amount")
        if currentAmount.isNegative {
            throw DomainValidationError(
                field: "current_amount", value: currentAmount.decimalString, rule: "must be 0 or more")
        }
        try Validation.storable(currentAmount, field: "current_amount")
        if let targetDate, targetDate < startDate {
            throw DomainValidationError(
                field: "target_date", value: targetDate.isoString, rule: "must not be before start_date \(startDate)")
        }
    }
}
