/// A line an import has written, with what its content key is made of.
public struct WrittenLine: Sendable {
    /// The row id.
    public var id: Int64
    /// `YYYY-MM-DD`.
    public var date: String
    /// The amount in minor units.
    public var minorUnits: Int64
    /// The ISO currency code.
    public var currency: String
    /// The payee as written.
    public var payee: String
    /// The memo.
    public var memo: String

    /// Creates the value from its fields.
    public init(id: Int64, date: String, minorUnits: Int64, currency: String, payee: String, memo: String) {
        self.id = id
        self.date = date
        self.minorUnits = minorUnits
        self.currency = currency
        self.payee = payee
        self.memo = memo
    }
}
