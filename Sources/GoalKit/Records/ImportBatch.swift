/// One imported file: what `imports list` shows and `imports undo` removes.
public struct ImportBatch: Hashable, Sendable {
    /// Row id.
    public var id: Int64?
    /// The owner.
    public var userID: Int64
    /// The file's name as given.
    public var fileName: String
    /// The format it was read as (`ofx-sgml`, `camt053`, ...).
    public var format: String
    /// Lines added to the database.
    public var linesAdded: Int
    /// Lines already there (re-imported or overlapping).
    public var duplicates: Int
    /// Lines skipped as invalid (`--skip-invalid`).
    public var skipped: Int
    /// Warnings given.
    public var warnings: Int
    /// When the import ran, set by the store.
    public var createdAt: String?

    /// Creates a batch.
    public init(
        id: Int64? = nil, userID: Int64, fileName: String, format: String, linesAdded: Int = 0,
        duplicates: Int = 0, skipped: Int = 0, warnings: Int = 0, createdAt: String? = nil
    ) {
        self.id = id
        self.userID = userID
        self.fileName = fileName
        self.format = format
        self.linesAdded = linesAdded
        self.duplicates = duplicates
        self.skipped = skipped
        self.warnings = warnings
        self.createdAt = createdAt
    }
}
