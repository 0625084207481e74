/// The facts of a stored line that reading its file again is compared on.
public struct StoredLineFacts: Hashable, Sendable {
    public var account: String
    public var date: String
    public var minorUnits: Int64
    public var currency: String

    /// Creates the facts.
    public init(account: String, date: String, minorUnits: Int64, currency: String) {
        self.account = account
        self.date = date
        self.minorUnits = minorUnits
        self.currency = currency
    }
}
