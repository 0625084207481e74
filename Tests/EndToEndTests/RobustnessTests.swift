import Foundation
import GRDB
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// Crash safety and concurrent use, with real processes.
@Suite(.serialized) struct RobustnessTests {
    static func ofx(from first: Int, through last: Int, account: String = "777") -> String {
        var text =
            OFXFixture.header
            + "<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>USD"
        text += "<BANKACCTFROM><BANKID>1<ACCTID>\(account)<ACCTTYPE>CHECKING</BANKACCTFROM><BANKTRANLIST>\n"
        text.reserveCapacity((last - first + 1) * 110)
        for i in first...last {
            let day = 1 + i % 28
            let month = 1 + (i / 28) % 12
            text +=
                "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2024\(month < 10 ? "0" : "")\(month)\(day < 10 ? "0" : "")\(day)<TRNAMT>-\(i % 500 + 1).25<FITID>T\(i)<NAME>SHOP \(i % 97)</STMTTRN>\n"
        }
        return text + "</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n"
    }

    static func count(_ db: String, _ sql: String = "SELECT count(*) FROM expenses") throws -> Int {
        let store = try GoalKitStore(path: db)
        return try store.writer.read { try Int.fetchOne($0, sql: sql) ?? -1 }
    }

    static func integrity(_ db: String) throws -> String {
        let store = try GoalKitStore(path: db)
        return try store.writer.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") ?? "" }
    }

