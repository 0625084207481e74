import GoalKit

/// Reads a CSV bank export with a decided layout into statements, streaming. Rows without a
/// date after the last transaction are a footer (ignored with a warning); a bad date or
/// amount between transactions rejects the file with its line number.
struct CSVParser<Sink: StatementSink> {
    let path: String
    let file: String
    let options: ParseOptions
    let layout: CSVLayout

    func parse(sink input: Sink) throws(ImportError) -> (Sink, String) {
        var sink = input
        for note in layout.notes { sink.warning(note) }
        if layout.first(.account) == nil && options.profile?.account == nil && options.defaultAccount == "default"
            && layout.preambleAccount == nil && !layout.investment
        {
            sink.warning(
                ImportWarning(
                    line: nil,
                    message:
                        "question: the file names no account, so its lines go to the account 'default'; --account (or a profile's --account) answers it"
                ))
        }
        if layout.investment {
            sink.skipped(
                SkippedPart(
                    kind: .investment,
                    reason: "the columns describe securities (ISIN, quantity, price): an investment statement"))
            return (sink, "utf-8")
        }
        let reader = CSVRecordReader(source: try ByteSource(path: path), delimiter: layout.delimiter, file: file)
        let profileCurrency = options.profile?.currency.flatMap { try? Currency(code: $0) }
        let defaultCurrency = profileCurrency ?? layout.statedCurrency ?? options.defaultCurrency
        let defaultAccount =
            options.profile?.account
            ?? (options.defaultAccount == "default" ? layout.preambleAccount : nil) ?? options.defaultAccount
        let columns = CSVColumns(layout)
        reader.wanted = CSVColumns.mask(columns.read)
        var index = 0
        var pending: [(fields: [String], line: Int)] = []
        var current: (account: String, currency: Currency)?
        var statements = 0
        var contradictions = CSVSignContradictions()
        var closing = CSVClosingBalance()
        let balanceColumn = layout.first(.balance)
        while let record = try reader.next() {
            defer { index += 1 }
            if index & 0x3FFF == 0, let progress = options.progress { progress(reader.position.0, reader.position.1) }
            guard index >= layout.firstDataRecord, !record.fields.allSatisfy({ $0.trimmed.isEmpty }) else { continue }
            let fields = record.fields
            guard let dateColumn = columns.date, dateColumn < fields.count,
                let date = CSVDate.day(fields[dateColumn], order: layout.dateOrder)
            else {
                pending.append(record)
                // A row shaped like a transaction is one, whatever follows: read or refused.
                if looksLikeTransaction(fields, columns) || pending.count > 10_000 {
                    try flushInvalid(&pending, &sink)
                }
                continue
            }
            try flushInvalid(&pending, &sink)
            if let problem = fieldCountProblem(fields, columns) {
                try sink.invalid(ImportError(.badValue, file: file, line: record.line, message: problem))
                continue
            }
            var account = value(fields, columns.account).map { $0.isEmpty ? defaultAccount : $0 } ?? defaultAccount
            let currency = rowCurrency(fields, columns, default: defaultCurrency, profile: profileCurrency)
            if layout.splitByCurrency { account += "/" + currency.code }
            if current == nil || current!.account != account || current!.currency != currency {
                if current != nil { try sink.end(closing.footer) }
                closing = CSVClosingBalance()
                current = (account, currency)
                statements += 1
                try sink.begin(StatementHeader(accountID: account, accountType: .unknown, currency: currency))
            }
            let parsed: ParsedMoney
            do {
                parsed = try Self.amount(
                    fields, layout: layout, columns: columns, currency: currency, line: record.line, file: file)
            } catch {
                try sink.invalid(error)
                continue
            }
            if parsed.wasRounded {
                sink.warning(
                    ImportWarning(
                        line: record.line,
                        message:
                            "an amount has more decimals than \(currency.code); rounded to \(parsed.money.decimalString)"
                    ))
            }
            contradictions.check(fields, columns, line: record.line)
            let (payee, memo) = payeeAndMemo(fields, columns)
            var line = StatementLine(
                date: date, amount: parsed.money, amountText: amountText(fields, columns), payee: payee, memo: memo,
                bankID: value(fields, columns.reference).flatMap { $0.isEmpty ? nil : $0 }, type: nil,
                sourceLine: record.line)
            line.category = value(fields, columns.category).flatMap { $0.isEmpty ? nil : $0 }
            closing.add(
                date, balance: balanceColumn.flatMap { $0 < fields.count ? fields[$0] : nil }, mark: layout.decimalMark,
                currency: currency)
            try sink.line(line)
        }
        if statements == 0 && !pending.isEmpty && options.profile != nil {
            throw ImportError(
                .malformed, file: file, line: pending[0].line,
                message: """
                    with the profile's settings none of the file's \(pending.count) row(s) reads as a transaction \
                    (the first: '\(Self.quote(pending[0].fields, delimiter: layout.delimiter))')
                    """)
        }
        if !pending.isEmpty {
            let quoted = pending.prefix(3).map { "'\(Self.quote($0.fields, delimiter: layout.delimiter))'" }
            sink.warning(
                ImportWarning(
                    line: pending[0].line,
                    message: """
                        \(pending.count) line(s) after the last transaction were ignored as a footer: \
                        \(quoted.joined(separator: ", "))\(pending.count > 3 ? ", ..." : "")
                        """))
        }
        if let question = contradictions.question(layout) { sink.warning(question) }
        if current != nil { try sink.end(closing.footer) }
        if statements == 0 {
            // A header with no rows: a valid, empty statement.
            try sink.begin(StatementHeader(accountID: defaultAccount, accountType: .unknown, currency: defaultCurrency))
            try sink.end(StatementFooter())
        }
        return (sink, reader.text.encodingName(declared: nil))
    }

