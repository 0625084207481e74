/// A person whose money GoalKit tracks; every goal, budget and expense belongs to one.
public struct User: Hashable, Sendable {
    /// Row id; nil until stored.
    public var id: Int64?
    /// The unique login-style name (`default` unless `--user` says otherwise).
    public var username: String
    /// An optional e-mail address.
    public var email: String?
    /// A password hash in an app's own format, or `User.unusablePassword` for users made by
    /// the command line. Never a plaintext password.
    public var password: String
    /// When the row was made (`YYYY-MM-DD HH:MM:SS.SSS`, UTC), set by the store.
    public var createdAt: String?

    /// The marker for "no password can log in" (Django's convention: a leading `!`).
    public static let unusablePassword = "!unusable"

    /// Creates a user with an unusable password.
    public init(
        id: Int64? = nil, username: String, email: String? = nil, password: String = User.unusablePassword,
        createdAt: String? = nil
    ) {
        self.id = id
        self.username = username
        self.email = email
        self.password = password
        self.createdAt = createdAt
    }

    /// Checks the schema's rules: a name of 1 to 150 characters without spaces, a plausible e-mail.
    /// - Throws: `DomainValidationError`.
    public func validate() throws(DomainValidationError) {
        if username.isEmpty || username.count > 150 || username.contains(where: \.isWhitespace) {
            throw DomainValidationError(
                field: "username", value: username, rule: "must be 1 to 150 characters without spaces")
        }
        if let email, !email.isEmpty, !(email.contains("@") && email.count <= 254) {
            throw DomainValidationError(field: "email", value: email, rule: "must be an e-mail address")
        }
    }
}