    func start(_ arguments: [String], database: String) throws -> Process {
        let process = Process()
        process.executableURL = GoalKitProcess.executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["GOALKIT_DB"] = database
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Starts a command that stops at a point (`GOALKIT_TEST_PAUSE`, read by debug builds only)
    /// and waits until it is there: the kill comes at a known place, not after a guessed delay.
    func startPaused(_ arguments: [String], database: String, at point: String, in dir: TemporaryDirectory) throws
        -> Process
    {
        let marker = dir.file("paused-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = GoalKitProcess.executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["GOALKIT_DB"] = database
        env["GOALKIT_TEST_PAUSE"] = "\(point):\(marker)"
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Bounded by the process itself: it either reaches the point or ends.
        while process.isRunning && !FileManager.default.fileExists(atPath: marker) { usleep(1_000) }
        #expect(FileManager.default.fileExists(atPath: marker), "\(arguments) ended before \(point)")
        return process
    }

    func killed(_ process: Process) {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    @Test(arguments: ["import.rows=20000", "import.before-commit"])
    func killingAnImportLeavesNothingOfItAndItImportsWholeAfterwards(point: String) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("db.sqlite")
        #expect(try GoalKitProcess.run(["init"], database: db).status == 0)
        let file = dir.write("big.ofx", Self.ofx(from: 1, through: 60_000))
        killed(try startPaused(["import", file], database: db, at: point, in: dir))
        #expect(try Self.integrity(db) == "ok")
        #expect(try Self.count(db) == 0)
        #expect(try Self.count(db, "SELECT count(*) FROM import_batches") == 0)
        let again = try GoalKitProcess.run(["import", file], database: db)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.count(db) == 60_000)
    }

    /// A kill right after the commit keeps the whole import, its transfer pairs and the goal
    /// contributions they make (they were recorded after the commit before).
    @Test func killingAnImportAfterItsCommitKeepsItsContributions() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("db.sqlite")
        #expect(try GoalKitProcess.run(["init"], database: db).status == 0)
        let goal = try GoalKitProcess.run(
            ["goal", "add", "--name", "Fund", "--target", "5000", "--category", "emergency", "--start", "2024-01-01"],
            database: db)
        #expect(goal.status == 0, "\(goal.stderr)")
        #expect(try GoalKitProcess.run(["goal", "update", "1", "--account", "sav"], database: db).status == 0)
        let checking = "Date,Payee,Amount\n2024-03-01,TRANSFER TO SAVINGS,-200.00\n2024-03-02,Coffee,-3.50\n"
        #expect(
            try GoalKitProcess.run(["import", dir.write("chk.csv", checking), "--account", "chk"], database: db)
                .status == 0)
        let savings = dir.write("sav.csv", "Date,Payee,Amount\n2024-03-01,TRANSFER FROM CHECKING,200.00\n")
        killed(
            try startPaused(
                ["import", savings, "--account", "sav"], database: db, at: "import.after-commit", in: dir))
        #expect(try Self.integrity(db) == "ok")
        #expect(try Self.count(db) == 3)
        #expect(try Self.count(db, "SELECT count(*) FROM goal_contributions WHERE source = 'savings'") == 1)
        #expect(try Self.count(db, "SELECT count(*) FROM expenses WHERE transfer_expense_id IS NOT NULL") == 2)
    }

    @Test func killingRecommendLeavesAConsistentDatabase() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("db.sqlite")
        var csv = "Date,Description,Amount\n"
        for month in 1...6 {
            csv +=
                "2024-0\(month)-01,ACME PAYROLL,3000.00\n2024-0\(month)-05,NETFLIX.COM,-15.99\n2024-0\(month)-08,SPOTIFY,-9.99\n"
            for day in [3, 9, 17, 24] {
                csv += "2024-0\(month)-\(day < 10 ? "0" : "")\(day),CHIPOTLE,-\(month * 5 + day).00\n"
            }
        }
        #expect(try GoalKitProcess.run(["import", dir.write("a.csv", csv)], database: db).status == 0)
        #expect(
            try GoalKitProcess.run(
                [
                    "goal", "add", "--name", "Car", "--target", "9000", "--category", "vehicle", "--by", "2025-12-31",
                    "--start", "2024-01-01",
                ], database: db
            ).status == 0)
        for point in ["recommend.before-commit", "categorize.before-commit"] {
            let command = point.hasPrefix("recommend") ? ["recommend", "--as-of", "2024-07-01"] : ["categorize"]
            killed(try startPaused(command, database: db, at: point, in: dir))
            #expect(try Self.integrity(db) == "ok")
            #expect(try Self.count(db, "SELECT count(*) FROM recommendations") == 0)
        }
        let clean = try GoalKitProcess.run(["recommend", "--as-of", "2024-07-01", "--format", "json"], database: db)
        #expect(clean.status == 0)
        let open = try Self.count(db, "SELECT count(*) FROM recommendations WHERE status = 'open' AND rank IS NOT NULL")
        #expect(open > 0)
        #expect(
            try Self.count(
                db,
                "SELECT count(*) FROM (SELECT subject_key FROM recommendations GROUP BY goal_id, subject_key HAVING count(*) > 1)"
            ) == 0)
    }

    @Test func twoImportsAtOnceEqualOneAfterTheOther() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("db.sqlite")
        #expect(try GoalKitProcess.run(["init"], database: db).status == 0)
        let a = dir.write("a.ofx", Self.ofx(from: 1, through: 6_000))
        let b = dir.write("b.ofx", Self.ofx(from: 4_001, through: 10_000))
        let first = try start(["import", a], database: db)
        let second = try start(["import", b], database: db)
        // A listing while they write sees whole files only: 0, 6,000, 6,000, or 10,000 lines.
        var seen: Set<Int> = []
        while first.isRunning || second.isRunning {
            let listed = try GoalKitProcess.run(["expenses", "list", "--format", "csv"], database: db)
            seen.insert(listed.stdout.split(separator: "\r\n").count - 1)
        }
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.terminationStatus == 0)
        #expect(try Self.count(db) == 10_000)
        #expect(try Self.count(db, "SELECT count(DISTINCT dedup_key) FROM expenses") == 10_000)
        #expect(seen.isSubset(of: [0, 6_000, 10_000]), "\(seen)")
    }
}
