/// How many rows of one table hold amounts in one currency (what changing the home currency
/// would misread).
public struct StoredMoneyCount: Sendable, Equatable {
    /// The table: `goals`, `budgets`, `expenses` or `categorization_rules` (amount bounds).
    public let table: String
    /// The ISO 4217 code the amounts are in.
    public let currency: String
    /// The number of rows.
    public let count: Int

    /// Creates a count.
    public init(table: String, currency: String, count: Int) {
        self.table = table
        self.currency = currency
        self.count = count
    }
}
