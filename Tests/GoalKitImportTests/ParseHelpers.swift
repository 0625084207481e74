import GoalKit
import GoalKitImport
import GoalKitTestSupport

/// Writes content to a temporary file and inspects it.
func inspect(_ content: String, name: String = "statement.ofx", currency: Currency = .usd) throws -> ParsedFile {
    try inspect(bytes: Array(content.utf8), name: name, currency: currency)
}

/// Writes bytes to a temporary file and inspects it.
func inspect(bytes: [UInt8], name: String = "statement.ofx", currency: Currency = .usd) throws -> ParsedFile {
    let dir = TemporaryDirectory()
    defer { dir.remove() }
    let path = dir.write(name, bytes: bytes)
    return try StatementReader.inspect(path: path, file: name, options: ParseOptions(defaultCurrency: currency))
}

/// The error reading content gives, or nil when it reads.
func rejection(_ content: String, name: String = "statement.ofx") -> ImportError? {
    do {
        _ = try inspect(content, name: name)
        return nil
    } catch let error as ImportError {
        return error
    } catch {
        return ImportError(.malformed, file: name, message: "\(error)")
    }
}

extension ParsedFile {
    var lines: [StatementLine] { statements.flatMap(\.lines) }
    var total: Int64 { lines.reduce(0) { $0 + $1.amount.minorUnits } }
}

/// Reads content as `--skip-invalid` does: bad lines are counted, not thrown.
func skipping(_ content: String, name: String = "statement.txt") throws -> SkippingSink {
    let dir = TemporaryDirectory()
    defer { dir.remove() }
    return try StatementReader.read(path: dir.write(name, content), file: name, into: SkippingSink()).sink
}

/// A sink that skips bad lines, counting what it gets.
struct SkippingSink: StatementSink {
    var lines = 0
    var invalid: [ImportError] = []
    var warnings: [ImportWarning] = []
    mutating func begin(_ header: StatementHeader) throws(ImportError) {}
    mutating func line(_ line: StatementLine) throws(ImportError) { lines += 1 }
    mutating func invalid(_ error: ImportError) throws(ImportError) { invalid.append(error) }
    mutating func end(_ footer: StatementFooter) throws(ImportError) {}
    mutating func skipped(_ part: SkippedPart) {}
    mutating func warning(_ warning: ImportWarning) { warnings.append(warning) }
}
