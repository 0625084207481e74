import Foundation

/// A rate a person gave for a day: how many units of `to` one unit of `from` buys.
///
/// Kept as the decimal the person wrote (`1.0842`), never as a `Double`; converting multiplies
/// minor units by its digits in 128 bits and rounds half to even once.
///
/// ```swift
/// let rate = try ExchangeRate(from: .eur, to: .usd, date: day, rate: "1.0842")
/// try rate.convert(Money(minorUnits: 100_000, currency: .eur))   // 1,084.20 USD
/// ```
public struct ExchangeRate: Hashable, Sendable, CustomStringConvertible {
    /// The currency converted from and the one converted to.
    public let from: Currency
    public let to: Currency
    /// The day the rate is for.
    public let date: LocalDate
    /// The rate's digits without the point (`10842`) and the places after it (`4`).
    public let digits: Int64
    public let scale: Int

    /// The most places after the point a rate may have.
    public static let maximumScale = 12

    /// Reads a rate written as a plain decimal (`1.0842`, `0.9223`, `155`).
    /// - Throws: `DomainValidationError` for the same currency twice, or a rate that is not a
    ///   decimal above zero with at most 12 places and 18 digits.
    public init(from: Currency, to: Currency, date: LocalDate, rate text: String) throws(DomainValidationError) {
        guard from != to else {
            throw DomainValidationError(field: "to_currency", value: to.code, rule: "must differ from \(from.code)")
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        let allDigits = whole + fraction
        guard !allDigits.isEmpty, allDigits.allSatisfy({ $0.isASCII && $0.isNumber }), !whole.isEmpty,
            parts.count == 1 || !fraction.isEmpty, fraction.count <= ExchangeRate.maximumScale,
            allDigits.drop(while: { $0 == "0" }).count <= 18, let value = Int64(allDigits), value > 0
        else {
            throw DomainValidationError(
                field: "rate", value: text, rule: "must be a decimal above 0 with at most 12 places (1.0842)")
        }
        self.from = from
        self.to = to
        self.date = date
        digits = value
        scale = fraction.count
    }

    /// The rate as a decimal without trailing zeros past the point (`1.0842`).
    public var text: String {
        var string = String(digits)
        if scale > 0 {
            if string.count <= scale { string = String(repeating: "0", count: scale - string.count + 1) + string }
            string.insert(".", at: string.index(string.endIndex, offsetBy: -scale))
            while string.hasSuffix("0") { string.removeLast() }
            if string.hasSuffix(".") { string.removeLast() }
        }
        return string
    }

    /// `1 EUR = 1.0842 USD on 2026-10-31`.
    public var description: String { "1 \(from.code) = \(text) \(to.code) on \(date)" }

    /// An amount in `from` converted to `to`, rounded half to even to `to`'s minor unit.
    /// - Throws: `AmountOverflowError` when the result does not fit in 64-bit minor units.
    public func convert(_ money: Money) throws(AmountOverflowError) -> Money {
        // minor(to) = minor(from) × digits × 10^exp(to) / (10^scale × 10^exp(from)), in 128
        // bits with the products checked: an 18-digit rate on an amount near 2^63 into a
        // three-decimal currency passes 2^127, and is refused rather than trapped.
        let (partial, first) = Int128(money.minorUnits).multipliedReportingOverflow(by: Int128(digits))
        let (numerator, second) = partial.multipliedReportingOverflow(by: Int128(to.minorUnitsPerMajor))
        guard !first, !second else { throw AmountOverflowError("\(money) at \(self)") }
        var denominator = Int128(from.minorUnitsPerMajor)
        for _ in 0..<scale { denominator *= 10 }
        let rounded = CheckedAmount.divided(numerator, by: denominator, rounding: .halfEven)
        return Money(
            minorUnits: try CheckedAmount.narrow(rounded, "\(money) at \(self)"), currency: to)
    }

    /// An amount in `to` converted back to `from` by dividing by the rate, rounded half to even
    /// to `from`'s minor unit.
    /// - Throws: `AmountOverflowError` when the result does not fit in 64-bit minor units.
    public func convertBack(_ money: Money) throws(AmountOverflowError) -> Money {
        // minor(from) = minor(to) × 10^scale × 10^exp(from) / (digits × 10^exp(to)), in 128
        // bits with each product checked (at most 2^63 × 10^12 × 10^3).
        var numerator = Int128(money.minorUnits) * Int128(from.minorUnitsPerMajor)
        for _ in 0..<scale {
            let (product, overflow) = numerator.multipliedReportingOverflow(by: 10)
            guard !overflow else { throw AmountOverflowError("\(money) at \(self)") }
            numerator = product
        }
        let denominator = Int128(digits) * Int128(to.minorUnitsPerMajor)
        let rounded = CheckedAmount.divided(numerator, by: denominator, rounding: .halfEven)
        return Money(minorUnits: try CheckedAmount.narrow(rounded, "\(money) at \(self)"), currency: from)
    }
}
