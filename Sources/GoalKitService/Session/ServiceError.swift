import GoalKit
import GoalKitImport
import GoalKitStorage

/// A failure of a use case, with the sysexits code the command line exits with.
public struct ServiceError: Error, Sendable, CustomStringConvertible {
    /// The sort of failure, deciding the exit code.
    public enum Kind: Sendable, Equatable {
        /// A value typed on the command line could not be read (exit 64).
        case usage
        /// A value breaks a rule (exit 65).
        case data
        /// An id names nothing of this user's: not there, or another user's (exit 65; an
        /// HTTP front answers 404 for both, so existence never leaks).
        case notFound
        /// An input file is missing or unreadable (exit 66).
        case noInput
        /// The database or an output file could not be read or written (exit 74).
        case io
    }

    /// The sort of failure.
    public let kind: Kind
    /// The message, naming the field or file and the rule.
    public let message: String

    /// Creates an error.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// The sysexits code: 64, 65, 66 or 74.
    public var exitCode: Int32 {
        switch kind {
        case .usage: 64
        case .data, .notFound: 65
        case .noInput: 66
        case .io: 74
        }
    }

    /// Wraps the errors of the layers below.
    public init(_ error: any Error) {
        switch error {
        case let e as ServiceError: self = e
        case let e as DomainValidationError: self.init(.data, e.description)
        case let e as MoneyParseError: self.init(.usage, e.description)
        case let e as MoneyError: self.init(.data, e.description)
        case let e as AmountOverflowError: self.init(.data, e.description)
        case let e as ImportError:
            self.init(e.kind == .noInput ? .noInput : .data, e.description)
        case let e as StoreError:
            switch e.kind {
            case .io, .busy, .corrupt: self.init(.io, e.message)
            case .constraint: self.init(.data, e.message)
            case .notFound: self.init(.notFound, e.message)
            }
        case let e where FileErrorText.isFileError(e): self.init(.io, FileErrorText.message(e))
        default: self.init(.io, String(describing: error))
        }
    }
}

extension ServiceError {
    /// Runs a body, turning every error into a `ServiceError`.
    public static func wrap<T>(_ body: () throws -> T) throws(ServiceError) -> T {
        do { return try body() } catch { throw ServiceError(error) }
    }
}

/// Runs a body, turning every error into a `ServiceError`.
func service<T>(_ body: () throws -> T) throws(ServiceError) -> T {
    do { return try body() } catch { throw ServiceError(error) }
}
