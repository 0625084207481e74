public import GoalKit

/// Import batches: writing a file as one batch, listing and undoing batches, and what a batch holds.
///
/// Every call is one transaction; ids of another user are not found.
public protocol ImportRepository {
    /// The options a batch was imported with (JSON), when it recorded them.
    /// - Throws: `StoreError` `.notFound`.
    func batchOptions(id: Int64, userID: Int64) throws(StoreError) -> String?

    /// The lines a batch added that no later batch also holds (those stay whatever the batch's
    /// file reads as now).
    func lineFacts(batchID: Int64, userID: Int64) throws(StoreError) -> [StoredLineFacts]

    /// Every line of some accounts between two days, whatever batch holds it.
    func lineFacts(userID: Int64, accounts: [String], from: LocalDate, through: LocalDate) throws(StoreError)
        -> [StoredLineFacts]

    /// Accounts whose lines carry more than one currency, with the currencies.
    func accountsMixingCurrencies(userID: Int64) throws(StoreError) -> [(account: String, currencies: [String])]

    /// Runs one file's import in one transaction: a batch row, then the lines the body writes.
    ///
    /// When the body throws, nothing of the file stays; when it returns nil (the file held no
    /// statement) nothing is kept either and no batch is returned. With `dryRun` everything is
    /// done and then rolled back, so the counts are real and the database is unchanged.
    /// `expectedLines` (an estimate from the file's size) lets a large file into a small table
    /// go in the bulk way where the store has one.
    /// - Returns: the batch with its counts (its id is meaningless after a dry run), or nil.
    /// - Throws: what the body throws, or `StoreError` for the database.
    /// - Parameters:
    ///   - options: what reading the file again needs (JSON), kept on the batch.
    ///   - replacing: a batch this one takes the place of: its lines go first, inside the same
    ///     transaction, and the categories the person set on them pass to the same lines read anew.
    func importBatch(
        userID: Int64, fileName: String, format: String, dryRun: Bool, expectedLines: Int,
        options: String?, replacing: Int64?, body: (any ImportSession) throws -> BatchCounts?
    ) throws -> ImportBatch?

    /// A user's import batches, newest first.
    /// - Throws: `StoreError`.
    func batches(userID: Int64) throws(StoreError) -> [ImportBatch]

    /// Removes a batch and every line it added (and the balances it recorded).
    /// - Returns: the batch as it was.
    /// - Throws: `StoreError` `.notFound`.
    ///
    /// A line that a later batch also holds (its file had it too) is not removed: it passes to
    /// the earliest such batch.
    func undoBatch(id: Int64, userID: Int64) throws(StoreError) -> UndoneBatch
}

extension ImportRepository {
    /// Runs one file's import as one batch, kept (no dry run), with no size estimate, no
    /// replay options and no batch replaced.
    /// - Throws: what the body throws, or `StoreError` for the database.
    public func importBatch(
        userID: Int64, fileName: String, format: String, body: (any ImportSession) throws -> BatchCounts?
    ) throws -> ImportBatch? {
        try importBatch(
            userID: userID, fileName: fileName, format: format, dryRun: false, expectedLines: 0, options: nil,
            replacing: nil, body: body)
    }
}
