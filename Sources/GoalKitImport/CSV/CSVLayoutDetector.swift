import GoalKit

/// Decides a CSV file's layout: delimiter, preamble, header, the role of each column, the
/// date order and the decimal mark, from the content (the whole file, not row by row), with
/// a profile's answers taking precedence.
struct CSVLayoutDetector {
    let path: String
    let file: String
    let profile: CSVProfile

    /// How many leading records header and column detection look at.
    static let headRecords = 300

    func detect() throws(ImportError) -> CSVLayout {
        let source = try ByteSource(path: path)
        let delimiter =
            profile.delimiter.flatMap { $0 == "\\t" || $0 == "tab" ? 0x09 : $0.utf8.first }
            ?? CSVDialectSniffer.delimiter(in: source.prefix(FormatDetector.window))
        var layout = CSVLayout(delimiter: delimiter)
        let reader = CSVRecordReader(source: source, delimiter: delimiter, file: file)
        var head: [[String]] = []
        while head.count < Self.headRecords, let record = try reader.next() { head.append(record.fields) }

        try findHeader(head, &layout)
        let data = head[layout.firstDataRecord...].filter { !isBlank($0) }
        try assignColumns(Array(data), &layout)
        if layout.investment { return layout }
        try decideDatesAndMarks(&layout)
        checkSignsAgainstBalance(Array(data), &layout)
        return layout
    }

    private func isBlank(_ record: [String]) -> Bool { record.allSatisfy { $0.trimmed.isEmpty } }

    private func findHeader(_ head: [[String]], _ layout: inout CSVLayout) throws(ImportError) {
        let skip = profile.skip ?? 0
        if let hasHeader = profile.header {
            layout.firstDataRecord = min(head.count, skip + (hasHeader ? 1 : 0))
            if hasHeader && skip < head.count { layout.header = head[skip] }
            return
        }
        for index in skip..<min(head.count, skip + 40) {
            let record = head[index]
            let matches = record.compactMap(CSVColumnRole.role(forHeader:)).count
            if record.count >= 2 && matches >= 2 && !record.contains(where: CSVDate.isDate) {
                layout.header = record
                layout.firstDataRecord = index + 1
                if index > 0 {
                    layout.notes.append(
                        ImportWarning(
                            line: nil, message: "\(index) line(s) before the header were skipped as a preamble"))
                }
                return
            }
        }
        // No header: the data starts at the first row with a date and two or more fields.
        guard
            let first = head.indices.dropFirst(skip).first(where: {
                head[$0].count >= 2 && head[$0].contains(where: CSVDate.isDate)
            })
        else {
            layout.firstDataRecord = head.count
            return
        }
        layout.firstDataRecord = first
        if first > 0 {
            layout.notes.append(
                ImportWarning(
                    line: nil, message: "\(first) line(s) before the first transaction were skipped as a preamble"))
        }
    }

    /// A profile's column, by header name (case-insensitive) or 1-based number.
    func column(_ spec: String?, _ layout: CSVLayout) throws(ImportError) -> Int? {
        guard let spec = spec?.trimmed, !spec.isEmpty else { return nil }
        if let number = Int(spec), number >= 1 { return number - 1 }
        if let index = layout.header.firstIndex(where: {
            CSVColumnRole.normalized($0) == CSVColumnRole.normalized(spec)
        }) {
            return index
        }
        throw ImportError(
            .malformed, file: file, message: "the profile names a column '\(spec)' that the header does not have")
    }

