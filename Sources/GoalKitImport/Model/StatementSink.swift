public import GoalKit

/// Receives what a parser reads, as it reads it: statements stream through without being
/// held in memory. `inspect` collects them; `import` writes them to the database.
public protocol StatementSink {
    /// A statement starts; its lines follow.
    mutating func begin(_ header: StatementHeader) throws(ImportError)
    /// One transaction of the current statement.
    mutating func line(_ line: StatementLine) throws(ImportError)
    /// A transaction that could not be read. Throwing rejects the file; returning skips the line.
    mutating func invalid(_ error: ImportError) throws(ImportError)
    /// The current statement ends.
    mutating func end(_ footer: StatementFooter) throws(ImportError)
    /// A part of the file that is not imported, and why.
    mutating func skipped(_ part: SkippedPart)
    /// Something worth telling.
    mutating func warning(_ warning: ImportWarning)
    /// The file is read again from its start (an XML OFX that is not well-formed is read as
    /// SGML): the sink is back to its value before the first read, and undoes here what it did
    /// outside itself (rows it wrote). The default does nothing.
    mutating func restart() throws(ImportError)
}

extension StatementSink {
    /// Nothing to undo.
    public mutating func restart() throws(ImportError) {}
}

/// Options every parser takes.
public struct ParseOptions: Sendable {
    /// The currency of statements that name none.
    public var defaultCurrency: GoalKit.Currency
    /// The account of statements that name none (CSV without an account column).
    public var defaultAccount: String
    /// Called now and then with (bytes read, file size), for a progress bar.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// A pinned CSV mapping, when the file cannot settle everything itself.
    public var profile: CSVProfile?
    /// Whether the person chose `defaultCurrency` (`--currency`) rather than it being the
    /// home currency: a file that states another is told, one that states none is not asked.
    public var currencyIsExplicit = false

    /// Creates options.
    public init(
        defaultCurrency: GoalKit.Currency = .xxx, defaultAccount: String = "default",
        progress: (@Sendable (Int, Int) -> Void)? = nil, profile: CSVProfile? = nil
    ) {
        self.profile = profile
        self.defaultCurrency = defaultCurrency
        self.defaultAccount = defaultAccount
        self.progress = progress
    }
}
