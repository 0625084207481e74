import GoalKit

/// The currency a CSV states in its text: in a header (`Bedrag (EUR)`, `Amount ($)`,
/// `Betrag in EUR`) or on its amounts (`12,50 €`, `£12.50`, `EUR 12.50`).
enum CSVCurrencyText {
    /// The currencies that write their amounts with `$`.
    static let dollars: Set<String> = [
        "USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "TWD", "BSD", "BBD", "BMD", "BZD", "FJD", "JMD", "LRD",
        "NAD", "SBD", "SRD", "TTD", "XCD", "ARS", "CLP", "COP", "UYU", "BND", "KYD", "GYD",
    ]
    /// The currencies that write their amounts with `¥`.
    static let yens: Set<String> = ["JPY", "CNY"]

    /// A header cell's name without the currency it ends with, and that currency's sign
    /// (a code or a symbol), from a normalised name: `bedrag (eur)` → (`bedrag`, `EUR`).
    static func splitHeader(_ name: String) -> (base: String, sign: String)? {
        var text = Substring(name)
        var inside: Substring?
        if let open = text.lastIndex(where: { $0 == "(" || $0 == "[" }), text.last == ")" || text.last == "]" {
            inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
            text = text[..<open]
        } else if let space = text.lastIndex(of: " ") {
            inside = text[text.index(after: space)...]
            text = text[..<space]
            if text.hasSuffix(" in") { text = text.dropLast(3) }
        }
        guard let inside, let sign = sign(of: String(inside).trimmed) else { return nil }
        let base = String(text).trimmed
        return base.isEmpty ? nil : (base, sign)
    }

    /// The currency sign an amount is written with, if any: `€`, `£`, `$`, `¥`, or a code.
    static func sign(inAmount text: String) -> String? {
        // Most amounts are ASCII digits and marks only: nothing to look at (this runs per cell).
        guard text.utf8.contains(where: { $0 >= 0x80 || $0 == 0x24 || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) })
        else { return nil }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "€": return "EUR"
            case "£": return "GBP"
            case "$": return "$"
            case "¥": return "¥"
            case "₹": return "INR"
            default: continue
            }
        }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard letters.count == 3 else { return nil }
        let code = String(String.UnicodeScalarView(letters)).uppercased()
        return Currency.known[code] != nil ? code : nil
    }

    private static func sign(of text: String) -> String? {
        switch text {
        case "€", "eur", "euro": return "EUR"
        case "£", "gbp": return "GBP"
        case "$": return "$"
        case "¥": return "¥"
        default:
            let code = text.uppercased()
            return code.count == 3 && code.allSatisfy(\.isLetter) && Currency.known[code] != nil ? code : nil
        }
    }

    /// The currency a sign means. `$` and `¥` name a family: the default currency when it is
    /// of that family, else nothing (the file does not say which one).
    static func currency(_ sign: String, default fallback: Currency) -> Currency? {
        switch sign {
        case "$": return dollars.contains(fallback.code) ? fallback : nil
        case "¥": return yens.contains(fallback.code) ? fallback : nil
        default: return Currency.known[sign]
        }
    }
}
