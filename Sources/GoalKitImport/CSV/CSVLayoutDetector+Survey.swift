import GoalKit

/// The questions decided once per file from every data row: currency, decimal mark, date
/// order. Where the rows do not settle one that changes amounts or dates, the file is refused
/// with the rows that show it and the profile field that answers it.
extension CSVLayoutDetector {
    func surveyFile(_ layout: inout CSVLayout) throws(ImportError) {
        let survey = try readSurvey(layout)
        try decideCurrency(survey, &layout)
        try decideDecimalMark(survey, &layout)
        try decideDateOrder(survey, &layout)
        layout.splitByCurrency = profile.currency == nil && survey.currencies.values.contains { $0.count > 1 }
    }

    private func readSurvey(_ layout: CSVLayout) throws(ImportError) -> CSVFileSurvey {
        let reader = CSVRecordReader(source: try ByteSource(path: path), delimiter: layout.delimiter, file: file)
        var survey = CSVFileSurvey()
        var index = 0
        let dateColumn = layout.first(.date)
        let moneyColumns = [CSVColumnRole.amount, .debit, .credit, .balance].flatMap { layout.columns[$0] ?? [] }
        let currencyColumn = layout.first(.currency)
        let accountColumn = layout.first(.account)
        reader.wanted = CSVColumns.mask(
            [dateColumn, currencyColumn, accountColumn].compactMap { $0 } + moneyColumns)
        while let next = try reader.next() {
            let record = next.fields
            defer { index += 1 }
            guard index >= layout.firstDataRecord else { continue }
            if let dateColumn, dateColumn < record.count { survey.date(record[dateColumn], line: next.line) }
            for column in moneyColumns where column < record.count { survey.amount(record[column], line: next.line) }
            if let currencyColumn, currencyColumn < record.count {
                let account = accountColumn.flatMap { $0 < record.count ? record[$0].trimmed : nil } ?? ""
                survey.currency(record[currencyColumn], account: account)
            }
        }
        return survey
    }

    /// The currency the header or the amounts state (`Bedrag (EUR)`, `12,50 €`), else none.
    private func decideCurrency(_ survey: CSVFileSurvey, _ layout: inout CSVLayout) throws(ImportError) {
        guard profile.currency == nil else { return }
        let fallback = options.defaultCurrency
        let moneyColumns = [CSVColumnRole.amount, .debit, .credit, .balance].flatMap { layout.columns[$0] ?? [] }
        let headerSigns = Set(
            moneyColumns.compactMap { column in
                column < layout.header.count
                    ? CSVCurrencyText.splitHeader(CSVColumnRole.normalized(layout.header[column]))?.sign : nil
            })
        var signs = headerSigns
        if signs.isEmpty { signs = Set(survey.signs.keys) }
        // A header that names one currency and amounts written in another say two things.
        if let header = headerSigns.first, headerSigns.count == 1,
            let other = survey.signs.first(where: { sign, _ in
                sign != header && CSVCurrencyText.currency(sign, default: fallback)?.code != header
            })
        {
            if options.currencyIsExplicit {
                layout.statedCurrency = fallback
                return
            }
            throw ImportError(
                .badValue, file: file, line: other.value.line,
                message: """
                    question: the header says \(header) but the amount '\(other.value.text)' is written in '\(other.key)'; \
                    --currency (or a profile's currency) answers which one the lines are in
                    """)
        }
        if signs.count > 1 && headerSigns.isEmpty {
            layout.currencyPerAmount = true
            return
        }
        guard let sign = signs.first else {
            if layout.first(.currency) == nil { askAboutLanguage(&layout) }
            return
        }
        if let currency = CSVCurrencyText.currency(sign, default: fallback) {
            layout.statedCurrency = currency
            if options.currencyIsExplicit && currency != fallback {
                layout.notes.append(
                    ImportWarning(
                        line: nil,
                        message:
                            "the file states its amounts in \(currency.code): --currency \(fallback.code) does not apply"
                    ))
            }
        } else {
            let family = sign == "$" ? "dollars" : "yen or yuan"
            layout.statedCurrency = .xxx
            layout.notes.append(
                ImportWarning(
                    line: survey.signs[sign]?.line,
                    message: """
                        question: the amounts are written in '\(sign)' but not which \(family); they are kept as XXX \
                        (no currency); --currency (for instance --currency USD) answers it
                        """))
        }
    }

    /// A file that names no currency, in a language whose banks use none of the currency it
    /// will be stored in, is asked about.
    private func askAboutLanguage(_ layout: inout CSVLayout) {
        guard !options.currencyIsExplicit else { return }
        let fallback = options.defaultCurrency
        guard let (language, expected) = CSVColumnRole.language(of: layout.header),
            !expected.contains(fallback.code)
        else { return }
        layout.notes.append(
            ImportWarning(
                line: nil,
                message: """
                    question: the file names no currency; its header is \(language) (banks there write \
                    \(expected.sorted().joined(separator: " or "))), but its lines are stored in \(fallback.code); \
                    --currency answers it
                    """))
    }

    private func decideDecimalMark(_ survey: CSVFileSurvey, _ layout: inout CSVLayout) throws(ImportError) {
        if let mark = profile.decimalMark {
            layout.decimalMark = mark == "," ? .comma : .period
            return
        }
        if survey.commas != survey.periods {
            layout.decimalMark = survey.commas > survey.periods ? .comma : .period
            return
        }
        layout.decimalMark = layout.delimiter == UInt8(ascii: ";") ? .comma : .period
        let currency = layout.statedCurrency ?? profile.currency.flatMap { Currency.known[$0.uppercased()] }
        guard survey.threeDigitGroupCount > 0, (currency ?? options.defaultCurrency).exponent != 3 else { return }
        let first = survey.threeDigitGroups[0]
        throw ImportError(
            .badValue, file: file, line: first.line,
            message: """
                question: no amount shows which mark is decimal, and \
                \(CSVFileSurvey.describe(survey.threeDigitGroups, count: survey.threeDigitGroupCount)) have three digits \
                after it: '\(first.text)' is a thousand times more with a thousands mark than with a decimal one; \
                a profile's decimal_mark (--decimal-mark) answers it
                """)
    }
}