    private func flushInvalid(_ pending: inout [(fields: [String], line: Int)], _ sink: inout Sink) throws(ImportError)
    {
        for record in pending {
            let column = layout.first(.date) ?? 0
            let written = column < record.fields.count ? record.fields[column] : ""
            try sink.invalid(
                ImportError(
                    .badValue, file: file, line: record.line,
                    message: "invalid date '\(written)' in column \(layout.name(column))"))
        }
        pending.removeAll()
    }

    private func value(_ fields: [String], _ column: Int?) -> String? {
        guard let column, column < fields.count else { return nil }
        return fields[column].trimmed
    }

    /// The payee (the first payee column with text, else the first memo) and the memo (the
    /// other payee and memo texts, each once).
    private func payeeAndMemo(_ fields: [String], _ columns: CSVColumns) -> (String, String) {
        if columns.payees.count == 1 && columns.memos.isEmpty {
            return (value(fields, columns.payees[0]) ?? "", "")
        }
        let payees = columns.payees.compactMap { $0 < fields.count ? fields[$0].trimmed : nil }.filter { !$0.isEmpty }
        let memos = columns.memos.compactMap { $0 < fields.count ? fields[$0].trimmed : nil }.filter { !$0.isEmpty }
        let payee = payees.first ?? memos.first ?? ""
        let memo = (Array(payees.dropFirst()) + memos).filter { $0 != payee }.joined(separator: " ")
        return (payee, memo)
    }

    private func amountText(_ fields: [String], _ columns: CSVColumns) -> String {
        if columns.amountText.count == 1 { return value(fields, columns.amountText[0]) ?? "" }
        return columns.amountText.compactMap { $0 < fields.count ? fields[$0].trimmed : nil }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// A row's signed amount by the layout: one signed column, debit and credit columns, or
    /// an amount with a direction column; inverted when the layout says so.
    static func amount(
        _ fields: [String], layout: CSVLayout, columns: CSVColumns, currency: Currency, line: Int, file: String
    ) throws(ImportError) -> ParsedMoney {
        func read(_ column: Int) throws(ImportError) -> ParsedMoney? {
            guard column < fields.count else { return nil }
            let text = fields[column].trimmed
            if text.isEmpty { return nil }
            do {
                return try CSVAmount.parse(text, mark: layout.decimalMark, currency: currency)
            } catch {
                throw ImportError(
                    .badValue, file: file, line: line,
                    message: "invalid amount '\(text)' in column \(layout.name(column)): \(error.reason)")
            }
        }
        var result: ParsedMoney
        if let amountColumn = columns.amount {
            guard let parsed = try read(amountColumn) else {
                throw ImportError(
                    .badValue, file: file, line: line, message: "no amount in column \(layout.name(amountColumn))")
            }
            result = parsed
            if let directionColumn = columns.direction, directionColumn < fields.count {
                guard let sign = CSVDirection.sign(fields[directionColumn]) else {
                    throw ImportError(
                        .badValue, file: file, line: line,
                        message:
                            "'\(fields[directionColumn])' in column \(layout.name(directionColumn)) is neither money in nor money out"
                    )
                }
                let magnitude = parsed.money.magnitude
                result = ParsedMoney(money: sign < 0 ? magnitude.negated() : magnitude, wasRounded: parsed.wasRounded)
            }
        } else {
            result = try debitOrCredit(
                read: read, layout: layout, columns: columns, currency: currency, line: line, file: file)
        }
        if layout.invert { result = ParsedMoney(money: result.money.negated(), wasRounded: result.wasRounded) }
        return result
    }

    /// The amount of a row with debit and credit columns: a debit is money out whatever its
    /// sign; a credit keeps its sign (a negative credit is a reversal); a row with both filled
    /// says two things and is refused.
    private static func debitOrCredit(
        read: (Int) throws(ImportError) -> ParsedMoney?, layout: CSVLayout, columns: CSVColumns,
        currency: Currency, line: Int, file: String
    ) throws(ImportError) -> ParsedMoney {
        let debit = try columns.debit.flatMap { c throws(ImportError) in try read(c) }
        let credit = try columns.credit.flatMap { c throws(ImportError) in try read(c) }
        switch (debit, credit) {
        case (nil, nil):
            throw ImportError(.badValue, file: file, line: line, message: "neither a debit nor a credit amount")
        case (let out?, let into?) where !out.money.isZero && !into.money.isZero:
            throw ImportError(
                .badValue, file: file, line: line,
                message: """
                    question: both debit \(out.money.decimalString) and credit \(into.money.decimalString) are filled; \
                    which one the bank meant is not clear (a profile's amount_column answers it for a file whose rows all do)
                    """)
        case (let out?, let into) where !out.money.isZero || into == nil:
            return ParsedMoney(money: out.money.magnitude.negated(), wasRounded: out.wasRounded)
        case (_, let into?):
            return into
        case (let out?, nil):
            return ParsedMoney(money: out.money.magnitude.negated(), wasRounded: out.wasRounded)
        }
    }
}
