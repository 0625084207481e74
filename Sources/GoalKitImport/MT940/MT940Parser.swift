import Foundation
import GoalKit

/// SWIFT MT940 customer statements: `:20:` `:25:` `:28C:`, opening `:60F:`/`:60M:` and closing
/// `:62F:`/`:62M:` balances (checked against the lines), `:61:` lines with `:86:` information,
/// several statements per file, bare or in SWIFT FIN envelopes (`MT940Envelope`); Rabobank's
/// `:940:` file header is skipped. Unknown fields reject the file.
struct MT940Parser<Sink: StatementSink> {
    let path: String
    let file: String
    let options: ParseOptions

    /// A field: its tag, its text (continuation lines joined by newlines), its first line.
    struct Field {
        var tag: String
        var value: String
        var line: Int
    }

    func parse(sink input: Sink) throws(ImportError) -> (Sink, String) {
        var sink = input
        let reader = LineReader(source: try ByteSource(path: path))
        var pending: Field?
        var statements = 0
        var state = StatementState()

        func handle(_ field: Field) throws(ImportError) {
            try process(field, state: &state, sink: &sink, statements: &statements)
        }

        var envelope = MT940Envelope()
        while let raw = try reader.next(file: file) {
            for piece in envelope.pieces(of: raw) {
                switch piece {
                case .end:
                    if let last = pending.take() { try handle(last) }
                case .separator(let text) where pending?.tag == "86" && state.open:
                    // Inside a statement, a `-` line is more of the information text.
                    pending?.value += "\n" + text
                case .separator:
                    if let last = pending.take() { try handle(last) }
                case .text(let text):
                    if let done = try take(text, line: reader.line, into: &pending) { try handle(done) }
                }
            }
        }
        if let last = pending.take() { try handle(last) }
        if state.open {
            throw ImportError(
                .truncated, file: file, line: reader.line,
                message: "the statement ends without a closing balance (:62F:)")
        }
        if statements == 0 {
            throw ImportError(.noStatement, file: file, message: "the MT940 file holds no statement (:20: ... :62F:)")
        }
        return (sink, reader.text.encodingName(declared: nil))
    }

    /// Starts a field on a `:tag:` line, or adds the line to the pending field.
    /// - Returns: the field the line ends, when it starts a new one.
    /// - Throws: `ImportError` for an unknown field or text before the first field.
    private func take(_ text: String, line: Int, into pending: inout Field?) throws(ImportError) -> Field? {
        if text.hasPrefix(":"), let end = text.dropFirst().firstIndex(of: ":") {
            let tag = String(text[text.index(after: text.startIndex)..<end])
            if !tag.isEmpty && tag.count <= 4 && tag.allSatisfy({ $0.isNumber || $0.isUppercase }) {
                guard MT940Tag.known.contains(tag) else {
                    throw ImportError(.malformed, file: file, line: line, message: "unknown MT940 field ':\(tag):'")
                }
                let done = pending
                pending = Field(tag: tag, value: String(text[text.index(after: end)...]), line: line)
                return done
            }
        }
        guard pending != nil else {
            if text.trimmed.isEmpty { return nil }
            throw ImportError(
                .malformed, file: file, line: line, message: "text before the first MT940 field: '\(text.prefix(40))'")
        }
        pending?.value += "\n" + text
        return nil
    }

    /// What the current statement has read so far.
    struct StatementState {
        var open = false
        var account: String?
        var currency = Currency.xxx
        var opening: Money?
        var total: Int64 = 0
        var pending: StatementLine?
        var begun = false
    }

