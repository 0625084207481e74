public import GoalKit
public import GoalKitStorage

/// The use cases of GoalKit for one user of one database: what the command line and an app
/// backend call. Each method is one use case and one transaction.
///
/// ```swift
/// let session = try GoalKitSession(databasePath: "goalkit.sqlite", username: "default")
/// let goal = try session.addGoal(NewGoal(name: "Japan trip", target: "3000", category: .vacation), today: today)
/// ```
public struct GoalKitSession: Sendable {
    /// The database.
    public let store: any DataStore
    /// The user the session acts for.
    public let user: User
    /// The user's home currency: amounts are in it when nothing else says, and reports list
    /// it first (the user's own setting, else the database's).
    public let homeCurrency: Currency

    /// The user's id.
    public var userID: Int64 { user.id! }

    /// Opens the database at a path (creating and migrating it) for a user.
    ///
    /// The user `default` is created on first use; any other name must have been added with
    /// `addUser` first, so a mistyped `--user` does not silently start an empty account.
    /// - Throws: `ServiceError` (`.io` for the database, `.data` for an unknown user).
    public init(databasePath: String, username: String) throws(ServiceError) {
        try self.init(store: GoalKitSession.openStore(.file(databasePath), for: .write), username: username)
    }

    /// Opens a session on an open store.
    /// - Throws: `ServiceError`.
    public init(store: any DataStore, username: String) throws(ServiceError) {
        self.store = store
        let found = try service { try store.user(named: username) }
        if let found {
            user = found
        } else if username == GoalKitSession.defaultUsername {
            user = try service { try store.ensureUser(named: username) }
        } else {
            throw ServiceError(.data, "user '\(username)' does not exist; add it with: goalkit user add \(username)")
        }
        let id = user.id ?? 0
        homeCurrency = try service { try store.homeCurrency(userID: id) }
    }

    /// The user every command acts for unless `--user` says otherwise.
    public static let defaultUsername = "default"

    /// Checks the database and sets its home currency (`goalkit init --currency`).
    ///
    /// The home currency may change while no amount is stored in it: goals, budgets and
    /// expenses in other currencies keep their own.
    /// - Throws: `ServiceError` `.io` when the file is damaged (`PRAGMA quick_check`), `.data`
    ///   when amounts are stored in the current home currency (the message counts what is
    ///   stored in which currency, per table).
    public static func initialize(store: any DataStore, currency code: String?) throws(ServiceError) -> Currency {
        try service { try store.quickCheck() }
        let current = try service { try store.homeCurrency() }
        guard let code else { return current }
        let currency = try service { try Currency(code: code) }
        if currency == current { return current }
        let stored = try service { try store.storedMoney() }
        if stored.contains(where: { $0.currency == current.code }) {
            let counts = stored.map { "\($0.table): \($0.count) in \($0.currency)" }.joined(separator: ", ")
            throw ServiceError(
                .data,
                "currency: the home currency is \(current.code) and amounts are stored in it (\(counts)); it cannot change to \(currency.code)"
            )
        }
        try service { try store.setHomeCurrency(currency) }
        return currency
    }

    /// Reads an amount typed by a person in a currency (`.` as decimal mark, `,` grouping).
    func amount(_ text: String, field: String, currency: Currency? = nil) throws(ServiceError) -> Money {
        do {
            return try Money(parsing: text, currency: currency ?? homeCurrency)
        } catch {
            throw ServiceError(.usage, "\(field): \(error.description)")
        }
    }
}
