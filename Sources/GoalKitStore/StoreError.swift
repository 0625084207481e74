/// Why the store refused an operation; the command line maps `kind` to an exit code.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// The sort of failure.
    public enum Kind: Sendable, Equatable {
        /// A row that breaks a rule of the schema (CHECK, NOT NULL, UNIQUE, FOREIGN KEY).
        case constraint
        /// A row that was asked for by id and is not there (or belongs to someone else).
        case notFound
        /// The database file could not be opened, read or written.
        case io
    }

    /// The sort of failure.
    public let kind: Kind
    /// What happened, in plain words.
    public let message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    static func notFound(_ what: String, _ id: Int64) -> StoreError {
        StoreError(.notFound, "\(what) \(id) does not exist")
    }
}
