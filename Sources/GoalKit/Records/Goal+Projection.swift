extension Goal {
    /// Month-long periods from `date` until the deadline, counted inclusively: a part month
    /// (even the deadline day itself) counts as one; 0 once the deadline has passed; nil for an
    /// ongoing goal.
    public func monthsRemaining(asOf date: LocalDate) -> Int? {
        guard let targetDate else { return nil }
        guard date <= targetDate else { return 0 }
        var months = date.wholeMonths(to: targetDate)
        if date.adding(months: months) < targetDate { months += 1 }
        return max(1, months)
    }

    /// What must be saved per month from `date` to reach the target by the deadline, rounded
    /// up to the minor unit (so that paying it reaches the target); the whole remainder when
    /// the deadline has passed; nil for an ongoing goal.
    /// - Parameter missing: what is still missing on `date` (default: the stored remainder).
    public func requiredMonthlyAmount(asOf date: LocalDate, missing: Money? = nil) -> Money? {
        guard let months = monthsRemaining(asOf: date) else { return nil }
        let missing = missing ?? remainingAmount
        let remaining = missing.minorUnits
        guard months > 0 else { return missing }
        // Rounded up, so saving it each month is enough; within 0...remaining, so it fits.
        let perMonth = remaining > 0 ? CheckedAmount.divided(Int128(remaining), by: Int128(months), rounding: .up) : 0
        return Money(minorUnits: Int64(perMonth), currency: currency)
    }
}
