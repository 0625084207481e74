public import GoalKit
import PostgresNIO

/// A value bound to a statement's `$n` placeholder, typed as its column is.
public enum PostgresValue: Sendable, Equatable {
    /// `bigint`.
    case int(Int64)
    /// `text`.
    case text(String)
    /// `boolean`.
    case bool(Bool)
    /// `date`.
    case date(LocalDate)
    /// SQL NULL.
    case null

    /// Adds the value to a statement's bindings.
    func append(to bindings: inout PostgresBindings) {
        switch self {
        case .int(let value): bindings.append(value)
        case .text(let value): bindings.append(value)
        case .bool(let value): bindings.append(value)
        case .date(let value): bindings.append(value)
        case .null: bindings.appendNull()
        }
    }
}

extension PostgresValue: ExpressibleByIntegerLiteral, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral {
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
