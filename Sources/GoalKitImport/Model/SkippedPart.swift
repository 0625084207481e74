/// A part of a file that is valid but not a bank or card statement, so it is never imported.
public struct SkippedPart: Hashable, Sendable {
    /// The kinds of skipped part.
    public enum Kind: String, Sendable, Hashable {
        /// An OFX investment statement (`INVSTMTRS`).
        case investment
        /// A CAMT.054 notification.
        case camt054
        /// Another part that holds no bank lines (a QIF category or class list).
        case other
    }

    /// What was skipped.
    public var kind: Kind
    /// Why, in plain words.
    public var reason: String

    /// Creates a skipped part.
    public init(kind: Kind, reason: String) {
        self.kind = kind
        self.reason = reason
    }
}

/// Something worth telling that does not stop the import (a bad balance date, a rounded amount).
public struct ImportWarning: Hashable, Sendable {
    /// The line of the file, when known.
    public var line: Int?
    /// What happened.
    public var message: String

    /// Creates a warning.
    public init(line: Int?, message: String) {
        self.line = line
        self.message = message
    }
}
