import GoalKit

/// The role of each column: header names and a profile's pins first, then one finder per
/// role that reads the values.
extension CSVLayoutDetector {
    func assignColumns(_ data: [[String]], _ layout: inout CSVLayout) throws(ImportError) {
        let sample = CSVColumnSample(rows: data)
        try assignNamedColumns(&layout)
        try refuseSplitDecimalCommas(sample, layout)
        keepTrailingFieldsAsMemo(sample, &layout)
        // Securities columns that hold values make this an investment statement.
        if let investment = layout.columns[.investment], investment.contains(where: { sample.filled($0) >= 0.5 }) {
            layout.investment = true
            return
        }
        findDateColumn(sample, &layout)
        findAmountColumns(sample, &layout)
        findCurrencyColumn(sample, &layout)
        findDirectionColumn(sample, &layout)
        findPayeeColumn(sample, &layout)
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

    /// Amounts with a decimal comma in a comma-separated file without quotes split in two
    /// (`-3,50` is `-3` and `50`): the rows are wider than the header and a money column is
    /// a whole number followed by one or two digits. Its cents would be lost as text, so the
    /// file is refused.
    private func refuseSplitDecimalCommas(_ sample: CSVColumnSample, _ layout: CSVLayout) throws(ImportError) {
        guard layout.delimiter == UInt8(ascii: ","), !layout.header.isEmpty else { return }
        // The cents land beyond the header's last name, or in the column after the amount.
        let wider = sample.rows.filter { $0.count > layout.header.count }
        let rows = wider.isEmpty ? sample.rows : wider
        guard !rows.isEmpty else { return }
        let money = [CSVColumnRole.amount, .debit, .credit, .balance].flatMap { layout.columns[$0] ?? [] }
        func whole(_ text: String) -> Bool {
            let t = text.trimmed.drop { $0 == "-" || $0 == "+" }
            return !t.isEmpty && t.allSatisfy { $0.isASCII && $0.isNumber }
        }
        func cents(_ text: String) -> Bool {
            let t = text.trimmed
            return (1...2).contains(t.count) && t.allSatisfy { $0.isASCII && $0.isNumber }
        }
        for column in money {
            let split = rows.filter { column + 1 < $0.count && whole($0[column]) && cents($0[column + 1]) }
            // Rows wider than the header: half of them; rows as wide: nearly all, two at least.
            let enough =
                wider.isEmpty ? split.count >= 2 && split.count * 10 >= rows.count * 9 : split.count * 2 >= rows.count
            guard enough, let first = split.first else { continue }
            throw ImportError(
                .malformed, file: file,
                message: """
                    question: the amounts have a decimal comma in a comma-separated file without quotes: \
                    '\(first[column]),\(first[column + 1])' is split into two fields, so column \(layout.name(column)) \
                    would lose its cents; export the file with quotes or another delimiter (or a profile's \
                    delimiter if it is another)
                    """)
        }
    }

    /// Fields every row has beyond the header's names (an export that adds some) are memo text.
    private func keepTrailingFieldsAsMemo(_ sample: CSVColumnSample, _ layout: inout CSVLayout) {
        guard !layout.header.isEmpty, layout.width > layout.header.count else { return }
        let extra = (layout.header.count..<layout.width).filter { !sample.values($0).isEmpty }
        layout.columns[.memo, default: []].append(contentsOf: extra)
    }

    /// Roles the header names, then the columns a profile pins.
    private func assignNamedColumns(_ layout: inout CSVLayout) throws(ImportError) {
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
            if spec?.trimmed.lowercased() == "none" {
                layout.columns[role] = nil
                layout.disabled.insert(role)
            } else if let index = try column(spec, layout) {
                layout.columns[role] = [index]
                if role == .amount {
                    layout.columns[.debit] = nil
                    layout.columns[.credit] = nil
                }
            }
        }
    }

    /// The transaction date among the columns that hold dates: one that varies over one
    /// that is the same on every row (a period's start), then by what the header calls it
    /// (booking or transaction date, a plain date, a value date, a period's end), then the
    /// first. A date a profile pins stays.
    private func findDateColumn(_ sample: CSVColumnSample, _ layout: inout CSVLayout) {
        if profile.dateColumn != nil, layout.columns[.date] != nil { return }
        let named = Set(
            (layout.columns[.date] ?? []) + (layout.columns[.valueDate] ?? []) + (layout.columns[.periodDate] ?? []))
        let holdsDates = { (column: Int) -> Bool in
            let v = sample.values(column)
            return sample.filled(column) >= 0.8 && !v.isEmpty
                && Double(v.filter(CSVDate.isDate).count) >= 0.8 * Double(v.count)
        }
        var candidates = named.sorted().filter(holdsDates)
        if candidates.isEmpty && named.isEmpty {
            let taken = Set(layout.columns.values.flatMap { $0 })
            candidates = (0..<sample.width).filter { !taken.contains($0) && holdsDates($0) }
        }
        guard !candidates.isEmpty else {
            if layout.columns[.date] == nil, let valueDate = layout.columns[.valueDate] {
                layout.columns[.date] = valueDate
            }
            return
        }
        func varies(_ column: Int) -> Bool { Set(sample.values(column)).count > 1 }
        func priority(_ column: Int) -> Int {
            column < layout.header.count ? CSVColumnRole.datePriority(forHeader: layout.header[column]) : 1
        }
        let best = candidates.min { a, b in
            let (va, vb) = (varies(a), varies(b))
            if va != vb { return va }
            let (pa, pb) = (priority(a), priority(b))
            return pa != pb ? pa > pb : a < b
        }!
        layout.columns[.date] = [best] + (layout.columns[.date] ?? []).filter { $0 != best }
    }

