import ArgumentParser
import Foundation
import GoalKit
import GoalKitReport
import GoalKitService

/// Runs a command's body: a `ServiceError` (or an `AmountOverflowError` from a listing) is
/// printed as `goalkit: error: …` on stderr and becomes its sysexits code.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ServiceError {
        printError(error.message)
        throw ExitCode(error.exitCode)
    } catch let error as AmountOverflowError {
        printError(error.description)
        throw ExitCode(ServiceError(error).exitCode)
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data("goalkit: error: \(message)\n".utf8))
}

/// Writes a note (warnings, hints) to standard error.
func printNote(_ message: String) {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
}

/// Writes a listing in the chosen format to standard output.
func emit(_ listing: Listing, _ format: ListingFormat) {
    let rendered = listing.rendered(as: Listing.Format(rawValue: format.rawValue) ?? .table)
    FileHandle.standardOutput.write(Data(rendered.utf8))
}

/// Today on the machine's calendar, the default of every `--as-of` and `--date`.
func today() -> LocalDate { LocalDate.today() }
