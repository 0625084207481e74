import GRDB
public import GoalKit
public import GoalKitStorage

extension GoalKitStore {
    /// Runs one file's import in one transaction: a batch row, then the lines the body writes.
    ///
    /// When the body throws, nothing of the file stays; when it returns nil (the file held no
    /// statement) nothing is kept either and no batch is returned. With `dryRun` everything is
    /// done and then rolled back, so the counts are real and the database is unchanged.
    /// `expectedLines` (an estimate from the file's size) lets a large file into a small table
    /// go in the bulk way (see `ExpenseInserter`).
    /// - Returns: the batch with its counts (its id is meaningless after a dry run), or nil.
    /// - Throws: what the body throws, or `StoreError` for the database.
    /// - Parameters:
    ///   - options: what reading the file again needs (JSON), kept on the batch.
    ///   - replacing: a batch this one takes the place of: its lines go first, inside the same
    ///     transaction, and the categories the person set on them pass to the same lines read anew.
    public func importBatch(
        userID: Int64, fileName: String, format: String, dryRun: Bool = false, expectedLines: Int = 0,
        options: String? = nil, replacing: Int64? = nil, body: (any ImportSession) throws -> BatchCounts?
    ) throws -> ImportBatch? {
        func run(_ db: Database) throws -> ImportBatch? {
            let kept = try replacing.map { try Self.removeKeepingUserCategories(db, batchID: $0, userID: userID) }
            try db.execute(
                sql: "INSERT INTO import_batches(user_id, file_name, format, options) VALUES (?, ?, ?, ?)",
                arguments: [userID, fileName, format, options])
            let batchID = db.lastInsertedRowID
            let inserter = try ExpenseInserter(
                db: db, userID: userID, batchID: batchID, expectedLines: expectedLines)
            guard let counts = try body(inserter) else { return nil }
            try inserter.finish()
            if let kept { try Self.restore(kept, db, batchID: batchID, userID: userID) }
            try db.execute(
                sql: """
                    UPDATE import_batches SET format = ?, lines_added = ?, duplicates = ?, skipped = ?, warnings = ?
                    WHERE id = ?
                    """,
                arguments: [
                    counts.format ?? format, counts.added, counts.duplicates, counts.skipped, counts.warnings, batchID,
                ])
            return try Self.fetchBatch(db, id: batchID, userID: userID)
        }
        do {
            var result: ImportBatch?
            try writer.writeWithoutTransaction { db in
                // A bigger page cache while the lines go in: fewer pages spill to the WAL
                // before the commit. Put back after.
                let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                try db.execute(sql: "PRAGMA cache_size = \(Self.importCacheKiB)")
                defer { try? db.execute(sql: "PRAGMA cache_size = \(cache)") }
                try db.inTransaction(.immediate) {
                    result = try run(db)
                    if result == nil || dryRun { return .rollback }
                    TestPause.at("import.before-commit")
                    return .commit
                }
            }
            if result != nil && !dryRun { TestPause.at("import.after-commit") }
            return result
        } catch let error as DatabaseError {
            throw map(error)
        }
    }

    /// The page cache of an import, in KiB as `PRAGMA cache_size` takes it (negative).
    static let importCacheKiB = -16_384

    /// A user's import batches, newest first.
    /// - Throws: `StoreError`.
    public func batches(userID: Int64) throws(StoreError) -> [ImportBatch] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM import_batches WHERE user_id = ? ORDER BY id DESC", arguments: [userID]
            )
            .map(Self.batch)
        }
    }

    /// Removes a batch and every line it added (and the balances it recorded).
    /// - Returns: the batch as it was.
    /// - Throws: `StoreError` `.notFound`.
    ///
    /// A line that a later batch also holds (its file had it too) is not removed: it passes to
    /// the earliest such batch.
    public func undoBatch(id: Int64, userID: Int64) throws(StoreError) -> UndoneBatch {
        try write { db in
            let batch = try Self.fetchBatch(db, id: id, userID: userID)
            let kept = try Self.passSharedLines(db, of: id, userID: userID)
            try db.execute(sql: "DELETE FROM import_batches WHERE id = ?", arguments: [id])
            let shared = kept.values.reduce(0, +)
            return UndoneBatch(
                batch: batch, removed: max(batch.linesAdded - shared, 0),
                kept: kept.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        }
    }

    static func fetchBatch(_ db: Database, id: Int64, userID: Int64) throws -> ImportBatch {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM import_batches WHERE id = ? AND user_id = ?", arguments: [id, userID])
        else { throw StoreError.notFound("import batch", id) }
        return batch(row)
    }

    static func batch(_ row: Row) -> ImportBatch {
        ImportBatch(
            id: row["id"], userID: row["user_id"], fileName: row["file_name"], format: row["format"],
            linesAdded: row["lines_added"], duplicates: row["duplicates"], skipped: row["skipped"],
            warnings: row["warnings"], createdAt: row["created_at"])
    }

    /// Gives each line of a batch that later batches also hold to the earliest of them (its
    /// counts move with it), before the batch goes.
    /// - Returns: the lines passed on, by the batch that took them.
    static func passSharedLines(_ db: Database, of id: Int64, userID: Int64) throws -> [Int64: Int] {
        let shared = try Row.fetchAll(
            db,
            sql: """
                SELECT s.expense_id, min(s.import_batch_id) FROM expense_sightings s
                JOIN expenses e ON e.id = s.expense_id
                WHERE e.import_batch_id = ? AND e.user_id = ? AND s.import_batch_id <> ?
                GROUP BY s.expense_id
                """, arguments: [id, userID, id])
        var kept: [Int64: Int] = [:]
        for row in shared {
            let (expense, heir): (Int64, Int64) = (row[0], row[1])
            try db.execute(sql: "UPDATE expenses SET import_batch_id = ? WHERE id = ?", arguments: [heir, expense])
            try db.execute(
                sql: "DELETE FROM expense_sightings WHERE expense_id = ? AND import_batch_id = ?",
                arguments: [expense, heir])
            kept[heir, default: 0] += 1
        }
        for (heir, lines) in kept {
            try db.execute(
                sql: """
                    UPDATE import_batches SET lines_added = lines_added + ?, duplicates = max(duplicates - ?, 0)
                    WHERE id = ?
                    """, arguments: [lines, lines, heir])
        }
        return kept
    }
}
