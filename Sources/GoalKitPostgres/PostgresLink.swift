import Foundation
public import PostgresNIO

/// One connection to a PostgreSQL server, used synchronously: each call blocks its thread until
/// the server answers (postgres-nio's futures, waited for off the event loop). Calls from
/// several threads take turns; a transaction holds the connection until it ends.
///
/// Never call it from a SwiftNIO event loop thread (waiting there would deadlock).
public final class PostgresLink: @unchecked Sendable {
    private let connection: PostgresConnection
    // Guards `connection`: postgres-nio's connection runs one query at a time per caller chain.
    private let lock = NSRecursiveLock()
    private let logger: Logger
    /// Where the link goes (without its password).
    public let location: PostgresLocation

    private init(connection: PostgresConnection, location: PostgresLocation, logger: Logger) {
        self.connection = connection
        self.location = location
        self.logger = logger
    }

    deinit { try? connection.close().wait() }

    /// Connects and logs in.
    /// - Throws: `PostgresLinkError` naming the server and the reason.
    public static func connect(_ location: PostgresLocation) throws(PostgresLinkError) -> PostgresLink {
        var logger = Logger(label: "goalkit.postgres")
        logger.logLevel = .critical
        do {
            let configuration = try PostgresLink.configuration(location)
            let loop = PostgresConnection.defaultEventLoopGroup.next()
            let connection = try PostgresConnection.connect(
                on: loop, configuration: configuration, id: 1, logger: logger
            ).wait()
            return PostgresLink(connection: connection, location: location, logger: logger)
        } catch {
            let reason = PostgresLinkError(error, statement: nil)
            throw PostgresLinkError(
                sqlState: reason.sqlState, message: "\(location): cannot connect: \(reason.message)", statement: nil)
        }
    }

    /// Runs one statement (no results wanted).
    /// - Returns: the rows it inserted, updated or deleted (0 for others).
    /// - Throws: `PostgresLinkError`.
    @discardableResult
    public func execute(_ sql: String, _ values: [PostgresValue] = []) throws(PostgresLinkError) -> Int {
        try run(sql, values).metadata.rows ?? 0
    }

    /// Runs one query and returns its rows.
    /// - Throws: `PostgresLinkError`.
    public func rows(_ sql: String, _ values: [PostgresValue] = []) throws(PostgresLinkError)
        -> [PostgresRandomAccessRow]
    {
        try run(sql, values).rows.map { $0.makeRandomAccess() }
    }

    /// Runs a body inside `BEGIN` … `COMMIT`, rolling back when it throws.
    /// - Parameter begin: the statement that opens it (`BEGIN ISOLATION LEVEL …` for another level).
    /// - Throws: what the body threw, or `PostgresLinkError` from `BEGIN`/`COMMIT`.
    public func transaction<T>(begin: String = "BEGIN", _ body: () throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        try execute(begin)
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    /// Takes a transaction-level advisory lock (released at the transaction's end): callers
    /// that take the same key run one after the other.
    /// - Throws: `PostgresLinkError`.
    public func advisoryLock(_ key: Int64) throws(PostgresLinkError) {
        try execute("SELECT pg_advisory_xact_lock($1)", [.int(key)])
    }

    private func run(_ sql: String, _ values: [PostgresValue]) throws(PostgresLinkError) -> PostgresQueryResult {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values { value.append(to: &bindings) }
        lock.lock()
        defer { lock.unlock() }
        do {
            return try connection.query(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger).wait()
        } catch {
            throw PostgresLinkError(error, statement: sql)
        }
    }

    /// postgres-nio's configuration for a location: TCP or a socket, TLS by `sslmode`.
    private static func configuration(_ location: PostgresLocation) throws -> PostgresConnection.Configuration {
        if location.isSocket {
            return PostgresConnection.Configuration(
                unixSocketPath: location.socketPath, username: location.username, password: location.password,
                database: location.database)
        }
        var tls = TLSConfiguration.makeClientConfiguration()
        switch location.sslMode {
        case .disable, .prefer, .require: tls.certificateVerification = .none
        case .verifyCA: tls.certificateVerification = .noHostnameVerification
        case .verifyFull: tls.certificateVerification = .fullVerification
        }
        let mode: PostgresConnection.Configuration.TLS =
            switch location.sslMode {
            case .disable: .disable
            case .prefer: .prefer(try NIOSSLContext(configuration: tls))
            case .require, .verifyCA, .verifyFull: .require(try NIOSSLContext(configuration: tls))
            }
        return PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.username, password: location.password,
            database: location.database, tls: mode)
    }
}
