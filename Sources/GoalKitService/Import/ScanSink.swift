import GoalKit
import GoalKitImport

/// The first pass over a file: validates every line, finds bank ids repeated within the
/// file (so they are not trusted as keys), and gathers warnings, before anything is written.
struct ScanSink: StatementSink {
    let skipInvalid: Bool
    var account = ""
    var seenIDs: Set<UInt64> = []
    var repeatedIDs: Set<UInt64> = []
    var invalid: [ImportError] = []
    var warnings: [ImportWarning] = []
    var skipped: [SkippedPart] = []
    var statements = 0
    var lines = 0

    mutating func begin(_ header: StatementHeader) throws(ImportError) {
        account = header.accountID
        statements += 1
    }

    mutating func line(_ line: StatementLine) throws(ImportError) {
        lines += 1
        if let id = DedupKey.usableBankID(line.bankID) {
            let hash = DedupKey.idHash(account: account, id: id)
            if !seenIDs.insert(hash).inserted { repeatedIDs.insert(hash) }
        }
    }

    mutating func invalid(_ error: ImportError) throws(ImportError) {
        guard skipInvalid else { throw error }
        invalid.append(error)
    }

    mutating func end(_ footer: StatementFooter) throws(ImportError) {}
    mutating func skipped(_ part: SkippedPart) { skipped.append(part) }
    mutating func warning(_ warning: ImportWarning) { warnings.append(warning) }
}
