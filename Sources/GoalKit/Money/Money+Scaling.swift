extension Money {
    /// The amount times `numerator / denominator`, exact: the product is formed in 128 bits and
    /// rounded once, to the currency's minor unit. Money never passes through `Double`.
    ///
    /// ```swift
    /// let fees = Money(minorUnits: 54_506, currency: .usd)       // 545.06
    /// try fees.scaled(by: 1, over: 3)                            // 181.69 a month
    /// try fees.scaled(by: 3, over: 2)                            // 817.59 (817.59, exact)
    /// try Money(minorUnits: 200_000, currency: .usd)
    ///     .scaled(by: 1, over: 7, rounding: .up)                 // 285.72 a month to reach 2,000.00
    /// ```
    ///
    /// - Parameters:
    ///   - numerator: what the amount is multiplied by.
    ///   - denominator: what the product is divided by; negative flips the sign.
    ///   - rounding: how a quotient between two minor units is rounded (half to even unless
    ///     the amount is one someone must reach, which rounds `.up`).
    /// - Throws: `AmountOverflowError` when the result is beyond ±`Int64.max` minor units, or
    ///   the denominator is zero (the quotient is unbounded); never traps.
    public func scaled(
        by numerator: Int64, over denominator: Int64, rounding: MoneyRounding = .halfEven
    ) throws(AmountOverflowError) -> Money {
        func context() -> String { "\(self) × \(numerator) / \(denominator)" }
        guard denominator != 0 else { throw AmountOverflowError(context()) }
        let minor = try CheckedAmount.scaled(
            minorUnits, times: numerator, over: denominator, rounding: rounding, context())
        return Money(minorUnits: minor, currency: currency)
    }
}
