import Foundation
import GoalKitTestSupport
import Testing

/// `inspect`, `import`, `expenses list`, `imports list|undo` as a person runs them.
@Suite struct ImportCommandsTests {
    typealias F = OFXFixture

    @Test func inspectImportListReimportUndo() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("goalkit.sqlite")
        func gk(_ args: String...) throws -> GoalKitProcess.Result { try GoalKitProcess.run(args, database: db) }
        let ofx = dir.write(
            "jan.ofx",
            F.simple([
                F.transaction("20240105", "-12.50", "SQ *BLUE BOTTLE #123", fitID: "J1"),
                F.transaction("20240110", "2500.00", "ACME PAYROLL", fitID: "J2"),
            ]))
        let camt = dir.write(
            "feb.xml",
            F.camt([
                F.camtStatement([F.camtEntry("9.99", "DBIT", booked: "2024-02-02", party: "Streamly", reference: "S1")])
            ]))

        let inspected = try gk("inspect", "--format", "json", ofx)
        #expect(inspected.status == 0, "\(inspected.stderr)")
        #expect(inspected.stdout.contains("\"amount\": \"-12.50\""))
        #expect(!FileManager.default.fileExists(atPath: db))

        let imported = try gk("import", ofx, camt)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("account 1234: 2 added, 0 already imported"))
        #expect(imported.stdout.contains("account DE89370400440532013000: 1 added"))

        let listed = try gk("expenses", "list", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows[0]["payee"] as? String == "SQ *BLUE BOTTLE #123")
        #expect(rows[0]["payee_normalized"] as? String == "Blue Bottle")
        #expect(rows[0]["amount"] as? String == "-12.50")
        #expect(rows[0]["currency"] as? String == "USD")
        #expect(rows[0]["category"] is NSNull)
        #expect(rows[0]["batch"] as? Int == 1)
        #expect(rows[2]["currency"] as? String == "EUR")
        #expect(try gk("expenses", "list", "--month", "2024-02", "--format", "csv").stdout.contains("Streamly"))

        let again = try gk("import", "--format", "json", ofx)
        #expect(again.stdout.contains("\"added\": 0"))
        #expect(again.stdout.contains("\"duplicates\": 2"))

        #expect(try gk("imports", "list").stdout.contains("jan.ofx"))
        let undone = try gk("imports", "undo", "1")
        #expect(undone.stdout.contains("removed 2 line(s)"))
        #expect(try gk("expenses", "list", "--format", "csv").stdout.split(separator: "\r\n").count == 2)
    }

    @Test func aRejectedFileSaysWhereAndWritesNothing() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("goalkit.sqlite")
        let bad = dir.write(
            "bad.ofx", F.simple([F.transaction("20240105", "-1.00", "A"), F.transaction("2024013", "-2.00", "B")]))
        let result = try GoalKitProcess.run(["import", bad], database: db)
        #expect(result.status == 65)
        #expect(result.stderr.contains("bad.ofx:"))
        #expect(result.stderr.contains(": error: invalid DTPOSTED '2024013'"))
        let listed = try GoalKitProcess.run(["expenses", "list", "--format", "json"], database: db)
        #expect(listed.stdout == "[]\n")
        let skipped = try GoalKitProcess.run(["import", "--skip-invalid", bad], database: db)
        #expect(skipped.status == 0)
        #expect(skipped.stdout.contains("1 invalid line(s) skipped"))
        let inspect = try GoalKitProcess.run(["inspect", dir.write("x.txt", "hello")], database: db)
        #expect(inspect.status == 65)
        #expect(inspect.stderr.contains("x.txt: error: not a bank statement GoalKit can read"))
        let missing = try GoalKitProcess.run(["import", dir.file("none.ofx")], database: db)
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("none.ofx: error: cannot open"))
    }
}
