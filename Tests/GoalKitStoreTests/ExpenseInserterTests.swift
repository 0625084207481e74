import GRDB
import GoalKit
import GoalKitStorage
import GoalKitStore
import Testing

@Suite struct ExpenseInserterTests {
    func expense(_ day: Int, key: String) -> NewExpense {
        NewExpense(
            account: "a", date: LocalDate(iso: "2024-01-\(day < 10 ? "0" : "")\(day)")!,
            amount: Money(minorUnits: -Int64(100 * day), currency: .usd), name: "Shop", payeeRaw: "SHOP", memo: "",
            amountText: "-\(day).00", bankTransactionID: nil, transactionType: nil, dedupKey: key)
    }

    func indexes(_ store: GoalKitStore) throws -> [String] {
        try store.writer.read { db in
            try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'expenses' ORDER BY name")
        }
    }

    @Test func aLargeWriteIntoASmallTableDefersIndexesAndBuildsThemBack() throws {
        let f = try StoreFixture()
        let before = try indexes(f.store)
        var during: [String] = []
        let batch = try f.store.importBatch(userID: f.userID, fileName: "x", format: "csv", expectedLines: 50_000) {
            inserter in
            #expect((inserter as? ExpenseInserter)?.isBulk == true)
            during = try f.store.writer.unsafeReentrantRead { db in
                try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'expenses'")
            }
            #expect(try inserter.insert(expense(3, key: "k1")))
            #expect(try !inserter.insert(expense(3, key: "k1")))  // the unique key works throughout
            var counts = BatchCounts()
            counts.added = 1
            counts.duplicates = 1
            return counts
        }
        #expect(batch?.linesAdded == 1)
        #expect(during.contains("expenses_dedup"))
        #expect(!during.contains("expenses_user_date"))
        #expect(try indexes(f.store) == before)
    }

    @Test func aSmallWriteKeepsTheIndexes() throws {
        let f = try StoreFixture()
        _ = try f.store.importBatch(userID: f.userID, fileName: "x", format: "csv", expectedLines: 10) { inserter in
            #expect((inserter as? ExpenseInserter)?.isBulk == false)
            return BatchCounts()
        }
    }

    @Test func rewindForgetsTheLinesAndTheBudgetsTheyMade() throws {
        let f = try StoreFixture()
        _ = try f.store.importBatch(userID: f.userID, fileName: "x", format: "ofx-sgml") { inserter in
            var march = expense(3, key: "k1")
            march.date = LocalDate(iso: "2024-03-03")!
            #expect(try inserter.insert(march))
            try inserter.rewind()
            #expect(try inserter.insert(march))  // the same key is free again
            return BatchCounts()
        }
        let rows = try f.int("SELECT count(*) FROM expenses")
        #expect(rows == 1)
        #expect(try f.int("SELECT count(*) FROM budgets WHERE name = '2024-03'") == 1)
    }

    @Test func nothingIsKeptWhenTheBodyFindsNoStatement() throws {
        let f = try StoreFixture()
        let batch = try f.store.importBatch(userID: f.userID, fileName: "x", format: "csv") { inserter in
            _ = try inserter.insert(expense(3, key: "k1"))
            return nil
        }
        #expect(batch == nil)
        #expect(try f.int("SELECT count(*) FROM expenses") == 0)
        #expect(try f.int("SELECT count(*) FROM import_batches") == 0)
    }
}
