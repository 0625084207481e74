public import Foundation
public import GoalKitStorage

/// Where a PostgreSQL database is and how to log in, read from a `postgres://` or
/// `postgresql://` URL as libpq reads it:
/// `postgresql://user:password@host:port/database?sslmode=require`, a socket folder as the host
/// (`postgresql://user@%2Fvar%2Frun%2Fpostgresql/db` or `?host=/var/run/postgresql`). What the
/// URL leaves out comes from `PGHOST`, `PGPORT`, `PGUSER`, `PGDATABASE`; the password from the
/// URL, else `PGPASSWORD`, else `~/.pgpass` (or `PGPASSFILE`), so it need not sit in a command
/// line where `ps` shows it.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    /// A host name or address, or a socket folder (starting with `/`).
    public var host: String
    /// The port (also names the socket file in a socket folder).
    public var port: Int
    /// The user to log in as.
    public var username: String
    /// The password, if any was given.
    public var password: String?
    /// The database.
    public var database: String
    /// Whether and how TLS is used.
    public var sslMode: PostgresSSLMode

    /// Whether the host is a socket folder.
    public var isSocket: Bool { host.hasPrefix("/") }

    /// The socket file in the socket folder, as libpq names it.
    public var socketPath: String { host + "/.s.PGSQL.\(port)" }

    /// Whether a `--db` value names a PostgreSQL database rather than a file.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a URL.
    /// - Parameters:
    ///   - environment: where `PG*` defaults come from (the process's, in use).
    ///   - home: the folder holding `.pgpass`.
    /// - Throws: `StoreError` `.io` naming what does not read (the password never shown).
    public init(
        url text: String, environment: [String: String] = ProcessInfo.processInfo.environment,
        home: String = NSHomeDirectory()
    ) throws(StoreError) {
        guard PostgresLocation.isURL(text), let url = URLComponents(string: text) else {
            throw StoreError(.io, "\(PostgresLocation.redacted(text)): not a postgres:// or postgresql:// URL")
        }
        let query = Dictionary(
            (url.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        let urlHost = url.percentEncodedHost.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 }
        host = query["host"] ?? urlHost ?? environment["PGHOST"] ?? "/var/run/postgresql"
        let portText = url.port.map(String.init) ?? query["port"] ?? environment["PGPORT"] ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw StoreError(.io, "\(PostgresLocation.redacted(text)): port '\(portText)' is not a port number")
        }
        self.port = port
        let user = url.user.flatMap { $0.isEmpty ? nil : $0 }
        username = query["user"] ?? user ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        database = query["dbname"] ?? (path.isEmpty ? nil : path) ?? environment["PGDATABASE"] ?? username
        let modeText = query["sslmode"] ?? environment["PGSSLMODE"] ?? "prefer"
        guard let mode = PostgresSSLMode(rawValue: modeText), modeText != "allow" else {
            let known = PostgresSSLMode.allCases.map(\.rawValue).joined(separator: ", ")
            throw StoreError(
                .io, "\(PostgresLocation.redacted(text)): sslmode '\(modeText)' is not one of \(known)")
        }
        sslMode = mode
        password =
            url.password ?? query["password"] ?? environment["PGPASSWORD"]
            ?? PostgresPassFile(path: environment["PGPASSFILE"] ?? home + "/.pgpass")?.password(
                host: host.hasPrefix("/") ? "localhost" : host, port: port, database: database, username: username)
    }

    /// The location as a URL without its password.
    public var description: String {
        let shownHost = isSocket ? "?host=" + host : host
        return isSocket
            ? "postgresql://\(username)@/\(database)\(shownHost)&port=\(port)"
            : "postgresql://\(username)@\(host):\(port)/\(database)?sslmode=\(sslMode.rawValue)"
    }

    /// A URL as typed, with any password replaced by `***`.
    public static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? "postgresql://***"
    }
}
