public import GoalKitStorage
import PostgresNIO

/// A failure of a statement or of the connection: PostgreSQL's SQLSTATE and message, and the
/// statement that failed.
public struct PostgresLinkError: Error, Sendable, CustomStringConvertible {
    /// The server's five-character SQLSTATE (`23505` unique violation …); nil when the server
    /// never answered (the connection failed).
    public let sqlState: String?
    /// The server's message, or the connection's reason.
    public let message: String
    /// The statement, when one failed.
    public let statement: String?

    /// Creates an error.
    public init(sqlState: String?, message: String, statement: String?) {
        self.sqlState = sqlState
        self.message = message
        self.statement = statement
    }

    /// Reads postgres-nio's error (its description hides the server's message on purpose).
    init(_ error: any Error, statement: String?) {
        if let error = error as? PSQLError {
            let info = error.serverInfo
            let fallback = error.underlying.map { String(describing: $0) } ?? error.code.description
            let reason: String = info?[.message] ?? fallback
            let detail = info?[.detail].map { " (\($0))" } ?? ""
            self.init(sqlState: info?[.sqlState], message: reason + detail, statement: statement)
        } else {
            self.init(sqlState: nil, message: String(describing: error), statement: statement)
        }
    }

    /// Whether running the transaction again may succeed: a serialisation failure or a deadlock.
    public var isRetryable: Bool { sqlState == "40001" || sqlState == "40P01" }

    public var description: String {
        let code = sqlState.map { " [SQLSTATE \($0)]" } ?? ""
        let sql = statement.map { " in: \($0.prefix(200))" } ?? ""
        return "PostgreSQL: \(message)\(code)\(sql)"
    }

    /// The seam's error: constraint violations (class 23) are `.constraint`, lock conflicts and
    /// serialisation failures `.busy`, damaged data `.corrupt`, everything else `.io`; the
    /// message keeps the SQLSTATE and the statement.
    public var storeError: StoreError {
        let kind: StoreError.Kind =
            switch sqlState {
            case let code? where code.hasPrefix("23"): .constraint
            case "40001", "40P01", "55P03": .busy
            case "XX001", "XX002": .corrupt
            default: .io
            }
        return StoreError(kind, description)
    }
}
