/// One of the schema's choice lists: a closed set of string values stored as text.
public protocol SchemaChoice: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// The column the choice is stored in, for error messages.
    static var field: String { get }
    /// The human label from the schema (`Emergency Fund`).
    var label: String { get }
}

extension SchemaChoice {
    /// Reads a stored or typed value.
    /// - Throws: `DomainValidationError` listing the allowed values.
    public static func parse(_ text: String) throws(DomainValidationError) -> Self {
        guard let value = Self(rawValue: text.lowercased()) else {
            throw DomainValidationError(
                field: field, value: text, rule: "must be one of " + allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }
}
