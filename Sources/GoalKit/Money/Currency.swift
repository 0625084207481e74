import Foundation

/// An ISO 4217 currency: its three-letter code and the number of decimals of its minor unit.
///
/// The exponent decides how amounts are stored: `Money` keeps integer minor units, so
/// `12.50 USD` is `1250`, `1250 JPY` is `1250` and `1.250 BHD` is `1250`.
///
/// ```swift
/// let usd = try Currency(code: "usd")   // USD, exponent 2
/// Currency.known["JPY"]?.exponent          // 0
/// ```
public struct Currency: Hashable, Sendable, CustomStringConvertible {
    /// The upper-case ISO 4217 code, such as `USD`.
    public let code: String
    /// Decimals of the minor unit: 2 for USD, 0 for JPY, 3 for BHD, 4 for CLF.
    public let exponent: Int

    /// Creates a currency from a code GoalKit knows, in any letter case.
    /// - Throws: `DomainValidationError` when the code is not a known ISO 4217 code.
    public init(code: String) throws(DomainValidationError) {
        let upper = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard let exponent = Currency.exponents[upper] else {
            throw DomainValidationError(
                field: "currency", value: code, rule: "must be an ISO 4217 code such as USD, EUR or JPY")
        }
        self.code = upper
        self.exponent = exponent
    }

    private init(known code: String, exponent: Int) {
        self.code = code
        self.exponent = exponent
    }

    public var description: String { code }

    /// Ten to the power of the exponent: minor units in one major unit.
    public var minorUnitsPerMajor: Int64 {
        var value: Int64 = 1
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// US dollar.
    public static let usd = Currency(known: "USD", exponent: 2)
    /// Euro.
    public static let eur = Currency(known: "EUR", exponent: 2)
    /// "No currency" (ISO 4217 `XXX`); given two decimals so amounts without a currency still read exactly.
    public static let xxx = Currency(known: "XXX", exponent: 2)

    /// Every currency GoalKit knows, by code.
    public static let known: [String: Currency] = {
        var result: [String: Currency] = [:]
        for (code, exponent) in exponents { result[code] = Currency(known: code, exponent: exponent) }
        return result
    }()

    /// ISO 4217 minor-unit exponents of the most used currencies (and a few with 0, 3 or 4 decimals).
    static let exponents: [String: Int] = [
        "USD": 2, "EUR": 2, "JPY": 0, "GBP": 2, "AUD": 2, "CAD": 2, "CHF": 2, "CNY": 2,
        "HKD": 2, "NZD": 2, "SEK": 2, "KRW": 0, "SGD": 2, "NOK": 2, "MXN": 2, "INR": 2,
        "RUB": 2, "ZAR": 2, "TRY": 2, "BRL": 2, "TWD": 2, "DKK": 2, "PLN": 2, "THB": 2,
        "IDR": 2, "HUF": 2, "CZK": 2, "ILS": 2, "CLP": 0, "PHP": 2, "AED": 2, "COP": 2,
        "SAR": 2, "MYR": 2, "RON": 2, "BGN": 2, "UAH": 2, "EGP": 2, "NGN": 2, "KES": 2,
        "PKR": 2, "BDT": 2, "ARS": 2, "PEN": 2, "MAD": 2, "QAR": 2, "VND": 0, "ISK": 0,
        "UGX": 0, "PYG": 0, "XOF": 0, "XAF": 0, "BHD": 3, "KWD": 3, "OMR": 3, "JOD": 3,
        "TND": 3, "LYD": 3, "IQD": 3, "CLF": 4, "UYU": 2, "RSD": 2, "GEL": 2, "KZT": 2,
        "LKR": 2, "XXX": 2,
    ]
}
