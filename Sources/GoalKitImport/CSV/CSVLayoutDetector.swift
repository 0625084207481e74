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
    private func column(_ spec: String?, _ layout: CSVLayout) throws(ImportError) -> Int? {
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

    private func assignColumns(_ data: [[String]], _ layout: inout CSVLayout) throws(ImportError) {
        for (index, cell) in layout.header.enumerated() {
            if let role = CSVColumnRole.role(forHeader: cell) { layout.columns[role, default: []].append(index) }
        }
        let pinned: [(CSVColumnRole, String?)] = [
            (.date, profile.dateColumn), (.amount, profile.amountColumn), (.debit, profile.debitColumn),
            (.credit, profile.creditColumn), (.direction, profile.directionColumn), (.payee, profile.payeeColumn),
            (.memo, profile.memoColumn), (.balance, profile.balanceColumn), (.currency, profile.currencyColumn),
            (.account, profile.accountColumn), (.category, profile.categoryColumn),
        ]
        for (role, spec) in pinned {
            if let index = try column(spec, layout) {
                layout.columns[role] = [index]
                if role == .amount {
                    layout.columns[.debit] = nil
                    layout.columns[.credit] = nil
                }
            }
        }
        let width = data.map(\.count).max() ?? 0
        func values(_ column: Int) -> [String] {
            data.map { column < $0.count ? $0[column].trimmed : "" }.filter { !$0.isEmpty }
        }
        func filled(_ column: Int) -> Double { data.isEmpty ? 0 : Double(values(column).count) / Double(data.count) }
        let taken = Set(layout.columns.values.flatMap { $0 })

        // Securities columns that hold values make this an investment statement.
        if let investment = layout.columns[.investment], investment.contains(where: { filled($0) >= 0.5 }) {
            layout.investment = true
            return
        }
        if layout.columns[.date] == nil {
            if let valueDate = layout.columns[.valueDate] {
                layout.columns[.date] = valueDate
            } else if let found = (0..<width).first(where: { column in
                let v = values(column)
                return filled(column) >= 0.8 && !v.isEmpty
                    && Double(v.filter(CSVDate.isDate).count) >= 0.8 * Double(v.count)
            }) {
                layout.columns[.date] = [found]
            }
        }
        let dateColumns = Set((layout.columns[.date] ?? []) + (layout.columns[.valueDate] ?? []))
        let hasAmount =
            layout.columns[.amount] != nil || layout.columns[.debit] != nil || layout.columns[.credit] != nil
        if !hasAmount && layout.header.isEmpty {
            let numeric = (0..<width).filter { column in
                guard !dateColumns.contains(column), !taken.contains(column) else { return false }
                let v = values(column)
                return filled(column) >= 0.5 && Double(v.filter(CSVAmount.isAmount).count) >= 0.9 * Double(v.count)
            }
            let monetary = numeric.first { column in
                let v = values(column)
                return Double(v.filter(CSVAmount.looksMonetary).count) >= 0.3 * Double(v.count)
            }
            if let (amount, balance) = runningBalancePair(numeric, data) {
                layout.columns[.amount] = [amount]
                layout.columns[.balance] = [balance]
            } else if let amount = monetary ?? numeric.first {
                layout.columns[.amount] = [amount]
            }
        }
        let used = Set(layout.columns.values.flatMap { $0 })
        if layout.columns[.currency] == nil,
            let column = (0..<width).first(where: { column in
                let v = values(column)
                return !used.contains(column) && !v.isEmpty
                    && v.allSatisfy { $0.count == 3 && Currency.known[$0.uppercased()] != nil }
            })
        {
            layout.columns[.currency] = [column]
        }
        if layout.columns[.direction] == nil, layout.columns[.amount] != nil,
            let column = (0..<width).first(where: { column in
                let v = values(column)
                return !used.contains(column) && filled(column) >= 0.8 && v.allSatisfy { CSVDirection.sign($0) != nil }
            })
        {
            layout.columns[.direction] = [column]
            // A direction found from values counts only when the amounts carry no sign.
            if let amount = layout.first(.amount), values(amount).contains(where: { $0.hasPrefix("-") }) {
                layout.columns[.direction] = nil
            }
        }
        layout.useDirection = layout.columns[.direction] != nil && layout.columns[.amount] != nil
        if layout.columns[.payee] == nil {
            let used = Set(layout.columns.values.flatMap { $0 })
            let text = (0..<width).filter { column in
                let v = values(column)
                return !used.contains(column) && !v.isEmpty && !v.allSatisfy(CSVAmount.isAmount)
                    && !v.allSatisfy(CSVDate.isDate)
            }
            let longest = text.max { a, b in
                values(a).reduce(0) { $0 + $1.count } * 1000 / max(1, data.count) < values(b).reduce(0) {
                    $0 + $1.count
                } * 1000 / max(1, data.count)
            }
            if let longest { layout.columns[.payee] = [longest] }
        }
        guard layout.columns[.date] != nil || data.isEmpty else {
            throw ImportError(
                .malformed, file: file, message: "no date column found; a profile can name it (--date-column)")
        }
        guard
            layout.columns[.amount] != nil || layout.columns[.debit] != nil || layout.columns[.credit] != nil
                || data.isEmpty
        else {
            throw ImportError(
                .malformed, file: file,
                message: "no amount column found (only dates and balances?); a profile can name it (--amount-column)")
        }
    }

    /// Among numeric columns, an amount and a balance that moves by it from row to row (before
    /// or after the line, in either file order): how a headerless file tells them apart.
    private func runningBalancePair(_ numeric: [Int], _ data: [[String]]) -> (amount: Int, balance: Int)? {
        guard numeric.count >= 2, data.count >= 3 else { return nil }
        func number(_ row: [String], _ column: Int) -> Int64? {
            guard column < row.count else { return nil }
            let text = row[column]
            let mark: DecimalMark = CSVAmount.evidence(text) ?? .period
            return try? CSVAmount.parse(text, mark: mark, currency: .xxx).money.minorUnits
        }
        for balance in numeric {
            for amount in numeric where amount != balance {
                var matches = 0
                for i in 1..<data.count {
                    guard let b0 = number(data[i - 1], balance), let b1 = number(data[i], balance),
                        let a0 = number(data[i - 1], amount), let a1 = number(data[i], amount)
                    else { continue }
                    if b1 == b0 + a0 || b1 == b0 + a1 || b0 == b1 + a1 || b0 == b1 + a0 { matches += 1 }
                }
                if matches * 10 >= (data.count - 1) * 8 { return (amount, balance) }
            }
        }
        return nil
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
