/// The byte-level reader behind `Money.parse`: sign, symbols, grouping, decimals, rounding.
struct AmountScanner {
    let original: String
    let currency: Currency
    let mark: DecimalMark
    private var scalars: [Unicode.Scalar]

    init(text: String, currency: Currency, mark: DecimalMark) {
        self.original = text
        self.currency = currency
        self.mark = mark
        self.scalars = Array(text.unicodeScalars)
    }

    private static let symbols: Set<Unicode.Scalar> = [
        "$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪", "฿", "₫", "₱", "₴", "₦", "₲", "₡", "¢",
    ]

    private static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\u{A0}" || s == "\u{202F}" || s == "\u{2009}"
    }

    private func fail(_ reason: String) -> MoneyParseError { MoneyParseError(text: original, reason: reason) }

    mutating func scan(excessDecimals: ExcessDecimalsPolicy) throws(MoneyParseError) -> ParsedMoney {
        var negative = false
        var signs = 0
        var lo = 0
        var hi = scalars.count
        // Peel signs, parentheses, spaces, symbols and the currency code from both ends.
        var changed = true
        while changed && lo < hi {
            changed = false
            let first = scalars[lo]
            let last = scalars[hi - 1]
            if Self.isSpace(first) {
                lo += 1
                changed = true
                continue
            }
            if Self.isSpace(last) {
                hi -= 1
                changed = true
                continue
            }
            if first == "(" && last == ")" && hi - lo >= 2 {
                negative = true
                signs += 1
                lo += 1
                hi -= 1
                changed = true
                continue
            }
            if first == "-" || first == "\u{2212}" {
                negative = true
                signs += 1
                lo += 1
                changed = true
                continue
            }
            if first == "+" {
                signs += 1
                lo += 1
                changed = true
                continue
            }
            if last == "-" || last == "\u{2212}" {
                negative = true
                signs += 1
                hi -= 1
                changed = true
                continue
            }
            if last == "+" {
                signs += 1
                hi -= 1
                changed = true
                continue
            }
            if Self.symbols.contains(first) {
                lo += 1
                changed = true
                continue
            }
            if Self.symbols.contains(last) {
                hi -= 1
                changed = true
                continue
            }
            if let code = letters(from: lo, forward: true) {
                try checkCode(code)
                lo += 3
                changed = true
                continue
            }
            if let code = letters(from: hi - 1, forward: false) {
                try checkCode(code)
                hi -= 3
                changed = true
                continue
            }
        }
        if signs > 1 { throw fail("more than one sign") }
        guard lo < hi else { throw fail(original.isEmpty ? "empty" : "no digits") }
        return try number(lo..<hi, negative: negative, excessDecimals: excessDecimals)
    }

    /// Three ASCII letters starting at `index` (or ending at it), bounded by a non-letter.
    private func letters(from index: Int, forward: Bool) -> String? {
        let range = forward ? index..<(index + 3) : (index - 2)..<(index + 1)
        guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return nil }
        var code = ""
        for i in range {
            let s = scalars[i]
            guard s.isASCII, (s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122) else { return nil }
            code.unicodeScalars.append(s)
        }
        let beyond = forward ? range.upperBound : range.lowerBound - 1
        if beyond >= 0 && beyond < scalars.count {
            let s = scalars[beyond]
            if s.isASCII && ((s.value >= 65 && s.value <= 90) || (s.value >= 97 && s.value <= 122)) { return nil }
        }
        return code
    }

    private func checkCode(_ code: String) throws(MoneyParseError) {
        let upper = code.uppercased()
        guard upper == currency.code else {
            if Currency.known[upper] != nil { throw fail("written in \(upper), expected \(currency.code)") }
            throw fail("unexpected letters '\(code)'")
        }
    }

    private func isGroupingCandidate(_ s: Unicode.Scalar) -> Bool {
        if Self.isSpace(s) || s == "'" || s == "\u{2019}" { return true }
        return mark == .period ? s == "," : s == "."
    }

    private func number(_ range: Range<Int>, negative: Bool, excessDecimals: ExcessDecimalsPolicy)
        throws(MoneyParseError) -> ParsedMoney
    {
        var whole: [UInt8] = []
        var fraction: [UInt8] = []
        var groupSizes: [Int] = []
        var currentGroup = 0
        var separator: Unicode.Scalar?
        var seenMark = false
        var lastWasSeparator = false
        let markScalar: Unicode.Scalar = mark == .period ? "." : ","
        for i in range {
            let s = scalars[i]
            if s.value >= 48 && s.value <= 57 {
                let digit = UInt8(s.value - 48)
                if seenMark {
                    fraction.append(digit)
                } else {
                    whole.append(digit)
                    currentGroup += 1
                }
                lastWasSeparator = false
            } else if s == markScalar {
                if seenMark { throw fail("more than one decimal mark '\(markScalar)'") }
                if lastWasSeparator { throw fail("grouping separator before the decimal mark") }
                seenMark = true
            } else if !seenMark && isGroupingCandidate(s) {
                if whole.isEmpty || lastWasSeparator { throw fail("misplaced grouping separator") }
                if let separator, separator != s { throw fail("mixed grouping separators") }
                separator = s
                groupSizes.append(currentGroup)
                currentGroup = 0
                lastWasSeparator = true
            } else if seenMark && isGroupingCandidate(s) {
                throw fail("grouping separator after the decimal mark")
            } else {
                throw fail("unexpected character '\(s)'")
            }
        }
        if lastWasSeparator { throw fail("ends with a grouping separator") }
        if whole.isEmpty && fraction.isEmpty { throw fail("no digits") }
        if !groupSizes.isEmpty {
            // After the first group: groups of 3 (or 2, the Indian lakh style), the last exactly 3.
            let inner = groupSizes.dropFirst()
            if currentGroup != 3 || inner.contains(where: { $0 != 3 && $0 != 2 }) {
                throw fail("digit groups are not thousands")
            }
        }
        return try assemble(whole: whole, fraction: fraction, negative: negative, excessDecimals: excessDecimals)
    }

    private func assemble(whole: [UInt8], fraction: [UInt8], negative: Bool, excessDecimals: ExcessDecimalsPolicy)
        throws(MoneyParseError) -> ParsedMoney
    {
        let exponent = currency.exponent
        var kept = Array(fraction.prefix(exponent))
        while kept.count < exponent { kept.append(0) }
        let excess = fraction.dropFirst(exponent)
        var value: Int64 = 0
        for digit in whole + kept {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (plus, o2) = times.addingReportingOverflow(Int64(digit))
            if o1 || o2 { throw fail("too large") }
            value = plus
        }
        var rounded = false
        if excess.contains(where: { $0 != 0 }) {
            if excessDecimals == .reject {
                throw fail("has \(fraction.count) decimals; \(currency.code) allows \(exponent)")
            }
            rounded = true
            let first = excess.first ?? 0
            let restNonZero = excess.dropFirst().contains(where: { $0 != 0 })
            let roundUp = first > 5 || (first == 5 && (restNonZero || value % 2 == 1))
            if roundUp {
                let (plus, overflow) = value.addingReportingOverflow(1)
                if overflow { throw fail("too large") }
                value = plus
            }
        }
        return ParsedMoney(money: Money(minorUnits: negative ? -value : value, currency: currency), wasRounded: rounded)
    }
}
