/// How a quotient of minor units that falls between two of them is rounded: once, at the end
/// of an exact calculation.
///
/// ```swift
/// let share = Money(minorUnits: 54_506, currency: .usd)        // 545.06
/// try share.scaled(by: 1, over: 3)                             // 181.69 (181.686…, half to even)
/// try Money(minorUnits: 200_000, currency: .usd).scaled(by: 1, over: 7, rounding: .up)  // 285.72
/// ```
public enum MoneyRounding: String, Sendable, Hashable, CaseIterable {
    /// To the nearest minor unit; an exact half goes to the even one (banker's rounding):
    /// 0.5 → 0, 1.5 → 2, -2.5 → -2. What averages, shares and per-month figures use.
    case halfEven = "half_even"
    /// Away from zero: any remainder adds one minor unit to the magnitude (for a positive
    /// amount, the ceiling: 285.714… → 285.72; -0.1 → -1). What an amount someone must save to
    /// reach a target uses, so saving it is enough.
    case up
    /// Toward zero: the remainder is dropped (truncation; for a positive amount, the floor).
    case down
}
