import GoalKit

/// What every data row of a CSV says about the questions decided once per file: the order of
/// day and month, the decimal mark, the currency the amounts are written in, and which
/// accounts carry several currencies. Gathered in one pass, decided by `CSVLayoutDetector`.
struct CSVFileSurvey {
    /// A row that settles a question, kept to be named in a message.
    struct Witness {
        var line: Int
        var text: String
    }

    var dates = 0
    var yearFirst = 0
    /// Dates that fit both DD/MM and MM/DD (both numbers 12 or less).
    var ambiguousDates = 0
    /// Ambiguous dates written with dots (`05.03.24`): day first wherever dots are used.
    var dottedDates = 0
    var onlyDayFirst: [Witness] = []
    var onlyDayFirstCount = 0
    var onlyMonthFirst: [Witness] = []
    var onlyMonthFirstCount = 0
    var commas = 0
    var periods = 0
    /// Amounts with exactly three digits after their one mark (`-1.234`): a thousands mark or
    /// three decimals, which the file does not settle when nothing else does.
    var threeDigitGroups: [Witness] = []
    var threeDigitGroupCount = 0
    /// The currency signs and codes written on the amounts, with a row for each.
    var signs: [String: Witness] = [:]
    var rowsWithSign = 0
    var moneyRows = 0
    /// The currencies each account's rows carry (from the currency column).
    var currencies: [String: Set<String>] = [:]

    static let witnesses = 5

    mutating func date(_ text: String, line: Int) {
        guard let parts = CSVDate.parts(text) else { return }
        dates += 1
        if parts.firstDigits == 4 {
            yearFirst += 1
            return
        }
        let (first, second) = (parts.0, parts.1)
        if first > 12 && second <= 12 {
            onlyDayFirstCount += 1
            if onlyDayFirst.count < Self.witnesses { onlyDayFirst.append(Witness(line: line, text: text.trimmed)) }
        } else if second > 12 && first <= 12 {
            onlyMonthFirstCount += 1
            if onlyMonthFirst.count < Self.witnesses { onlyMonthFirst.append(Witness(line: line, text: text.trimmed)) }
        } else if first <= 12 && second <= 12 {
            ambiguousDates += 1
            if text.utf8.contains(0x2E) { dottedDates += 1 }
        }
    }

    mutating func amount(_ text: String, line: Int) {
        let trimmed = text.trimmed
        guard !trimmed.isEmpty else { return }
        moneyRows += 1
        switch CSVAmount.evidence(trimmed) {
        case .comma: commas += 1
        case .period: periods += 1
        case nil:
            if CSVAmount.hasThreeDigitGroup(trimmed) {
                threeDigitGroupCount += 1
                if threeDigitGroups.count < Self.witnesses {
                    threeDigitGroups.append(Witness(line: line, text: trimmed))
                }
            }
        }
        if let sign = CSVCurrencyText.sign(inAmount: trimmed) {
            rowsWithSign += 1
            if signs[sign] == nil { signs[sign] = Witness(line: line, text: trimmed) }
        }
    }

    mutating func currency(_ code: String, account: String) {
        let code = code.trimmed.uppercased()
        guard Currency.known[code] != nil else { return }
        currencies[account, default: []].insert(code)
    }

    /// `line 4 ('25/01/2024')`, for messages.
    static func describe(_ witnesses: [Witness], count: Int) -> String {
        let named = witnesses.map { "line \($0.line) ('\($0.text)')" }.joined(separator: ", ")
        return count > witnesses.count ? "\(named) and \(count - witnesses.count) more" : named
    }
}
