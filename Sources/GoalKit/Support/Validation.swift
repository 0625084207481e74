/// Rules shared by several records, mirroring the store's CHECK constraints.
public enum Validation {
    /// The largest magnitude a `Decimal(10,2)` column holds, in minor units: 99,999,999.99.
    public static let maximumMinorUnits: Int64 = 9_999_999_999

    /// A name: not blank, at most 100 characters.
    /// - Throws: `DomainValidationError`.
    public static func name(_ name: String, field: String = "name") throws(DomainValidationError) {
        if name.allSatisfy(\.isWhitespace) {
            throw DomainValidationError(field: field, value: name, rule: "must not be empty")
        }
        if name.count > 100 {
            throw DomainValidationError(
                field: field, value: String(name.prefix(20)) + "…", rule: "must be at most 100 characters")
        }
    }

    /// An amount that fits the schema's `Decimal(10,2)`: within ±99,999,999.99 (in minor units).
    /// - Throws: `DomainValidationError`.
    public static func storable(_ money: Money, field: String) throws(DomainValidationError) {
        if money.minorUnits > maximumMinorUnits || money.minorUnits < -maximumMinorUnits {
            throw DomainValidationError(field: field, value: money.decimalString, rule: "must be within ±99,999,999.99")
        }
    }
}
