import Foundation
import GoalKit

/// SWIFT MT940 customer statements: `:20:` `:25:` `:28C:`, opening `:60F:`/`:60M:` and closing
/// `:62F:`/`:62M:` balances (checked against the lines), `:61:` lines with `:86:` information,
/// several statements per file. Unknown fields reject the file.
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

    static var knownTags: Set<String> {
        [
            "20", "21", "25", "28", "28C", "60F", "60M", "61", "86", "62F", "62M", "64", "65", "13", "13D", "34F",
            "90D", "90C", "NS",
        ]
    }

    func parse(sink input: Sink) throws(ImportError) -> (Sink, String) {
        var sink = input
        let reader = LineReader(source: try ByteSource(path: path))
        var fields: [Field] = []
        var statements = 0
        var state = StatementState()

        func handle(_ field: Field) throws(ImportError) {
            try process(field, state: &state, sink: &sink, statements: &statements)
        }

        while let raw = try reader.next(file: file) {
            var text = raw
            if fields.isEmpty || text.hasPrefix("{") {
                // Block headers {1:...}{2:...}{4: and the trailer -} carry no statement data.
                if text.hasPrefix("{") {
                    guard let block = text.range(of: "{4:") else { continue }
                    text = String(text[block.upperBound...])
                    if text.trimmed.isEmpty { continue }
                }
            }
            if text.trimmed == "-}" || text.trimmed == "-" && fields.last?.tag != "86" {
                if let last = fields.popLast() { try handle(last) }
                continue
            }
            if text.hasPrefix(":"), let end = text.dropFirst().firstIndex(of: ":") {
                let tag = String(text[text.index(after: text.startIndex)..<end])
                if !tag.isEmpty && tag.count <= 4 && tag.allSatisfy({ $0.isNumber || $0.isUppercase }) {
                    guard MT940Parser.knownTags.contains(tag) else {
                        throw ImportError(
                            .malformed, file: file, line: reader.line, message: "unknown MT940 field ':\(tag):'")
                    }
                    if let last = fields.popLast() { try handle(last) }
                    fields.append(Field(tag: tag, value: String(text[text.index(after: end)...]), line: reader.line))
                    continue
                }
            }
            guard !fields.isEmpty else {
                if text.trimmed.isEmpty { continue }
                throw ImportError(
                    .malformed, file: file, line: reader.line,
                    message: "text before the first MT940 field: '\(text.prefix(40))'")
            }
            fields[fields.count - 1].value += "\n" + text
        }
        if let last = fields.popLast() { try handle(last) }
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
            let (money, currency) = try balance(field)
            state.currency = currency
            state.opening = money
        case "61":
            try flushLine(&state, &sink)
            try begin(&state, &sink, line: field.line)
            state.pending = try statementLine(field, currency: state.currency)
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
            let (closing, _) = try balance(field)
            if let opening = state.opening, opening.minorUnits + state.total != closing.minorUnits {
                sink.warning(
                    ImportWarning(
                        line: field.line,
                        message: """
                            the closing balance \(closing) is not the opening balance \(opening) plus the lines \
                            (\(Money(minorUnits: state.total, currency: closing.currency))): lines may be missing
                            """))
            }
            let date = MT940Parser.date(String(field.value.trimmed.dropFirst().prefix(6)))
            try sink.end(StatementFooter(ledgerBalance: closing, balanceDate: date))
            statements += 1
            state.open = false
        default:
            break
        }
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
        state.total += line.amount.minorUnits
        try sink.line(line)
    }

    /// `C140219EUR662,23`: mark, date, currency, amount.
    private func balance(_ field: Field) throws(ImportError) -> (Money, Currency) {
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
        guard
            let parsed = try? Money.parse(
                amountText, currency: currency, decimalMark: .comma, excessDecimals: .roundHalfEven)
        else {
            throw ImportError(
                .badValue, file: file, line: field.line,
                message: "invalid balance amount '\(amountText)' in :\(field.tag):")
        }
        return (bytes[0] == UInt8(ascii: "D") ? parsed.money.negated() : parsed.money, currency)
    }

    /// `:61:` value date YYMMDD, entry date MMDD (optional), mark C/D/RC/RD, funds code (optional),
    /// amount with a decimal comma, type code (N/S/F and three characters), references.
    private func statementLine(_ field: Field, currency: Currency) throws(ImportError) -> StatementLine {
        let firstLine =
            field.value.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let chars = Array(firstLine)
        func fail(_ reason: String) -> ImportError {
            ImportError(.badValue, file: file, line: field.line, message: "invalid :61: line '\(firstLine)': \(reason)")
        }
        guard chars.count >= 6, let valueDate = MT940Parser.date(String(chars[0..<6])) else {
            throw fail("no value date")
        }
        var index = 6
        var date = valueDate
        if chars.count >= index + 4, chars[index..<(index + 4)].allSatisfy(\.isNumber) {
            let month = Int(String(chars[index..<(index + 2)])) ?? 0
            let day = Int(String(chars[(index + 2)..<(index + 4)])) ?? 0
            var year = valueDate.year
            if month == 12 && valueDate.month == 1 { year -= 1 }
            if month == 1 && valueDate.month == 12 { year += 1 }
            guard let entry = LocalDate(year: year, month: month, day: day) else { throw fail("invalid entry date") }
            date = entry
            index += 4
        }
        var sign = 0
        var reversal = false
        if index < chars.count && chars[index] == "R" {
            reversal = true
            index += 1
        }
        if index < chars.count && chars[index] == "C" {
            sign = 1
        } else if index < chars.count && chars[index] == "D" {
            sign = -1
        }
        guard sign != 0 else { throw fail("no debit/credit mark (C, D, RC or RD)") }
        index += 1
        // A reversal of a credit takes money out; of a debit, puts it back.
        if reversal { sign = -sign }
        if index < chars.count && chars[index].isLetter { index += 1 }
        let amountStart = index
        while index < chars.count && (chars[index].isNumber || chars[index] == ",") { index += 1 }
        let amountText = String(chars[amountStart..<index])
        guard
            let parsed = try? Money.parse(
                amountText, currency: currency, decimalMark: .comma, excessDecimals: .roundHalfEven)
        else {
            throw fail("invalid amount '\(amountText)'")
        }
        let rest = String(chars[index...])
        let type = rest.count >= 4 ? String(rest.prefix(4)) : nil
        let reference = rest.count > 4 ? String(rest.dropFirst(4)) : ""
        let parts = reference.components(separatedBy: "//")
        let customerRef = parts.first.map { $0 == "NONREF" ? "" : $0 } ?? ""
        let bankRef = parts.count > 1 ? parts[1] : ""
        let supplementary = field.value.split(separator: "\n").dropFirst().joined(separator: " ").trimmed
        let id = [customerRef, bankRef].filter { !$0.isEmpty }.joined(separator: "/")
        return StatementLine(
            date: date, amount: sign < 0 ? parsed.money.negated() : parsed.money,
            amountText: (reversal ? "R" : "") + (sign < 0 ? "D" : "C") + amountText, payee: supplementary,
            memo: supplementary,
            bankID: id.isEmpty ? nil : id, type: type, sourceLine: field.line)
    }

    /// A `YYMMDD` date (years 00–79 are 2000–2079).
    static func date(_ text: String) -> LocalDate? {
        let bytes = Array(text.utf8)
        guard bytes.count == 6, let y = LocalDate.digits(bytes, 0, 2), let m = LocalDate.digits(bytes, 2, 2),
            let d = LocalDate.digits(bytes, 4, 2)
        else { return nil }
        return LocalDate(year: y < 80 ? 2000 + y : 1900 + y, month: m, day: d)
    }

    /// Payee and memo from `:86:` text: structured (`/NAME/`, `/CNTP/iban/bic/name/`, `/REMI/`,
    /// `/ORDP//NAME/`) or free text.
    static func information(_ raw: String) -> (payee: String, memo: String) {
        let text = raw.replacingOccurrences(of: "\n", with: "")
        guard text.hasPrefix("/") else {
            let free = raw.replacingOccurrences(of: "\n", with: " ").trimmed
            return (String(free.prefix(70)), free)
        }
        let parts = text.components(separatedBy: "/")
        func after(_ key: String, skip: Int = 0) -> String? {
            guard let index = parts.firstIndex(of: key) else { return nil }
            var values = Array(parts[(index + 1)...])
            while values.first == "" { values.removeFirst() }
            let value = values.dropFirst(skip).first.map { $0.trimmed } ?? ""
            return value.isEmpty ? nil : value
        }
        var name = after("NAME")
        if name == nil, let index = parts.firstIndex(of: "CNTP"), parts.count > index + 3 {
            let value = parts[index + 3].trimmed
            name = value.isEmpty ? nil : value
        }
        var remittance: String?
        if let index = parts.firstIndex(of: "REMI") {
            let rest = parts[(index + 1)...].filter { !$0.isEmpty && $0 != "USTD" && $0 != "STRD" && $0 != "CUR" }
            let keys: Set<String> = [
                "EREF", "PREF", "CNTP", "MARF", "CSID", "RTRN", "ORDP", "BENM", "NAME", "ADDR", "ISDT", "SUM", "ID",
            ]
            remittance = rest.prefix { !keys.contains($0) }.joined(separator: " ").trimmed
        }
        let memo = (remittance?.isEmpty ?? true) ? text : remittance!
        return (name ?? String(memo.prefix(70)), memo)
    }
}
