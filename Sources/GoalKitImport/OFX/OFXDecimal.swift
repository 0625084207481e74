import GoalKit

/// An OFX number read exactly: `mantissa × 10^-scale`, with no floating point. Holds a
/// `CURRATE` (`0.0067`, `151,25`) or a `TRNAMT` while it is converted between currencies.
struct OFXDecimal: Hashable {
    /// The digits as one integer, signed.
    let mantissa: Int64
    /// How many of them are decimals.
    let scale: Int

    /// The most significant digits a value may have (so that the mantissa fits `Int64`).
    static let maximumDigits = 18

    /// Reads an optional sign (when `signed`), digits and one optional decimal mark (`.` or `,`).
    /// Leading zeros and trailing decimal zeros do not count as digits.
    init(_ raw: String, signed: Bool) throws(ValueProblem) {
        let text = raw.trimmed
        var negative = false
        var digits: [UInt8] = []
        var decimals = 0
        var sawMark = false
        var sawDigit = false
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                if sawMark { decimals += 1 }
                if !digits.isEmpty || byte != UInt8(ascii: "0") { digits.append(byte - UInt8(ascii: "0")) }
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                guard signed, index == 0 else { throw ValueProblem(signed ? "sign inside the number" : "a sign") }
                negative = byte == UInt8(ascii: "-")
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard !sawMark else { throw ValueProblem("more than one decimal mark") }
                sawMark = true
            default: throw ValueProblem("unexpected character '\(Character(Unicode.Scalar(byte)))'")
            }
        }
        guard sawDigit else { throw ValueProblem(text.isEmpty ? "empty" : "no digits") }
        // Trailing decimal zeros change nothing.
        while decimals > 0, digits.last == 0 {
            digits.removeLast()
            decimals -= 1
        }
        guard digits.count <= Self.maximumDigits else {
            throw ValueProblem("more than \(Self.maximumDigits) significant digits")
        }
        var value: Int64 = 0
        for digit in digits { value = value * 10 + Int64(digit) }
        mantissa = negative ? -value : value
        scale = decimals
    }

    /// `amount × rate` in minor units of `currency`, rounded once, half to even; nil when the
    /// result does not fit.
    static func product(_ amount: OFXDecimal, _ rate: OFXDecimal, in currency: Currency) -> Int64? {
        let exact = Int128(amount.mantissa) * Int128(rate.mantissa)
        return scaled(exact, by: currency.exponent - amount.scale - rate.scale)
    }

    /// `amount ÷ rate` in minor units of `currency`, rounded once, half to even; nil when the
    /// rate is zero or the result does not fit.
    static func quotient(_ amount: OFXDecimal, _ rate: OFXDecimal, in currency: Currency) -> Int64? {
        guard rate.mantissa != 0 else { return nil }
        // amount / rate × 10^e = a × 10^(e − sa + sr) / m
        let shift = currency.exponent - amount.scale + rate.scale
        if shift >= 0 {
            guard let power = power(of: shift) else { return amount.mantissa == 0 ? 0 : nil }
            let (numerator, overflow) = Int128(amount.mantissa).multipliedReportingOverflow(by: power)
            guard !overflow else { return nil }
            return rounded(numerator, dividedBy: Int128(rate.mantissa))
        }
        // A divisor past 10^38 is more than twice any Int64: the result rounds to zero.
        guard let power = power(of: -shift) else { return 0 }
        let (divisor, overflow) = Int128(rate.mantissa).multipliedReportingOverflow(by: power)
        guard !overflow else { return 0 }
        return rounded(Int128(amount.mantissa), dividedBy: divisor)
    }

    /// `value × 10^shift`, rounded half to even when the shift is negative.
    private static func scaled(_ value: Int128, by shift: Int) -> Int64? {
        if shift >= 0 {
            guard let power = power(of: shift) else { return value == 0 ? 0 : nil }
            let (result, overflow) = value.multipliedReportingOverflow(by: power)
            guard !overflow else { return nil }
            return Int64(exactly: result)
        }
        // |value| < 10^37: past 10^38 the result rounds to zero.
        guard let power = power(of: -shift) else { return 0 }
        return rounded(value, dividedBy: power)
    }

    /// `numerator ÷ denominator` rounded half to even, if it fits `Int64`.
    private static func rounded(_ numerator: Int128, dividedBy denominator: Int128) -> Int64? {
        let divisor = denominator < 0 ? -denominator : denominator
        let dividend = denominator < 0 ? -numerator : numerator
        var quotient = dividend / divisor
        let remainder = dividend % divisor
        let twice = (remainder < 0 ? -remainder : remainder) * 2
        if twice > divisor || (twice == divisor && quotient % 2 != 0) {
            quotient += dividend < 0 ? -1 : 1
        }
        return Int64(exactly: quotient)
    }

    /// 10^n for 0 ≤ n ≤ 38 (the powers `Int128` holds).
    private static func power(of n: Int) -> Int128? {
        guard n >= 0, n <= 38 else { return nil }
        var value: Int128 = 1
        for _ in 0..<n { value *= 10 }
        return value
    }
}
