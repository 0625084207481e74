/// A spending or income category, in a tree (`Food` > `Groceries`).
public struct Category: Hashable, Sendable {
    /// Row id; nil until stored.
    public var id: Int64?
    /// The owner, or nil for the taxonomy GoalKit ships.
    public var userID: Int64?
    /// The category's name, unique per owner.
    public var name: String
    /// The parent category, or nil at the top.
    public var parentID: Int64?
    /// Whether it holds spending, income or transfers.
    public var kind: CategoryKind

    /// Creates a category.
    public init(id: Int64? = nil, userID: Int64? = nil, name: String, parentID: Int64? = nil, kind: CategoryKind) {
        self.id = id
        self.userID = userID
        self.name = name
        self.parentID = parentID
        self.kind = kind
    }
}
