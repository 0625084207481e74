/// Checked arithmetic on minor units for the reports and the analysis: every step is done in
/// 128 bits and narrowed back to 64, so nothing traps; a result beyond ±`Int64.max` throws
/// `AmountOverflowError` naming what was computed. `Int64.min` is refused as well, so every
/// result can be negated (`Money.negated`, `Money.magnitude`) without trapping.
package enum CheckedAmount {
    /// A 128-bit value narrowed to 64 bits.
    /// - Throws: `AmountOverflowError` when it is beyond ±`Int64.max`.
    package static func narrow(
        _ value: Int128, _ context: @autoclosure () -> String
    ) throws(AmountOverflowError) -> Int64 {
        guard value <= Int128(Int64.max), value >= -Int128(Int64.max) else { throw AmountOverflowError(context()) }
        return Int64(value)
    }

    /// `a + b`.
    package static func add(
        _ a: Int64, _ b: Int64, _ context: @autoclosure () -> String
    ) throws(AmountOverflowError) -> Int64 {
        try narrow(Int128(a) + Int128(b), context())
    }

    /// `a - b`.
    package static func subtract(
        _ a: Int64, _ b: Int64, _ context: @autoclosure () -> String
    ) throws(AmountOverflowError) -> Int64 {
        try narrow(Int128(a) - Int128(b), context())
    }

    /// `a × b`.
    package static func multiply(
        _ a: Int64, _ b: Int64, _ context: @autoclosure () -> String
    ) throws(AmountOverflowError) -> Int64 {
        try narrow(Int128(a) * Int128(b), context())
    }

    /// `a × b / c`, with the product in 128 bits and one rounding step (a share in basis
    /// points: `spent × 10 000 / total`). A zero divisor gives 0.
    /// - Throws: `AmountOverflowError` when the rounded quotient is beyond ±`Int64.max`.
    package static func scaled(
        _ a: Int64, times b: Int64, over c: Int64, rounding: MoneyRounding, _ context: @autoclosure () -> String
    ) throws(AmountOverflowError) -> Int64 {
        try divide(Int128(a) * Int128(b), by: Int128(c), rounding: rounding, context())
    }

    /// `value / divisor` rounded once, narrowed to 64 bits. A zero divisor gives 0.
    /// - Throws: `AmountOverflowError` when the rounded quotient is beyond ±`Int64.max`.
    package static func divide(
        _ value: Int128, by divisor: Int128, rounding: MoneyRounding, _ context: @autoclosure () -> String
    ) throws(AmountOverflowError) -> Int64 {
        try narrow(divided(value, by: divisor, rounding: rounding), context())
    }

    /// `value / divisor` rounded once: the one rounding routine of the package (`Money.scaled`,
    /// averages, medians, shares and per-month figures all come here). A zero divisor gives 0.
    ///
    /// Cannot trap for any divisor but `-1` with `Int128.min`, which no product or sum of
    /// 64-bit values reaches (their magnitudes stay below 2^127).
    package static func divided(_ value: Int128, by divisor: Int128, rounding: MoneyRounding) -> Int128 {
        guard divisor != 0 else { return 0 }
        let quotient = value / divisor
        let remainder = (value % divisor).magnitude
        guard remainder != 0 else { return quotient }
        // The exact quotient lies strictly between `quotient` and the next value away from zero.
        let away: Int128 = (value < 0) == (divisor < 0) ? 1 : -1
        switch rounding {
        case .down:
            return quotient
        case .up:
            return quotient + away
        case .halfEven:
            // `remainder < |divisor| ≤ 2^127`, so twice it fits in `UInt128`.
            let twice = remainder * 2
            let magnitude = divisor.magnitude
            if twice > magnitude || (twice == magnitude && quotient % 2 != 0) { return quotient + away }
            return quotient
        }
    }

    /// The sum of values; a running total in 128 bits cannot overflow (2^64 values of 2^63).
    package static func sum(
        _ values: some Sequence<Int64>, _ context: @autoclosure () -> String
    ) throws(AmountOverflowError) -> Int64 {
        var total: Int128 = 0
        for value in values { total += Int128(value) }
        return try narrow(total, context())
    }
}
