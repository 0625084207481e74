import Foundation

/// The PostgreSQL server tests run against: the one `GOALKIT_TEST_POSTGRES` names (CI starts
/// one), else a throwaway cluster this test process starts in a temporary folder on a local
/// socket (stopped when the process exits), else none — and then the tests that need it are
/// skipped, saying why.
public enum PostgresTestServer {
    /// The server's URL (to its `postgres` database), or why there is none.
    public static let shared: Result<String, ServerUnavailable> = start()

    /// Why no server could be had.
    public struct ServerUnavailable: Error, CustomStringConvertible {
        /// The reason.
        public let description: String
    }

    /// Whether a server binary or a server URL is there: tests that need PostgreSQL run only
    /// then (and fail, not skip, when the server does not start).
    public static var isAvailable: Bool {
        ProcessInfo.processInfo.environment["GOALKIT_TEST_POSTGRES"] != nil || binFolder() != nil
    }

    /// A new, empty database on the server, for one test.
    /// - Returns: its URL.
    public static func freshDatabase() throws -> String {
        let base = try shared.get()
        let name = "goalkit_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let result = try psql(base, "CREATE DATABASE \(name)")
        guard result.status == 0 else { throw ServerUnavailable(description: "CREATE DATABASE: \(result.stderr)") }
        return replacingDatabase(in: base, with: name)
    }

    /// Runs one SQL command with `psql` against a URL.
    public static func psql(_ url: String, _ sql: String) throws -> GoalKitProcess.Result {
        let candidates = (binFolder().map { [$0 + "/psql"] } ?? []) + ["/usr/bin/psql"]
        let psql = candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/psql"
        return try GoalKitProcess.runProgram(
            URL(fileURLWithPath: psql), ["-X", "-q", "-v", "ON_ERROR_STOP=1", url, "-c", sql])
    }

    /// A URL with another database name.
    static func replacingDatabase(in url: String, with name: String) -> String {
        guard var parts = URLComponents(string: url) else { return url }
        parts.path = "/" + name
        return parts.string ?? url
    }

    /// The folder holding `initdb` and `pg_ctl`: on the PATH, or Debian's versioned folder.
    static func binFolder() -> String? {
        let fm = FileManager.default
        var folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let debian = "/usr/lib/postgresql"
        let versions = ((try? fm.contentsOfDirectory(atPath: debian)) ?? []).sorted {
            $0.compare($1, options: .numeric) == .orderedDescending
        }
        folders += versions.map { debian + "/" + $0 + "/bin" }
        return folders.first {
            fm.isExecutableFile(atPath: $0 + "/initdb") && fm.isExecutableFile(atPath: $0 + "/pg_ctl")
        }
    }

    private static func start() -> Result<String, ServerUnavailable> {
        if let url = ProcessInfo.processInfo.environment["GOALKIT_TEST_POSTGRES"] { return .success(url) }
        guard let bin = binFolder() else {
            return .failure(ServerUnavailable(description: "no PostgreSQL server binary (initdb, pg_ctl) is installed"))
        }
        do {
            return .success(try ThrowawayCluster.start(bin: bin))
        } catch {
            return .failure(ServerUnavailable(description: "the throwaway PostgreSQL did not start: \(error)"))
        }
    }
}
