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
        #expect(rows[0]["category"] as? String == "Coffee Shops")
        #expect(rows[0]["batch"] as? Int == 1)
        #expect(rows[2]["currency"] as? String == "EUR")
        #expect(try gk("expenses", "list", "--month", "2024-02", "--format", "csv").stdout.contains("Streamly"))

        let again = try gk("import", "--format", "json", ofx)
        #expect(again.stdout.contains("\"added\": 0"))
        #expect(again.stdout.contains("\"duplicates\": 2"))

        #expect(try gk("imports", "list").stdout.contains("jan.ofx"))
        // The second import holds the same lines: undoing the first passes them to it.
        let undone = try gk("imports", "undo", "1")
        #expect(undone.stdout.contains("removed 0 line(s)"))
        #expect(undone.stdout.contains("kept 2 line(s) that import 3 also holds"))
        #expect(try gk("expenses", "list", "--format", "csv").stdout.split(separator: "\r\n").count == 4)
        #expect(try gk("imports", "undo", "3").stdout.contains("removed 2 line(s)"))
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

/// CSV with no flags, then a card export that needs a profile.
@Suite struct CSVCommandsTests {
    @Test func importsCSVAndUsesAProfile() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let db = dir.file("goalkit.sqlite")
        func gk(_ args: String...) throws -> GoalKitProcess.Result { try GoalKitProcess.run(args, database: db) }
        let bank = dir.write(
            "bank.csv", "Buchungstag;Text;Soll;Haben\n05.03.2024;Miete;900,00;0,00\n06.03.2024;Gehalt;0,00;2.500,00\n")
        let card = dir.write("card.csv", "\"Merchant Name\",\"Date\",\"Amount\"\n\"Mobil\",\"01/10/2019\",\"36.33\"\n")
        let first = try gk("import", "--currency", "EUR", bank)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("2 added"))
        let asked = try gk("inspect", card)
        #expect(asked.stdout.contains("question:"))
        #expect(try gk("profile", "add", "pc", "--invert", "--account", "Mastercard").status == 0)
        #expect(try gk("profile", "list").stdout.contains("\"invert\":true"))
        let second = try gk("import", "--profile", "pc", card)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("account Mastercard: 1 added"))
        let listed = try gk("expenses", "list", "--account", "Mastercard", "--format", "csv")
        #expect(listed.stdout.contains("2019-01-10,-36.33,"))
        let missing = try gk("import", "--profile", "nope", card)
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("profile 'nope' does not exist"))
    }
}