    private func process(_ field: Field, state: inout StatementState, sink: inout Sink, statements: inout Int)
        throws(ImportError)
    {
        switch field.tag {
        case "20":
            if state.open {
                throw ImportError(
                    .malformed, file: file, line: field.line,
                    message: "a new statement (:20:) before the closing balance (:62F:) of the last one")
            }
            state = StatementState()
            state.open = true
        case "25":
            state.account = field.value.trimmed
        case "60F", "60M":
            let (money, currency) = try balance(field, sink: &sink)
            state.currency = currency
            state.opening = money
        case "61":
            try flushLine(&state, &sink)
            try begin(&state, &sink, line: field.line)
            do throws(ImportError) {
                let (line, warning) = try statementLine(field, currency: state.currency)
                if let warning { sink.warning(warning) }
                state.pending = line
            } catch {
                try sink.invalid(error)
            }
        case "86":
            if var line = state.pending {
                let info = MT940Parser.information(field.value)
                line.payee = info.payee
                line.memo = info.memo
                state.pending = line
            }
        case "62F", "62M":
            try flushLine(&state, &sink)
            try begin(&state, &sink, line: field.line)
            let (closing, _) = try balance(field, sink: &sink)
            if let opening = state.opening, !MT940Parser.adds(opening, state.total, to: closing) {
                sink.warning(
                    ImportWarning(
                        line: field.line,
                        message: """
                            the closing balance \(closing) is not the opening balance \(opening) plus the lines \
                            (\(Money(minorUnits: state.total, currency: closing.currency))): lines may be missing
                            """))
            }
            let date = MT940Parser.date(String(field.value.trimmed.dropFirst().prefix(6)))
            // The closing balance's day is the last day the statement covers.
            try sink.end(StatementFooter(ledgerBalance: closing, balanceDate: date, periodEnd: date))
            statements += 1
            state.open = false
        case "64", "65":
            // Available balances: read for their errors and warnings, not kept.
            _ = try balance(field, sink: &sink)
        default:
            break
        }
    }

    /// Whether opening + lines is closing (never, when the sum leaves 64 bits).
    static func adds(_ opening: Money, _ lines: Int64, to closing: Money) -> Bool {
        let (sum, overflow) = opening.minorUnits.addingReportingOverflow(lines)
        return !overflow && sum == closing.minorUnits
    }

    private func begin(_ state: inout StatementState, _ sink: inout Sink, line: Int) throws(ImportError) {
        guard !state.begun else { return }
        guard state.open else {
            throw ImportError(
                .malformed, file: file, line: line, message: "a statement field outside a statement (no :20: before it)"
            )
        }
        state.begun = true
        guard let account = state.account, !account.isEmpty else {
            throw ImportError(.malformed, file: file, line: line, message: "the statement has no account (:25:)")
        }
        try sink.begin(StatementHeader(accountID: account, accountType: .unknown, currency: state.currency))
    }

    private func flushLine(_ state: inout StatementState, _ sink: inout Sink) throws(ImportError) {
        guard let line = state.pending else { return }
        state.pending = nil
        let (total, overflow) = state.total.addingReportingOverflow(line.amount.minorUnits)
        guard !overflow else {
            let limit = Money(minorUnits: line.amount.isNegative ? .min : .max, currency: line.amount.currency)
            return try sink.invalid(
                ImportError(
                    .badValue, file: file, line: line.sourceLine,
                    message: "amount '\(line.amountText)': the statement's lines add up beyond \(limit)"))
        }
        state.total = total
        try sink.line(line)
    }

    /// `C140219EUR662,23`: mark, date, currency, amount (a decimal point is read, with a warning).
    private func balance(_ field: Field, sink: inout Sink) throws(ImportError) -> (Money, Currency) {
        let text = field.value.trimmed
        let bytes = Array(text.utf8)
        guard bytes.count >= 11, bytes[0] == UInt8(ascii: "C") || bytes[0] == UInt8(ascii: "D") else {
            throw ImportError(
                .badValue, file: file, line: field.line, message: "invalid balance ':\(field.tag):\(text)'")
        }
        let code = String(decoding: bytes[7..<10], as: UTF8.self)
        guard
            let currency = Currency.known[code]
                ?? (options.defaultCurrency.code == code ? options.defaultCurrency : nil)
        else {
            throw ImportError(
                .badValue, file: file, line: field.line, message: "unknown currency '\(code)' in :\(field.tag):")
        }
        let amountText = String(decoding: bytes[10...], as: UTF8.self)
        let amount: MT940Amount
        do throws(ValueProblem) {
            amount = try MT940Amount.read(amountText, currency: currency)
        } catch {
            throw ImportError(
                .badValue, file: file, line: field.line,
                message: "invalid balance amount '\(amountText)' in :\(field.tag):: \(error.reason)")
        }
        guard let money = amount.signed(negative: bytes[0] == UInt8(ascii: "D")) else {
            throw ImportError(
                .badValue, file: file, line: field.line, message: "balance out of range in :\(field.tag):")
        }
        if let warning = amount.pointWarning(line: field.line, field: field.tag) { sink.warning(warning) }
        return (money, currency)
    }
}
