/// What an import wrote, to record on its batch.
public struct BatchCounts: Sendable {
    public var added = 0
    public var duplicates = 0
    public var skipped = 0
    public var warnings = 0
    /// The format finally read, when it is not the one detected first (an XML OFX read as SGML).
    public var format: String?

    /// Zero counts.
    public init() {}
}
