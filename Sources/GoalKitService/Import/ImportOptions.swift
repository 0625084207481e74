public import GoalKit
public import GoalKitImport
public import GoalKitStorage

/// How `goalkit import` reads and writes files.
public struct ImportOptions: Sendable {
    /// The account of statements that name none.
    public var account: String?
    /// The currency of statements that name none (default: the home currency).
    public var currency: Currency?
    /// `auto`, or the format the content must have.
    public var inputFormat: InputFormat
    /// Do everything, then roll back: the counts are real, the database unchanged.
    public var dryRun: Bool
    /// Import the readable lines and list the others, instead of rejecting the file.
    public var skipInvalid: Bool
    /// A pinned CSV mapping.
    public var profile: CSVProfile?
    /// Called now and then with (bytes read, file size) while the file is written.
    public var progress: (@Sendable (Int, Int) -> Void)?

    /// Creates options.
    public init(
        account: String? = nil, currency: Currency? = nil, inputFormat: InputFormat = .auto,
        dryRun: Bool = false, skipInvalid: Bool = false, profile: CSVProfile? = nil,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) {
        self.profile = profile
        self.account = account
        self.currency = currency
        self.inputFormat = inputFormat
        self.dryRun = dryRun
        self.skipInvalid = skipInvalid
        self.progress = progress
    }
}

/// What one file's import did, per account.
public struct AccountImportCounts: Sendable, Hashable {
    /// The account.
    public var account: String
    /// Lines added.
    public var added = 0
    /// Lines already in the database.
    public var duplicates = 0
}

/// What importing one file did.
public struct FileImportResult: Sendable {
    /// The file as given.
    public var file: String
    /// The format it was read as.
    public var format: StatementFormat
    /// The batch written (nil when the file held nothing to import).
    public var batch: ImportBatch?
    /// Per-account counts, by account.
    public var accounts: [AccountImportCounts]
    /// Lines skipped as invalid (`--skip-invalid`).
    public var skippedLines: [ImportError]
    /// Parts that are not bank statements.
    public var skippedParts: [SkippedPart]
    /// Warnings.
    public var warnings: [ImportWarning]
    /// Whether this was a dry run (nothing kept).
    public var dryRun: Bool
    /// Goal contributions recorded from transfers into goal-linked accounts.
    public var contributionsRecorded = 0
    /// The lines a reread wrote (only a reread fills it).
    public var linesWritten: [StoredLineFacts] = []

    /// Lines added in all accounts.
    public var added: Int { accounts.reduce(0) { $0 + $1.added } }
    /// Duplicates in all accounts.
    public var duplicates: Int { accounts.reduce(0) { $0 + $1.duplicates } }
}
