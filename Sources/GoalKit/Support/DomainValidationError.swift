/// A value that breaks one of the schema's rules, naming the field and the rule.
///
/// ```swift
/// DomainValidationError(field: "target_amount", value: "0.00", rule: "must be greater than 0")
/// // "target_amount '0.00' must be greater than 0"
/// ```
public struct DomainValidationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The schema's column name (`target_amount`), or the option it comes from.
    public let field: String
    /// The value as given, when there is one to show.
    public let value: String?
    /// The rule it breaks, in plain words.
    public let rule: String

    /// Creates the error.
    public init(field: String, value: String? = nil, rule: String) {
        self.field = field
        self.value = value
        self.rule = rule
    }

    public var description: String {
        if let value { "\(field) '\(value)' \(rule)" } else { "\(field) \(rule)" }
    }
}
