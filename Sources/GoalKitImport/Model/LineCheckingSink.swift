import GoalKit

/// Stands between every parser and its sink and holds each line to the rules no format may
/// break: a bank date lies in 1900–2100 (else the line is bad, with its `file:line`, and
/// `--skip-invalid` may skip it), and a date far from the rest of the file is told with its line.
struct LineCheckingSink<Base: StatementSink>: StatementSink {
    /// The sink the lines go on to.
    var base: Base
    /// The file, for errors.
    let file: String
    /// The days of the lines so far with their lines, to find the far ones at the end.
    private var days: [(day: Int32, line: Int32)] = []

    /// The years a bank date may have.
    static var years: ClosedRange<Int> { 1900...2100 }
    /// How far from the middle of the file a date may lie before it is told.
    static var farDays: Int { 400 }

    init(base: Base, file: String) {
        self.base = base
        self.file = file
    }

    /// Whether a statement is open: every reader's calls are held to begin, lines, end, so a
    /// broken file (statements nested in statements) can never put a line outside one.
    private var open = false

    /// The currency of the open statement.
    private var currency: Currency?

    mutating func begin(_ header: StatementHeader) throws(ImportError) {
        if open { try base.end(StatementFooter()) }
        open = true
        currency = header.currency
        try base.begin(header)
    }

    mutating func line(_ line: StatementLine) throws(ImportError) {
        guard open else {
            return try base.invalid(
                ImportError(
                    .malformed, file: file, line: line.sourceLine,
                    message: "a transaction outside any statement (the statement around it is broken)"))
        }
        guard Self.years.contains(line.date.year) else {
            return try base.invalid(
                ImportError(
                    .badValue, file: file, line: line.sourceLine,
                    message:
                        "the date \(line.date.isoString) is outside 1900–2100: no bank wrote it for a real transaction"
                ))
        }
        if let currency, line.amount.currency != currency {
            // A CAMT entry in USD in a EUR statement: the file says two things about the money.
            return try base.invalid(
                ImportError(
                    .badValue, file: file, line: line.sourceLine,
                    message: """
                        question: the line is in \(line.amount.currency.code) but its statement is in \(currency.code); \
                        which currency the money moved in the file does not settle (--skip-invalid leaves the line out)
                        """))
        }
        guard line.amount.minorUnits.magnitude <= Validation.maximumMinorUnits.magnitude else {
            return try base.invalid(
                ImportError(
                    .badValue, file: file, line: line.sourceLine,
                    message:
                        "amount '\(line.amountText)' is larger than GoalKit stores (\(Self.limit(line.amount.currency)) either way)"
                ))
        }
        days.append((Int32(truncatingIfNeeded: line.date.daysSinceEpoch), Int32(clamping: line.sourceLine)))
        try base.line(line)
    }

    mutating func invalid(_ error: ImportError) throws(ImportError) { try base.invalid(error) }
    /// A balance beyond what GoalKit stores is refused like such an amount (as a bad line, so
    /// `--skip-invalid` drops the balance and keeps the lines), never stored to poison later imports.
    mutating func end(_ footer: StatementFooter) throws(ImportError) {
        guard open else { return }
        open = false
        var footer = footer
        if let balance = footer.ledgerBalance, balance.minorUnits.magnitude > Validation.maximumMinorUnits.magnitude {
            try base.invalid(
                ImportError(
                    .badValue, file: file,
                    message: """
                        the statement's ledger balance \(balance.decimalString) is larger than GoalKit stores \
                        (\(Self.limit(balance.currency)) either way)
                        """))
            footer.ledgerBalance = nil
            footer.balanceDate = nil
        }
        try base.end(footer)
    }

    private static func limit(_ currency: Currency) -> String {
        Money(minorUnits: Validation.maximumMinorUnits, currency: currency).decimalString
    }
    mutating func skipped(_ part: SkippedPart) { base.skipped(part) }
    mutating func warning(_ warning: ImportWarning) { base.warning(warning) }

    mutating func restart() throws(ImportError) {
        days.removeAll()
        open = false
        try base.restart()
    }

    /// Tells the lines whose dates lie far from the file's middle day (its median), at most
    /// five of them by line, and gives back the sink.
    mutating func finish() -> Base {
        guard days.count >= 3 else { return base }
        let sorted = days.map(\.day).sorted()
        let median = Int(sorted[sorted.count / 2])
        let far = days.filter { abs(Int($0.day) - median) > Self.farDays }
        // Far dates are told when they are few next to the rest (a file spanning years has many).
        guard !far.isEmpty, far.count * 3 <= days.count else { return base }
        let middle = LocalDate(daysSinceEpoch: median)?.isoString ?? "?"
        for entry in far.prefix(5) {
            let day = LocalDate(daysSinceEpoch: Int(entry.day))?.isoString ?? "?"
            base.warning(
                ImportWarning(
                    line: Int(entry.line),
                    message:
                        "the date \(day) lies more than \(Self.farDays) days from the rest of the file (around \(middle)): check it"
                ))
        }
        if far.count > 5 {
            base.warning(
                ImportWarning(line: nil, message: "\(far.count - 5) more line(s) with dates far from the rest"))
        }
        return base
    }
}
