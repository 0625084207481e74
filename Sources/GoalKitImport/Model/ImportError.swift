/// Why a file (or one of its lines) could not be read, with where: `file:line: error: message`.
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The sort of failure.
    public enum Kind: String, Sendable, Hashable {
        /// The file is missing or unreadable (exit 66).
        case noInput
        /// The content is not a bank statement GoalKit can read.
        case unknownFormat
        /// The file ends before its statement does.
        case truncated
        /// The file breaks its format's syntax.
        case malformed
        /// A transaction has a value that cannot be read (a date, an amount).
        case badValue
        /// The file holds no statement (only a sign-on, a profile, an error status).
        case noStatement
        /// The file declares entities or references outside data.
        case forbidden
    }

    /// The sort of failure.
    public var kind: Kind
    /// The file's path as given.
    public var file: String
    /// The line, when known.
    public var line: Int?
    /// The XML element path, when known (`Document/BkToCstmrStmt/Stmt/Ntry/Amt`).
    public var element: String?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, file: String, line: Int? = nil, element: String? = nil, message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.element = element
        self.message = message
    }

    /// `file:line: error: message`, compiler style (the element path follows when known).
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": error: " + message
        if let element { text += " (at \(element))" }
        return text
    }
}
