import Foundation
import GoalKitPostgres
import GoalKitStorage
import Testing

/// `postgres://` URLs read as libpq reads them; the password comes from the URL, PGPASSWORD
/// or `~/.pgpass`, and is never shown.
@Suite struct PostgresLocationTests {
    struct Case: Sendable, CustomStringConvertible {
        var url: String
        var environment: [String: String] = [:]
        var host: String
        var port: Int
        var user: String
        var password: String?
        var database: String
        var sslMode: PostgresSSLMode = .prefer
        var description: String { url }
    }

    static let cases: [Case] = [
        Case(
            url: "postgresql://ann:s3cret@db.example.com:6543/money?sslmode=require", host: "db.example.com",
            port: 6543, user: "ann", password: "s3cret", database: "money", sslMode: .require),
        Case(url: "postgres://ann@localhost/goalkit", host: "localhost", port: 5432, user: "ann", database: "goalkit"),
        Case(
            url: "postgresql://ann@%2Fvar%2Frun%2Fpostgresql/goalkit", host: "/var/run/postgresql", port: 5432,
            user: "ann", database: "goalkit"),
        Case(
            url: "postgresql:///goalkit?host=/tmp/pg&port=5499&user=bob", host: "/tmp/pg", port: 5499, user: "bob",
            database: "goalkit"),
        Case(
            url: "postgresql://",
            environment: [
                "PGHOST": "h", "PGPORT": "7000", "PGUSER": "u", "PGDATABASE": "d",
                "PGPASSWORD": "pw", "PGSSLMODE": "verify-full",
            ], host: "h", port: 7000, user: "u", password: "pw",
            database: "d", sslMode: .verifyFull),
        Case(
            url: "postgresql://ann:p%40ss@h/d?sslmode=disable", environment: ["PGPASSWORD": "other"], host: "h",
            port: 5432, user: "ann", password: "p@ss", database: "d", sslMode: .disable),
        Case(
            url: "postgresql://ann@h", environment: ["USER": "x"], host: "h", port: 5432, user: "ann", database: "ann"),
    ]

    @Test(arguments: cases)
    func aURLReadsAsLibpqReadsIt(_ c: Case) throws {
        let location = try PostgresLocation(url: c.url, environment: c.environment, home: "/nonexistent")
        #expect(location.host == c.host)
        #expect(location.port == c.port)
        #expect(location.username == c.user)
        #expect(location.password == c.password)
        #expect(location.database == c.database)
        #expect(location.sslMode == c.sslMode)
        if let password = c.password { #expect(!location.description.contains(password)) }
    }

    @Test(arguments: [
        ("postgresql://h:99999/d", "port"), ("postgresql://h/d?sslmode=sometimes", "sslmode 'sometimes'"),
        ("mysql://h/d", "not a postgres:// or postgresql:// URL"),
        ("postgresql://ann:hush@h/d?sslmode=allow", "sslmode"),
    ])
    func aBadURLIsRefusedNamingWhatAndNeverThePassword(url: String, reason: String) {
        do {
            _ = try PostgresLocation(url: url, environment: [:], home: "/nonexistent")
            Issue.record("\(url) was read")
        } catch {
            #expect(error.kind == .io)
            #expect(error.message.contains(reason), "\(error.message)")
            #expect(!error.message.contains("hush"))
        }
    }

    @Test func thePassFileAnswersWhenTheURLAndEnvironmentDoNot() throws {
        let home = NSTemporaryDirectory() + "goalkit-pgpass-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let file = home + "/.pgpass"
        let text = "# comment\nother:*:*:*:no\ndb.example.com:5432:money:ann:fr\\:om\\\\file\n*:*:*:*:fallback\n"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let url = "postgresql://ann@db.example.com/money"
        #expect(try PostgresLocation(url: url, environment: [:], home: home).password == "fr:om\\file")
        #expect(try PostgresLocation(url: "postgresql://x@y/z", environment: [:], home: home).password == "fallback")
        #expect(try PostgresLocation(url: url, environment: ["PGPASSWORD": "env"], home: home).password == "env")
        // Readable by others: ignored, as libpq does.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(try PostgresLocation(url: url, environment: [:], home: home).password == nil)
    }
}
