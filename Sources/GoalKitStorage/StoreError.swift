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
        /// Another process held the database longer than the busy timeout.
        case busy
        /// The database file is damaged (`PRAGMA quick_check` or SQLite found it so).
        case corrupt
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

    /// A damaged file: what was found, and how to get the data back.
    package static func damaged(_ file: String, _ found: String) -> StoreError {
        StoreError(
            .corrupt,
            "\(file): the database file is damaged (\(found)); restore a backup, or save what can be read with: sqlite3 \(file) .recover"
        )
    }

    package static func notFound(_ what: String, _ id: Int64) -> StoreError {
        StoreError(.notFound, "\(what) \(id) does not exist")
    }
}