    /// Date order and decimal mark from every data row of the file.
    private func decideDatesAndMarks(_ layout: inout CSVLayout) throws(ImportError) {
        let reader = CSVRecordReader(source: try ByteSource(path: path), delimiter: layout.delimiter, file: file)
        var index = 0
        var maxFirst = 0
        var maxSecond = 0
        var yearFirst = 0
        var dates = 0
        var commas = 0
        var periods = 0
        let dateColumn = layout.first(.date)
        let moneyColumns = [CSVColumnRole.amount, .debit, .credit, .balance].flatMap { layout.columns[$0] ?? [] }
        reader.wanted = CSVColumns.mask(([dateColumn].compactMap { $0 }) + moneyColumns)
        while let next = try reader.next() {
            let record = next.fields
            defer { index += 1 }
            guard index >= layout.firstDataRecord else { continue }
            if let dateColumn, dateColumn < record.count, let parts = CSVDate.parts(record[dateColumn]) {
                dates += 1
                if parts.firstDigits == 4 { yearFirst += 1 }
                maxFirst = max(maxFirst, parts.0)
                maxSecond = max(maxSecond, parts.1)
            }
            for column in moneyColumns where column < record.count {
                switch CSVAmount.evidence(record[column]) {
                case .comma: commas += 1
                case .period: periods += 1
                case nil: break
                }
            }
        }
        if let mark = profile.decimalMark {
            layout.decimalMark = mark == "," ? .comma : .period
        } else if commas != periods {
            layout.decimalMark = commas > periods ? .comma : .period
        } else {
            layout.decimalMark = layout.delimiter == UInt8(ascii: ";") ? .comma : .period
        }
        if let order = profile.dateOrder {
            layout.dateOrder = order
        } else if dates > 0 && yearFirst == dates {
            layout.dateOrder = .ymd
        } else if maxFirst > 12 && maxSecond > 12 {
            throw ImportError(
                .malformed, file: file,
                message: "the dates fit neither DD/MM nor MM/DD; a profile can say (--date-format)")
        } else if maxFirst > 12 {
            layout.dateOrder = .dmy
        } else if maxSecond > 12 {
            layout.dateOrder = .mdy
        } else {
            layout.dateOrder = layout.decimalMark == .comma ? .dmy : .mdy
            if dates > 0 {
                layout.notes.append(
                    ImportWarning(
                        line: nil,
                        message: """
                            every date fits both DD/MM and MM/DD; read as \(layout.dateOrder == .dmy ? "DD/MM (the amounts use a decimal comma)" : "MM/DD (the amounts use a decimal point)"); \
                            --date-format in a profile answers it
                            """))
            }
        }
    }

    /// A running balance tells the sign convention: when it moves against the amounts, they are inverted.
    private func checkSignsAgainstBalance(_ data: [[String]], _ layout: inout CSVLayout) {
        if let invert = profile.invert {
            layout.invert = invert
            return
        }
        guard let balanceColumn = layout.first(.balance), data.count >= 2 else {
            if layout.columns[.debit] == nil && layout.columns[.credit] == nil && !layout.useDirection,
                let amount = layout.first(.amount),
                !data.contains(where: {
                    amount < $0.count && ($0[amount].trimmed.hasPrefix("-") || $0[amount].contains("("))
                }),
                data.count > 0
            {
                layout.notes.append(
                    ImportWarning(
                        line: nil,
                        message: """
                            question: every amount is positive and there is no running balance to tell money in from money out; \
                            if charges are written positive (credit-card exports), a profile with --invert answers it
                            """))
            }
            return
        }
        // The file's order (by its dates) says how the balance should move.
        let dates = data.compactMap { row in
            layout.first(.date).flatMap { $0 < row.count ? CSVDate.day(row[$0], order: layout.dateOrder) : nil }
        }
        guard let firstDate = dates.first, let lastDate = dates.last, firstDate != lastDate else { return }
        let ascending = firstDate < lastDate
        var agree = 0
        var disagree = 0
        var previous: Int64?
        var previousAmount: Int64?
        let columns = CSVColumns(layout)
        for record in data {
            guard balanceColumn < record.count,
                let balance = try? CSVAmount.parse(record[balanceColumn], mark: layout.decimalMark, currency: .xxx)
                    .money.minorUnits,
                let amount = signedAmount(record, layout, columns)
            else { continue }
            if let previous, let previousAmount {
                // Ascending: the balance grows by this line (balance after) or the previous one (balance before).
                let delta = ascending ? balance - previous : previous - balance
                let candidates = ascending ? [amount, previousAmount] : [previousAmount, amount]
                if candidates.contains(delta) { agree += 1 } else if candidates.contains(-delta) { disagree += 1 }
            }
            previous = balance
            previousAmount = amount
        }
        if disagree > 2 * agree && disagree >= 2 {
            layout.invert = true
            layout.notes.append(
                ImportWarning(
                    line: nil,
                    message:
                        "the running balance moves against the amounts: their signs are inverted (money out written positive)"
                ))
        }
    }

    private func signedAmount(_ record: [String], _ layout: CSVLayout, _ columns: CSVColumns) -> Int64? {
        try? CSVParser<CollectingSink>.amount(
            record, layout: layout, columns: columns, currency: .xxx, line: 0, file: file
        ).money.minorUnits
    }
}
