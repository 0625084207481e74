public import GoalKit

/// Users.
///
/// Every call is one transaction; ids of another user are not found.
public protocol UserRepository {
    /// Adds a user.
    /// - Throws: `StoreError` (`.constraint` when the name is taken).
    func addUser(_ user: User, homeCurrency: Currency?) throws(StoreError) -> User

    /// The user with a name, or nil.
    /// - Throws: `StoreError`.
    func user(named name: String) throws(StoreError) -> User?

    /// The user with a name, created (with an unusable password) when missing.
    /// - Throws: `StoreError`.
    func ensureUser(named name: String) throws(StoreError) -> User

    /// Every user, by name.
    /// - Throws: `StoreError`.
    func users() throws(StoreError) -> [User]
}

extension UserRepository {
    /// Adds a user with no home currency of their own (the database's applies).
    /// - Returns: the stored user with its id.
    /// - Throws: `StoreError` `.constraint` when the name is taken.
    public func addUser(_ user: User) throws(StoreError) -> User { try addUser(user, homeCurrency: nil) }
}
