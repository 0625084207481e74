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
}
