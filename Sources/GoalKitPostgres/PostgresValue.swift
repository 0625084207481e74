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
    /// An `int8[]`, for `= ANY($n)`.
    case ints([Int64])
    /// SQL NULL.
    case null

    /// Adds the value to a statement's bindings.
    func append(to bindings: inout PostgresBindings) {
        switch self {
        case .int(let value): bindings.append(value)
        case .text(let value): bindings.append(value)
        case .bool(let value): bindings.append(value)
        case .date(let value): bindings.append(value)
        case .ints(let value): bindings.append(value)
        case .null: bindings.appendNull()
        }
    }
}

extension PostgresValue: ExpressibleByIntegerLiteral, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral {
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension PostgresValue {
    /// A text, or NULL for nil.
    public init(_ value: String?) { self = value.map { .text($0) } ?? .null }
    /// An integer, or NULL for nil.
    public init(_ value: Int64?) { self = value.map { .int($0) } ?? .null }
    /// A day, or NULL for nil.
    public init(_ value: LocalDate?) { self = value.map { .date($0) } ?? .null }
    /// An amount's minor units, or NULL for nil.
    public init(_ value: Money?) { self = value.map { .int($0.minorUnits) } ?? .null }
}
