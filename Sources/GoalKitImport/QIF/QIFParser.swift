import Foundation
import GoalKit

/// Quicken Interchange Format: `!Type:Bank`, `!Type:CCard` and `!Type:Cash` sections (other
/// sections skipped with a reason), records ended by `^`, dates decided over the whole file.
struct QIFParser<Sink: StatementSink> {
    let path: String
    let file: String
    let options: ParseOptions

    /// One record as read.
    struct Record {
        var line = 0
        var date: String?
        var dateLine = 0
        var amount: String?
        var amountLine = 0
        var payee = ""
        var memo = ""
        var category: String?
        var number: String?
        var splits: [String] = []
        var isEmpty: Bool { date == nil && amount == nil && payee.isEmpty && memo.isEmpty }
    }

    func parse(sink input: Sink) throws(ImportError) -> (Sink, String) {
        var sink = input
        let order = try decideDateOrder()
        let reader = LineReader(source: try ByteSource(path: path))
        var section: String?
        var inAccount = false
        var accountName: String?
        var begun = false
        var record = Record()
        var statements = 0
        var skippedSections: Set<String> = []
        func flush() throws(ImportError) {
            defer { record = Record() }
            guard let section, QIFSectionType.bank.contains(section), !record.isEmpty else { return }
            if !begun {
                begun = true
                statements += 1
                try sink.begin(
                    StatementHeader(
                        accountID: accountName ?? options.defaultAccount,
                        accountType: section == "ccard" ? .creditcard : (section == "bank" ? .checking : .unknown),
                        currency: options.defaultCurrency))
            }
            guard let dateText = record.date else {
                return try sink.invalid(
                    ImportError(.badValue, file: file, line: record.line, message: "a record without a date (D)"))
            }
            guard let date = QIFParser.day(dateText, order: order) else {
                return try sink.invalid(
                    ImportError(.badValue, file: file, line: record.dateLine, message: "invalid date '\(dateText)'"))
            }
            let amountText = record.amount
            if amountText == nil && record.splits.isEmpty {
                return try sink.invalid(
                    ImportError(.badValue, file: file, line: record.line, message: "a record without an amount (T)"))
            }
            let parsed: ParsedMoney
            do throws(ValueProblem) {
                if let amountText {
                    parsed = try CSVAmount.parse(amountText, mark: .period, currency: options.defaultCurrency)
                } else {
                    var total: Int64 = 0
                    var rounded = false
                    for split in record.splits {
                        let part = try CSVAmount.parse(split, mark: .period, currency: options.defaultCurrency)
                        let (sum, overflow) = total.addingReportingOverflow(part.money.minorUnits)
                        if overflow { throw ValueProblem("the splits add up beyond 64-bit minor units") }
                        total = sum
                        rounded = rounded || part.wasRounded
                    }
                    parsed = ParsedMoney(
                        money: Money(minorUnits: total, currency: options.defaultCurrency), wasRounded: rounded)
                }
            } catch {
                return try sink.invalid(
                    ImportError(
                        .badValue, file: file, line: record.amountLine,
                        message: "invalid amount '\(amountText ?? "")': \(error.reason)"))
            }
            var line = StatementLine(
                date: date, amount: parsed.money, amountText: amountText ?? record.splits.joined(separator: "+"),
                payee: record.payee.isEmpty ? record.memo : record.payee, memo: record.memo,
                bankID: nil, type: record.number, sourceLine: record.line)
            line.category = record.category
            if !record.splits.isEmpty && record.memo.isEmpty {
                line.memo = "split: " + record.splits.joined(separator: " + ")
            }
            try sink.line(line)
        }
        while let text = try reader.next(file: file) {
            let trimmed = text.trimmed
            guard let first = trimmed.first else { continue }
            if first == "!" {
                try flush()
                let header = trimmed.lowercased()
                if header.hasPrefix("!type:") {
                    if begun {
                        try sink.end(StatementFooter())
                        begun = false
                    }
                    let type = String(header.dropFirst(6)).trimmed
                    section = type
                    inAccount = false
                    if !QIFSectionType.bank.contains(type) { skippedSections.insert(type) }
                } else if header.hasPrefix("!account") {
                    inAccount = true
                    section = nil
                } else if header.hasPrefix("!option") || header.hasPrefix("!clear") {
                    continue
                } else {
                    throw ImportError(
                        .malformed, file: file, line: reader.line, message: "unknown QIF header '\(trimmed)'")
                }
                continue
            }
            if record.line == 0 { record.line = reader.line }
            let value = String(trimmed.dropFirst())
            if inAccount {
                if first == "N" { accountName = value.trimmed }
                if first == "^" { inAccount = false }
                continue
            }
            guard section != nil else {
                throw ImportError(
                    .malformed, file: file, line: reader.line, message: "a QIF record before any !Type: header")
            }
            switch first {
            case "D":
                record.date = value
                record.dateLine = reader.line
            case "T", "U":
                if record.amount == nil || first == "T" {
                    record.amount = value
                    record.amountLine = reader.line
                }
            case "P": record.payee = value.trimmed
            case "M": record.memo = value.trimmed
            case "L": record.category = value.trimmed.isEmpty ? nil : value.trimmed
            case "N": record.number = value.trimmed
            case "$": record.splits.append(value.trimmed)
            case "^": try flush()
            case "C", "A", "S", "E", "%", "F", "X", "I", "Q", "O", "Y", "B", "K", "R", "7", "1", "2", "3", "4", "5",
                "6", "8", "9":
                break
            default:
                throw ImportError(.malformed, file: file, line: reader.line, message: "unknown QIF field '\(first)'")
            }
        }
        try flush()
        if begun { try sink.end(StatementFooter()) }
        for type in skippedSections.sorted() {
            let kind: SkippedPart.Kind = type.hasPrefix("invst") ? .investment : .other
            sink.skipped(
                SkippedPart(kind: kind, reason: "QIF section !Type:\(type) is not a bank, card or cash account"))
        }
        if statements == 0 && skippedSections.isEmpty {
            throw ImportError(.noStatement, file: file, message: "the QIF file holds no transactions")
        }
        return (sink, reader.text.encodingName(declared: nil))
    }

