import GoalKit

/// Decides a CSV file's layout: delimiter, preamble, header, the role of each column, the
/// date order and the decimal mark, from the content (the whole file, not row by row), with
/// a profile's answers taking precedence.
struct CSVLayoutDetector {
    let path: String
    let file: String
    let profile: CSVProfile
    /// The currency and account the caller gives for files that name none.
    let options: ParseOptions

    /// How many leading records header and column detection look at.
    static let headRecords = 300

    func detect() throws(ImportError) -> CSVLayout {
        let source = try ByteSource(path: path)
        _ = try profile.validated(file: file)
        let delimiter =
            profile.delimiterByte ?? CSVDialectSniffer.delimiter(in: source.prefix(FormatDetector.window))
        var layout = CSVLayout(delimiter: delimiter)
        let reader = CSVRecordReader(source: source, delimiter: delimiter, file: file)
        var head: [[String]] = []
        while head.count < Self.headRecords, let record = try reader.next() { head.append(record.fields) }

        try findHeader(head, &layout)
        if layout.header.isEmpty && layout.firstDataRecord >= head.count && head.contains(where: { !isBlank($0) }) {
            throw ImportError(
                .malformed, file: file,
                message: profile == CSVProfile()
                    ? "no header and no row with a date: nothing in the file reads as a transaction"
                    : "with the profile's settings (delimiter, skip, header) no row reads as a transaction")
        }
        let preambleEnd = max(0, layout.firstDataRecord - (layout.header.isEmpty ? 0 : 1))
        layout.preambleAccount = CSVPreambleAccount.find(in: head[..<min(preambleEnd, head.count)])
        let data = head[layout.firstDataRecord...].filter { !isBlank($0) }
        layout.width = Self.commonWidth(data)
        try assignColumns(Array(data), &layout)
        if layout.investment { return layout }
        try surveyFile(&layout)
        try checkSignsAgainstBalance(Array(data), &layout)
        return layout
    }

    private func isBlank(_ record: [String]) -> Bool { record.allSatisfy { $0.trimmed.isEmpty } }

    /// The field count most data rows have (the larger one on a tie).
    static func commonWidth(_ rows: some Collection<[String]>) -> Int {
        var counts: [Int: Int] = [:]
        for row in rows { counts[row.count, default: 0] += 1 }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }?.key ?? 0
    }

    private func findHeader(_ head: [[String]], _ layout: inout CSVLayout) throws(ImportError) {
        let skip = min(max(profile.skip ?? 0, 0), head.count)
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

    /// A running balance tells the sign convention: when it moves against the amounts on
    /// nearly every row (80%), they are inverted; when it settles nothing, the signs are read
    /// as written, and a file whose amounts are all positive is asked about.
    private func checkSignsAgainstBalance(_ data: [[String]], _ layout: inout CSVLayout) throws(ImportError) {
        if let invert = profile.invert {
            layout.invert = invert
            return
        }
        let (agree, disagree, pairs) = balanceMoves(data, layout)
        if pairs > 0 && disagree >= 2 && disagree * 10 >= pairs * 8 {
            layout.invert = true
            layout.notes.append(
                ImportWarning(
                    line: nil,
                    message:
                        "the running balance moves against the amounts: their signs are inverted (money out written positive)"
                ))
            return
        }
        let settled = pairs > 0 && agree * 10 >= pairs * 8
        guard !settled else { return }
        let single = layout.columns[.debit] == nil && layout.columns[.credit] == nil && !layout.useDirection
        let unsigned =
            single && !data.isEmpty
            && layout.first(.amount).map { amount in
                !data.contains { amount < $0.count && CSVAmount.carriesSign($0[amount]) }
            } == true
        if let column = layout.first(.balance), pairs > 0 {
            let moves =
                "column \(layout.name(column)) moves with the amounts on \(agree) and against them on \(disagree) of \(pairs) rows"
            if unsigned && disagree > 0 {
                // The file writes no signs and its balance says some lines are money out: refused.
                throw ImportError(
                    .badValue, file: file,
                    message: """
                        question: every amount is written without a sign, and \(moves): which lines are money out \
                        the file does not settle; a profile with --invert (or --no-invert) answers it
                        """)
            }
            layout.notes.append(
                ImportWarning(
                    line: nil,
                    message: """
                        question: \(moves): it is no running balance GoalKit can check the signs with; they are read \
                        as written; a profile's --invert or --no-invert answers it
                        """))
            if !unsigned { return }
        }
        guard unsigned else { return }
        layout.notes.append(
            ImportWarning(
                line: nil,
                message: """
                    question: every amount is positive and no running balance tells money in from money out; \
                    if charges are written positive (credit-card exports), a profile with --invert answers it
                    """))
    }

    /// Over consecutive rows: how often the balance moves by the amount (after or before the
    /// line, in the file's date order), how often against it, and how many pairs were compared.
    private func balanceMoves(_ data: [[String]], _ layout: CSVLayout) -> (agree: Int, disagree: Int, pairs: Int) {
        guard let balanceColumn = layout.first(.balance), data.count >= 2 else { return (0, 0, 0) }
        let dates = data.compactMap { row in
            layout.first(.date).flatMap { $0 < row.count ? CSVDate.day(row[$0], order: layout.dateOrder) : nil }
        }
        guard let firstDate = dates.first, let lastDate = dates.last, firstDate != lastDate else { return (0, 0, 0) }
        let ascending = firstDate < lastDate
        var (agree, disagree, pairs) = (0, 0, 0)
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
                pairs += 1
                // Ascending: the balance grows by this line (balance after) or the previous one (balance before).
                let (delta, overflow) =
                    ascending
                    ? balance.subtractingReportingOverflow(previous) : previous.subtractingReportingOverflow(balance)
                let candidates = ascending ? [amount, previousAmount] : [previousAmount, amount]
                if !overflow && delta != .min {
                    if candidates.contains(delta) {
                        agree += 1
                    } else if candidates.contains(-delta) {
                        disagree += 1
                    }
                }
            }
            previous = balance
            previousAmount = amount
        }
        return (agree, disagree, pairs)
    }

    private func signedAmount(_ record: [String], _ layout: CSVLayout, _ columns: CSVColumns) -> Int64? {
        try? CSVParser<CollectingSink>.amount(
            record, layout: layout, columns: columns, currency: .xxx, line: 0, file: file
        ).money.minorUnits
    }
}
