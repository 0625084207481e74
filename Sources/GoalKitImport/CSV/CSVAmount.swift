import GoalKit

/// Reading CSV amounts: symbols, codes, signs, parentheses, `CR`/`DR` suffixes and grouping,
/// with the decimal mark decided for the whole file.
enum CSVAmount {
    /// An amount, or a reason it is none.
    static func parse(_ raw: String, mark: DecimalMark, currency: Currency) throws(ValueProblem) -> ParsedMoney {
        var text = raw.trimmed
        var negate = false
        let upper = text.uppercased()
        if upper.hasSuffix(" CR") || upper.hasSuffix(" DR") {
            negate = upper.hasSuffix(" DR")
            text = String(text.dropLast(3)).trimmed
        }
        do {
            let parsed = try Money.parse(text, currency: currency, decimalMark: mark, excessDecimals: .roundHalfEven)
            return negate ? ParsedMoney(money: parsed.money.magnitude.negated(), wasRounded: parsed.wasRounded) : parsed
        } catch {
            throw ValueProblem(error.reason)
        }
    }

    /// Whether a field reads as an amount with either decimal mark.
    static func isAmount(_ text: String) -> Bool {
        let t = text.trimmed
        guard !t.isEmpty, t.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return false }
        return (try? parse(t, mark: .period, currency: .xxx)) != nil
            || (try? parse(t, mark: .comma, currency: .xxx)) != nil
    }

    /// Whether an amount field shows a decimal part or a sign (what sets an amount apart from an id).
    static func looksMonetary(_ text: String) -> Bool {
        let t = text.trimmed
        if t.hasPrefix("-") || t.hasPrefix("+") || t.hasPrefix("(") || t.hasSuffix("-") { return true }
        if t.contains("$") || t.contains("€") || t.contains("£") { return true }
        let bytes = Array(t.utf8)
        guard let markIndex = bytes.lastIndex(where: { $0 == 0x2C || $0 == 0x2E }) else { return false }
        let after = bytes.count - markIndex - 1
        return after == 1 || after == 2
    }

    /// What a field says about the decimal mark: `.period`, `.comma`, or nil when it cannot tell.
    static func evidence(_ text: String) -> DecimalMark? {
        let bytes = Array(text.trimmed.utf8)
        // A mark written twice groups thousands (`1.234.567`): the other one is the decimal mark.
        let commaCount = bytes.count { $0 == 0x2C }
        let periodCount = bytes.count { $0 == 0x2E }
        if periodCount >= 2 && commaCount == 0 { return .comma }
        if commaCount >= 2 && periodCount == 0 { return .period }
        let lastComma = bytes.lastIndex(of: 0x2C)
        let lastPeriod = bytes.lastIndex(of: 0x2E)
        switch (lastComma, lastPeriod) {
        case (let c?, let p?): return c > p ? .comma : .period
        case (let c?, nil):
            let after = bytes[(c + 1)...].prefix(while: { $0 >= 48 && $0 <= 57 }).count
            return after == 3 && bytes[(c + 1)...].count == 3 ? nil : (after >= 1 && after != 3 ? .comma : nil)
        case (nil, let p?):
            let after = bytes[(p + 1)...].prefix(while: { $0 >= 48 && $0 <= 57 }).count
            return after >= 1 && after != 3 ? .period : nil
        case (nil, nil):
            return bytes.contains(0x27) ? .period : nil
        }
    }
}

extension CSVAmount {
    /// Whether an amount is written with a sign of its own: a minus before or after it,
    /// parentheses, `DR`/`CR`.
    static func carriesSign(_ text: String) -> Bool {
        let t = text.trimmed.uppercased()
        return t.hasPrefix("-") || t.hasSuffix("-") || t.hasPrefix("(") || t.hasPrefix("\u{2212}") || t.hasPrefix("+")
            || t.hasSuffix(" DR") || t.hasSuffix(" CR")
    }

    /// Whether an amount's one mark has exactly three digits after it (`-1.234`, `2,499 €`):
    /// read as decimals that is a rounding, read as grouping it is a thousand times more.
    static func hasThreeDigitGroup(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let marks = bytes.indices.filter { bytes[$0] == 0x2C || bytes[$0] == 0x2E }
        guard marks.count == 1, let mark = marks.first, mark > 0,
            bytes[mark - 1] >= 48 && bytes[mark - 1] <= 57
        else { return false }
        let digits = bytes[(mark + 1)...].prefix(while: { $0 >= 48 && $0 <= 57 }).count
        let rest = bytes[(mark + 1 + digits)...]
        return digits == 3 && !rest.contains(where: { $0 >= 48 && $0 <= 57 })
    }
}

/// Direction words in the languages banks use: money out or money in.
enum CSVDirection {
    static let out: Set<String> = [
        "d", "dr", "dbit", "debit", "debet", "af", "s", "soll", "débit", "withdrawal", "out", "-",
    ]
    static let into: Set<String> = ["c", "cr", "crdt", "credit", "bij", "h", "haben", "crédit", "deposit", "in", "+"]

    /// -1 for out, +1 for in, nil when the word is neither.
    static func sign(_ text: String) -> Int? {
        let word = text.trimmed.lowercased()
        if out.contains(word) { return -1 }
        if into.contains(word) { return 1 }
        return nil
    }
}
