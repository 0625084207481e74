public import GoalKit
public import GoalKitStorage

extension GoalKitSession {
    /// Adds a user with an unusable password (people sign in through an app, not the CLI).
    /// - Throws: `ServiceError` `.data` for a bad or taken name.
    public static func addUser(
        store: any DataStore, username: String, email: String?, homeCurrency code: String? = nil
    ) throws(ServiceError) -> User {
        let user = User(username: username, email: email)
        return try service {
            try user.validate()
            let currency = try code.map { code throws(DomainValidationError) in try Currency(code: code) }
            return try store.addUser(user, homeCurrency: currency)
        }
    }

    /// Every user of the database.
    /// - Throws: `ServiceError`.
    public static func users(store: any DataStore) throws(ServiceError) -> [User] {
        try service { try store.users() }
    }
}
