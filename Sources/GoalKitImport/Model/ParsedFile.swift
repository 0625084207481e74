/// Everything a file held, collected in memory: what `inspect` prints.
public struct ParsedFile: Sendable {
    /// The file's path as given.
    public var file: String
    /// The format it was read as.
    public var format: StatementFormat
    /// The encoding its text turned out to be in.
    public var encoding: String
    /// The statements, in file order.
    public var statements: [Statement] = []
    /// Parts that were valid but not imported.
    public var skipped: [SkippedPart] = []
    /// Warnings.
    public var warnings: [ImportWarning] = []

    /// Creates an empty result.
    public init(file: String, format: StatementFormat, encoding: String) {
        self.file = file
        self.format = format
        self.encoding = encoding
    }
}

/// A sink that keeps everything (for `inspect` and tests); a bad line rejects the file.
struct CollectingSink: StatementSink {
    var statements: [Statement] = []
    var skipped: [SkippedPart] = []
    var warnings: [ImportWarning] = []

    mutating func begin(_ header: StatementHeader) throws(ImportError) { statements.append(Statement(header: header)) }
    mutating func line(_ line: StatementLine) throws(ImportError) {
        statements[statements.count - 1].lines.append(line)
    }
    mutating func invalid(_ error: ImportError) throws(ImportError) { throw error }
    mutating func end(_ footer: StatementFooter) throws(ImportError) {
        statements[statements.count - 1].footer = footer
    }
    mutating func skipped(_ part: SkippedPart) { skipped.append(part) }
    mutating func warning(_ warning: ImportWarning) { warnings.append(warning) }
}
