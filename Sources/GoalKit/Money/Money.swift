/// An exact amount of money: integer minor units of one currency.
///
/// Money never passes through `Double`. Arithmetic refuses to mix currencies and to overflow.
///
/// ```swift
/// let a = try Money.parse("1,234.50", currency: .usd).money   // 123450 minor units
/// let b = try a.adding(Money(minorUnits: 50, currency: .usd))   // 1,235.00
/// b.decimalString                                                // "1235.00"
/// ```
public struct Money: Hashable, Sendable {
    /// The amount in minor units (cents for USD, yen for JPY, fils for BHD).
    public let minorUnits: Int64
    /// The currency the minor units belong to.
    public let currency: Currency

    /// Creates an amount from minor units.
    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Zero in a currency.
    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    /// Whether the amount is below zero.
    public var isNegative: Bool { minorUnits < 0 }
    /// Whether the amount is zero.
    public var isZero: Bool { minorUnits == 0 }
    /// Whether the amount is above zero.
    public var isPositive: Bool { minorUnits > 0 }

    /// The same amount with the opposite sign. `Int64.min` has no opposite in 64 bits and gives
    /// `Int64.max` instead of trapping; no stored amount (±9,999,999,999) nor any checked sum
    /// (`CheckedAmount` keeps within ±`Int64.max`) is `Int64.min`.
    public func negated() -> Money {
        Money(minorUnits: minorUnits == .min ? .max : -minorUnits, currency: currency)
    }

    /// The amount without its sign (`Int64.max` for `Int64.min`, see `negated()`).
    public var magnitude: Money { minorUnits < 0 ? negated() : self }

    /// The sum of two amounts of the same currency.
    /// - Throws: `MoneyError.currencyMismatch` or `MoneyError.overflow`.
    public func adding(_ other: Money) throws(MoneyError) -> Money {
        guard other.currency == currency else { throw .currencyMismatch(currency, other.currency) }
        let (sum, overflow) = minorUnits.addingReportingOverflow(other.minorUnits)
        if overflow { throw .overflow }
        return Money(minorUnits: sum, currency: currency)
    }

    /// The difference of two amounts of the same currency.
    /// - Throws: `MoneyError.currencyMismatch` or `MoneyError.overflow`.
    public func subtracting(_ other: Money) throws(MoneyError) -> Money {
        guard other.currency == currency else { throw .currencyMismatch(currency, other.currency) }
        let (difference, overflow) = minorUnits.subtractingReportingOverflow(other.minorUnits)
        if overflow { throw .overflow }
        return Money(minorUnits: difference, currency: currency)
    }

    /// The amount times a whole number.
    /// - Throws: `MoneyError.overflow`.
    public func multiplied(by factor: Int64) throws(MoneyError) -> Money {
        let (product, overflow) = minorUnits.multipliedReportingOverflow(by: factor)
        if overflow { throw .overflow }
        return Money(minorUnits: product, currency: currency)
    }

    /// Whether this amount is smaller than another of the same currency.
    /// - Throws: `MoneyError.currencyMismatch`.
    public func isLess(than other: Money) throws(MoneyError) -> Bool {
        guard other.currency == currency else { throw .currencyMismatch(currency, other.currency) }
        return minorUnits < other.minorUnits
    }

    /// Adds up amounts of one currency, starting from zero in `currency`.
    /// - Throws: `MoneyError.currencyMismatch` or `MoneyError.overflow`.
    public static func sum(_ amounts: some Sequence<Money>, currency: Currency) throws(MoneyError) -> Money {
        var total = Money.zero(currency)
        for amount in amounts { total = try total.adding(amount) }
        return total
    }
}

/// Why a money calculation was refused.
public enum MoneyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Two amounts of different currencies were combined.
    case currencyMismatch(Currency, Currency)
    /// The result does not fit in 64-bit minor units.
    case overflow

    public var description: String {
        switch self {
        case .currencyMismatch(let a, let b): "cannot combine \(a.code) with \(b.code)"
        case .overflow: "amount too large"
        }
    }
}
