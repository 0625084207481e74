import Foundation
public import GoalKit
import GoalKitImport
import GoalKitReport
public import GoalKitStorage

extension GoalKitSession {
    /// Imports one bank file: every line becomes an expense in the budget covering its date,
    /// in one transaction, as one batch. Re-importing adds nothing; an overlapping statement
    /// adds only its new lines.
    ///
    /// The file is read once, streaming, checking and writing each line as it comes. A bad
    /// line rejects the whole file (the transaction takes back what was written) unless
    /// `skipInvalid` is set. A file without any statement leaves no batch.
    /// - Throws: `ServiceError` naming the file, the line and the reason.
    public func importFile(path: String, options: ImportOptions = ImportOptions()) throws(ServiceError)
        -> FileImportResult
    {
        try importFile(path: path, options: options, replacing: nil)
    }

    /// Imports a file, in the place of an earlier batch when `replacing` names one (its lines
    /// go in the same transaction; the categories the person set pass to the new lines).
    func importFile(path: String, options: ImportOptions, replacing: Int64?) throws(ServiceError)
        -> FileImportResult
    {
        var parse = ParseOptions(
            defaultCurrency: options.currency ?? homeCurrency,
            defaultAccount: options.account ?? "default")
        parse.profile = options.profile
        parse.currencyIsExplicit = options.currency != nil
        parse.progress = options.progress
        let format = try ServiceError.wrap { try StatementReader.detect(path: path) }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let (categorizer, categoryIDs) = try categorizer(useModel: false)
        let wording = try transferWording()
        var written: StatementReader.Outcome<WriteSink>?
        var contributions = 0
        var accounts: [AccountImportCounts] = []
        var returning = ReturningBankIDs()
        var facts: [StoredLineFacts] = []
        let batch = try ServiceError.wrap {
            try store.importBatch(
                userID: userID, fileName: path, format: format.rawValue, dryRun: options.dryRun,
                expectedLines: size / Self.bytesPerLineEstimate,
                options: ImportReplay(path: path, options: options).json, replacing: replacing
            ) { inserter in
                let writer = RowWriter(inserter: inserter)
                let sink = WriteSink(
                    writer: writer, file: path, skipInvalid: options.skipInvalid, categorizer: categorizer,
                    categoryIDs: categoryIDs, wording: wording)
                // The file is read on a thread of its own while this one (the database's) writes.
                let reading = ReadingThread {
                    defer { writer.close() }
                    return try StatementReader.read(
                        path: path, inputFormat: options.inputFormat, options: parse, into: sink)
                }
                writer.run()
                let outcome: StatementReader.Outcome<WriteSink>
                do {
                    outcome = try reading.result()
                } catch {
                    // A database error stopped the reading: it is the one to tell.
                    throw writer.error ?? error
                }
                if let failure = writer.error { throw failure }
                returning = inserter.returningIDs
                if replacing != nil { facts = try inserter.lineFacts() }
                written = outcome
                let done = outcome.sink
                guard done.statements > 0 else { return nil }
                let otherAccounts = try inserter.hasOtherAccounts(than: done.accounts)
                if !options.dryRun, let first = done.firstDay, let last = done.lastDay {
                    // Lines were marked by their own text and category as they went in; pairing
                    // needs a second account, and contributions a goal linked to an account. Both
                    // go in this transaction: a kill after the commit loses none of them.
                    if otherAccounts {
                        contributions = try refreshTransfers(from: first, through: last, in: inserter, wording: wording)
                    } else if try inserter.hasLinkedGoals() {
                        contributions = try inserter.recordTransferContributions()
                    }
                }
                accounts = done.accounts.sorted().map {
                    writer.counts[$0] ?? AccountImportCounts(account: $0)
                }
                var counts = BatchCounts()
                counts.added = accounts.reduce(0) { $0 + $1.added }
                counts.duplicates = accounts.reduce(0) { $0 + $1.duplicates }
                counts.skipped = done.invalid.count
                counts.warnings =
                    done.warnings.count + done.notes.count + (done.contentKeyed > 0 ? 1 : 0)
                    + (done.firstPersonLine != nil ? 1 : 0)
                    + inserter.returningIDs.messages.count
                counts.format = outcome.format.rawValue
                return counts
            }
        }
        guard let outcome = written else {
            return FileImportResult(
                file: path, format: format, batch: nil, accounts: [], skippedLines: [], skippedParts: [],
                warnings: [], dryRun: options.dryRun)
        }
        let sink = outcome.sink
        var result = FileImportResult(
            file: path, format: outcome.format, batch: batch, accounts: [], skippedLines: sink.invalid,
            skippedParts: sink.skipped, warnings: sink.warnings, dryRun: options.dryRun)
        guard batch != nil else { return result }
        result.contributionsRecorded = contributions
        result.accounts = accounts
        result.linesWritten = facts
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
        if sink.correctedSkipped > 0 {
            result.warnings.append(
                ImportWarning(
                    line: nil,
                    message: """
                        \(sink.correctedSkipped) line(s) were not imported: a bank correction replaced or deleted \
                        their bank ids
                        """))
        }
        result.warnings += returning.messages.map { ImportWarning(line: nil, message: $0) }
        if let question = Self.ownNameQuestion(sink) { result.warnings.append(question) }
        return result
    }

    /// The question a file asks when lines look like money to or from a person and the user's
    /// own name is unknown: GoalKit does not guess whether the person is the user.
    static func ownNameQuestion(_ sink: WriteSink) -> ImportWarning? {
        guard let first = sink.firstPersonLine else { return nil }
        let quoted = TextEscaping.visible(String(first.text.trimmingCharacters(in: .whitespaces).prefix(80)))
        return ImportWarning(
            line: first.line,
            message: """
                question: \(sink.personLines) line(s) look like money sent to or received from a person (first: \
                '\(quoted)'); if the person is you (your own account at another \
                bank), give your name with goalkit user own-name "Your Name" and they count as transfers, not spending \
                or income
                """)
    }

    /// Bytes a statement line takes at the least, about: a file's size over this bounds its
    /// lines from above closely enough to choose the bulk way of writing.
    static let bytesPerLineEstimate = 48

    /// The user's import batches, newest first.
    /// - Throws: `ServiceError`.
    public func importBatches() throws(ServiceError) -> [ImportBatch] {
        try ServiceError.wrap { try store.batches(userID: userID) }
    }

    /// Removes an import batch and every line it added.
    /// - Throws: `ServiceError` `.data` when there is no such batch.
    public func undoImport(id: Int64) throws(ServiceError) -> UndoneBatch {
        try ServiceError.wrap { try store.undoBatch(id: id, userID: userID) }
    }

    /// The user's expenses, filtered.
    /// - Throws: `ServiceError`.
    public func expenses(filter: ExpenseFilter = ExpenseFilter()) throws(ServiceError) -> [ExpenseListingRow] {
        try ServiceError.wrap { try store.expenses(userID: userID, filter: filter) }
    }

    /// How many of the user's expenses a filter keeps.
    /// - Throws: `ServiceError`.
    public func expenseCount(filter: ExpenseFilter) throws(ServiceError) -> Int {
        try ServiceError.wrap { try store.expenseCount(userID: userID, filter: filter) }
    }
}
