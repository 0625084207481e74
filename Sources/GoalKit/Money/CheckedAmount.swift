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

    /// `a × b / c`, truncated toward zero, with the product in 128 bits (a share in basis
    /// points: `spent × 10 000 / total`). A zero divisor gives 0.
    package static func scaled(
        _ a: Int64, times b: Int64, over c: Int64, _ context: @autoclosure () -> String
    ) throws(AmountOverflowError) -> Int64 {
        guard c != 0 else { return 0 }
        return try narrow(Int128(a) * Int128(b) / Int128(c), context())
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
