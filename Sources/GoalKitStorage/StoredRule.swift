public import GoalKit

/// A stored rule with the names a listing shows.
public struct StoredRule: Sendable {
    /// The rule's id.
    public var id: Int64
    /// Its position (lowest first).
    public var position: Int
    /// The regular expression.
    public var pattern: String
    /// The category's id and name.
    public var categoryID: Int64
    public var categoryName: String
    /// Amount bounds (magnitude) and account.
    public var minimum: Money?
    public var maximum: Money?
    public var account: String?

    /// Creates the value from its fields.
    public init(
        id: Int64, position: Int, pattern: String, categoryID: Int64, categoryName: String, minimum: Money? = nil,
        maximum: Money? = nil, account: String? = nil
    ) {
        self.id = id
        self.position = position
        self.pattern = pattern
        self.categoryID = categoryID
        self.categoryName = categoryName
        self.minimum = minimum
        self.maximum = maximum
        self.account = account
    }
}
