/// The result of parsing a written amount.
public struct ParsedMoney: Hashable, Sendable {
    /// The exact amount.
    public let money: Money
    /// Whether non-zero digits beyond the currency's exponent were rounded away (half to even).
    public let wasRounded: Bool

    /// Creates a result.
    public init(money: Money, wasRounded: Bool) {
        self.money = money
        self.wasRounded = wasRounded
    }
}

/// Why a written amount could not be read.
public struct MoneyParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text as given.
    public let text: String
    /// What is wrong with it.
    public let reason: String

    /// Creates an error.
    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }

    public var description: String { "invalid amount '\(text)': \(reason)" }
}
