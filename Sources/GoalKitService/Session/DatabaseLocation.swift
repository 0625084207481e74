import Foundation

/// Where a `--db` value points: a SQLite file or a PostgreSQL URL.
///
/// A value that looks like a URL (`scheme://…`) is never taken for a file name, so a mistyped
/// URL does not create a database file named after it.
public enum DatabaseLocation: Sendable, Equatable {
    /// A SQLite database file.
    case file(String)
    /// A PostgreSQL server (`postgres://` or `postgresql://`).
    case postgres(String)

    /// Reads a `--db` value.
    /// - Throws: `ServiceError` `.usage` for a URL of any other scheme, or an empty value.
    public init(parsing value: String) throws(ServiceError) {
        guard !value.isEmpty else { throw ServiceError(.usage, "--db: the database path is empty") }
        guard let scheme = DatabaseLocation.scheme(of: value) else {
            self = .file(value)
            return
        }
        switch scheme.lowercased() {
        case "postgres", "postgresql": self = .postgres(value)
        default:
            throw ServiceError(
                .usage,
                "--db: '\(scheme)://' is not a database this build knows; give a SQLite file path or a postgres:// URL")
        }
    }

    /// The scheme of a `scheme://…` value (RFC 3986 letters, digits, `+`, `-`, `.`), else nil.
    static func scheme(of value: String) -> String? {
        guard let range = value.range(of: "://") else { return nil }
        let scheme = value[..<range.lowerBound]
        guard let first = scheme.first, first.isASCII, first.isLetter,
            scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return String(scheme)
    }
}
