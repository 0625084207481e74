public import GoalKit
import GoalKitImport
public import GoalKitStore

extension GoalKitSession {
    /// Imports one bank file: every line becomes an expense in the budget covering its date,
    /// in one transaction, as one batch. Re-importing adds nothing; an overlapping statement
    /// adds only its new lines.
    ///
    /// The file is read twice, streaming: first to validate every line and find repeated bank
    /// ids, then to write. A bad line rejects the whole file (nothing written) unless
    /// `skipInvalid` is set.
    /// - Throws: `ServiceError` naming the file, the line and the reason.
    public func importFile(path: String, options: ImportOptions = ImportOptions()) throws(ServiceError)
        -> FileImportResult
    {
        var parse = ParseOptions(
            defaultCurrency: options.currency ?? homeCurrency,
            defaultAccount: options.account ?? "default")
        parse.profile = options.profile
        parse.memo = ReadMemo()
        let scan = try ServiceError.wrap {
            try StatementReader.read(
                path: path, inputFormat: options.inputFormat, options: parse,
                into: ScanSink(skipInvalid: options.skipInvalid))
        }
        var result = FileImportResult(
            file: path, format: scan.format, batch: nil, accounts: [], skippedLines: scan.sink.invalid,
            skippedParts: scan.sink.skipped, warnings: scan.sink.warnings, dryRun: options.dryRun)
        guard scan.sink.statements > 0 else { return result }

        let (categorizer, categoryIDs) = try categorizer(useModel: false)
        var written: WriteSink?
        let batch = try ServiceError.wrap {
            try store.importBatch(userID: userID, fileName: path, format: scan.format.rawValue, dryRun: options.dryRun)
            { inserter in
                let outcome: StatementReader.Outcome<WriteSink>
                var sink = WriteSink(
                    inserter: inserter, repeatedIDs: scan.sink.repeatedIDs, categorizer: categorizer,
                    categoryIDs: categoryIDs)
                do {
                    var parseWithProgress = parse
                    parseWithProgress.progress = options.progress
                    outcome = try StatementReader.read(
                        path: path, inputFormat: options.inputFormat, options: parseWithProgress, into: sink)
                } catch {
                    throw sink.failure.error ?? error
                }
                sink = outcome.sink
                if let failure = sink.failure.error { throw failure }
                written = sink
                var counts = BatchCounts()
                counts.added = sink.accounts.values.reduce(0) { $0 + $1.added }
                counts.duplicates = sink.accounts.values.reduce(0) { $0 + $1.duplicates }
                counts.skipped = scan.sink.invalid.count
                counts.warnings = scan.sink.warnings.count + sink.notes.count + (sink.contentKeyed > 0 ? 1 : 0)
                return counts
            }
        }
        guard let sink = written else { return result }
        result.batch = batch
        if !options.dryRun, let first = sink.firstDay, let last = sink.lastDay {
            result.contributionsRecorded = try refreshTransfers(from: first, through: last)
        }
        result.accounts = sink.accounts.values.sorted { $0.account < $1.account }
        if sink.contentKeyed > 0 {
            result.warnings.append(
                ImportWarning(
                    line: nil,
                    message: """
                        \(sink.contentKeyed) line(s) have no usable bank id (missing, all zeros or repeated in the file): \
                        they are matched by date, amount, payee and memo, and identical lines on one day are counted
                        """))
        }
        result.warnings += sink.notes
        return result
    }

    /// The user's import batches, newest first.
    /// - Throws: `ServiceError`.
    public func importBatches() throws(ServiceError) -> [ImportBatch] {
        try ServiceError.wrap { try store.batches(userID: userID) }
    }

    /// Removes an import batch and every line it added.
    /// - Throws: `ServiceError` `.data` when there is no such batch.
    public func undoImport(id: Int64) throws(ServiceError) -> ImportBatch {
        try ServiceError.wrap { try store.undoBatch(id: id, userID: userID) }
    }

    /// The user's expenses, filtered.
    /// - Throws: `ServiceError`.
    public func expenses(filter: ExpenseFilter = ExpenseFilter()) throws(ServiceError) -> [ExpenseListingRow] {
        try ServiceError.wrap { try store.expenses(userID: userID, filter: filter) }
    }
}