    /// The date order that reads every `D` line, choosing the one whose dates span the
    /// shortest time when several do (a statement covers months, not decades).
    private func decideDateOrder() throws(ImportError) -> CSVDateOrder {
        let reader = LineReader(source: try ByteSource(path: path))
        var dates: [String] = []
        while let text = try reader.next(file: file) {
            if text.hasPrefix("D") { dates.append(String(text.dropFirst())) }
        }
        if let pinned = options.profile?.dateOrder { return pinned }
        var best: (CSVDateOrder, Int)?
        for order in [CSVDateOrder.mdy, .dmy, .ymd] {
            let days = dates.map { QIFParser.day($0, order: order) }
            guard !days.contains(where: { $0 == nil }) else { continue }
            let values = days.compactMap { $0?.daysSinceEpoch }
            let span = (values.max() ?? 0) - (values.min() ?? 0)
            if best == nil || span < best!.1 { best = (order, span) }
        }
        return best?.0 ?? .mdy
    }

    /// A QIF date: `12/25/2003`, `12/25'03` (the `'` year is in the 2000s), ` 1/ 5/99`, `13/08/12` (YY/MM/DD).
    static func day(_ raw: String, order: CSVDateOrder) -> LocalDate? {
        var text = raw.trimmed.replacingOccurrences(of: " ", with: "")
        var apostrophe = false
        if text.contains("'") {
            apostrophe = true
            text = text.replacingOccurrences(of: "'", with: "/")
        }
        text = text.replacingOccurrences(of: "-", with: "/").replacingOccurrences(of: ".", with: "/")
        let parts = text.split(separator: "/").map { Int($0) }
        guard parts.count == 3, let a = parts[0], let b = parts[1], let c = parts[2] else { return nil }
        let digits = text.split(separator: "/").map(\.count)
        func year(_ value: Int, _ count: Int) -> Int {
            if count > 2 { return value }
            if apostrophe { return 2000 + value }
            return CSVDate.year(value, digits: count)
        }
        switch order {
        case .mdy: return LocalDate(year: year(c, digits[2]), month: a, day: b)
        case .dmy: return LocalDate(year: year(c, digits[2]), month: b, day: a)
        case .ymd: return LocalDate(year: year(a, digits[0]), month: b, day: c)
        }
    }
}