    /// In a headerless file: the amount among the numeric columns (and a running balance
    /// beside it, when one moves by it).
    private func findAmountColumns(_ sample: CSVColumnSample, _ layout: inout CSVLayout) {
        let hasAmount =
            layout.columns[.amount] != nil || layout.columns[.debit] != nil || layout.columns[.credit] != nil
        guard !hasAmount && layout.header.isEmpty else { return }
        let dateColumns = Set((layout.columns[.date] ?? []) + (layout.columns[.valueDate] ?? []))
        let taken = Set(layout.columns.values.flatMap { $0 })
        let numeric = (0..<sample.width).filter { column in
            guard !dateColumns.contains(column), !taken.contains(column) else { return false }
            let v = sample.values(column)
            return sample.filled(column) >= 0.5 && Double(v.filter(CSVAmount.isAmount).count) >= 0.9 * Double(v.count)
        }
        let monetary = numeric.first { column in
            let v = sample.values(column)
            return Double(v.filter(CSVAmount.looksMonetary).count) >= 0.3 * Double(v.count)
        }
        if let (amount, balance) = runningBalancePair(numeric, sample.rows) {
            layout.columns[.amount] = [amount]
            layout.columns[.balance] = [balance]
        } else if let amount = monetary ?? numeric.first {
            layout.columns[.amount] = [amount]
        }
    }

    /// A column of nothing but ISO 4217 codes.
    private func findCurrencyColumn(_ sample: CSVColumnSample, _ layout: inout CSVLayout) {
        guard layout.columns[.currency] == nil, !layout.disabled.contains(.currency) else { return }
        let used = Set(layout.columns.values.flatMap { $0 })
        layout.columns[.currency] = (0..<sample.width).first(where: { column in
            let v = sample.values(column)
            return !used.contains(column) && !v.isEmpty
                && v.allSatisfy { $0.count == 3 && Currency.known[$0.uppercased()] != nil }
        }).map { [$0] }
    }

    /// A column of direction words (D/C, Af/Bij) beside a single amount.
    private func findDirectionColumn(_ sample: CSVColumnSample, _ layout: inout CSVLayout) {
        // Once found, a direction decides the sign, whatever the amounts write (a sign that
        // contradicts it is told line by line as a question).
        if layout.columns[.direction] == nil, layout.columns[.amount] != nil, !layout.disabled.contains(.direction) {
            let used = Set(layout.columns.values.flatMap { $0 })
            layout.columns[.direction] = (0..<sample.width).first(where: { column in
                let v = sample.values(column)
                return !used.contains(column) && sample.filled(column) >= 0.8
                    && v.allSatisfy { CSVDirection.sign($0) != nil }
            }).map { [$0] }
        }
        layout.useDirection = layout.columns[.direction] != nil && layout.columns[.amount] != nil
    }

    /// The text column with the most to say, when the header names no payee.
    private func findPayeeColumn(_ sample: CSVColumnSample, _ layout: inout CSVLayout) {
        guard layout.columns[.payee] == nil else { return }
        let used = Set(layout.columns.values.flatMap { $0 })
        let text = (0..<sample.width).filter { column in
            let v = sample.values(column)
            return !used.contains(column) && !v.isEmpty && !v.allSatisfy(CSVAmount.isAmount)
                && !v.allSatisfy(CSVDate.isDate)
        }
        if let longest = text.max(by: { sample.textWeight($0) < sample.textWeight($1) }) {
            layout.columns[.payee] = [longest]
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
                    // Checked: a 17-digit amount beside a balance must not trap.
                    func sum(_ x: Int64, _ y: Int64) -> Int64? {
                        let (value, overflow) = x.addingReportingOverflow(y)
                        return overflow ? nil : value
                    }
                    if b1 == sum(b0, a0) || b1 == sum(b0, a1) || b0 == sum(b1, a1) || b0 == sum(b1, a0) { matches += 1 }
                }
                if matches * 10 >= (data.count - 1) * 8 { return (amount, balance) }
            }
        }
        return nil
    }
}
