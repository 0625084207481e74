import Foundation

/// Turns a payee as banks write it into the name people know: `SQ *BLUE BOTTLE #123` →
/// `Blue Bottle`, `POS PURCHASE AMAZON MKTPLACE 4829` → `Amazon Mktplace`,
/// `UBER *EATS 8XK2Q1` → `Uber Eats`, `PAYPAL *REDCROSS` → `Redcross`.
///
/// It is the one normaliser: the importer names every expense with it, and the categoriser's
/// learned labels, the merchant map and the recurring-charge detector all read its result, so
/// a label on one line of a merchant teaches every line of it.
public enum PayeeNormalizer {
    /// Processor, wallet and channel prefixes that say nothing about the merchant; the inner
    /// merchant after them is kept.
    static let prefixes = [
        "SQ *", "SQ*", "SQU*", "TST* ", "TST*", "PAYPAL *", "PAYPAL*", "PP*", "PP *", "SP * ", "SP *", "SP*", "IC* ",
        "IZ *", "IZ*", "ZETTLE_*", "SUMUP *", "SUMUP*", "GOOGLE *", "POS PURCHASE ", "POS DEBIT ", "POS ",
        "DEBIT CARD PURCHASE ", "CARD PURCHASE ", "CHECKCARD ", "PURCHASE ", "VISA ", "DEBIT ", "ACH ", "RECURRING ",
        "BILL PAYMENT ", "ONLINE PAYMENT ",
    ]

    /// Words that only introduce a number (`CARD ENDING IN 1234`, `REF 0042`): dropped with it.
    /// (`STORE 0212` keeps `Store`: it can be part of the name, as in `Apple Store`.)
    static let numberLeads: Set<String> = [
        "NO", "NO.", "NR", "NR.", "NUM", "CARD", "ENDING", "IN", "TERMINAL", "TERM", "REF", "REF:", "REF.", "ID", "ID:",
        "#",
    ]

    /// The normalised name, at most 100 characters; empty when nothing is left.
    public static func normalize(_ raw: String) -> String {
        var text = raw.replacingOccurrences(of: "\t", with: " ")
        text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var upper = text.uppercased()
        var stripped = true
        while stripped {
            stripped = false
            for prefix in prefixes where upper.hasPrefix(prefix) && upper.count > prefix.count {
                text = String(text.dropFirst(prefix.count)).trimmed
                upper = text.uppercased()
                stripped = true
            }
        }
        // A star inside the text separates the merchant from a product or a reference
        // (`UBER *EATS`, `DROPBOX*8XK2Q1`): the words after it stay unless they are references.
        let spaced = text.replacingOccurrences(of: "*", with: " ")
        let words = spaced.split(separator: " ").map(String.init)
        var keep = words.map { !isReference($0) }
        // A word that only introduces a dropped number goes with it.
        var index = words.count - 1
        while index > 0 {
            if !keep[index], keep[index - 1], numberLeads.contains(words[index - 1].uppercased()) {
                keep[index - 1] = false
            }
            index -= 1
        }
        let kept = zip(words, keep).filter(\.1).map(\.0)
        var result = kept.isEmpty ? text : kept.joined(separator: " ")
        if result == result.uppercased() { result = result.capitalized }
        return String(result.prefix(100))
    }

    /// Whether a word is a store number, card mask, date or reference rather than a name:
    /// `#123`, `XXXX1234`, `0212`, `12/03`, `8XK2Q1`, `2024-01-05`.
    static func isReference(_ word: String) -> Bool {
        if word.hasPrefix("#") { return true }
        let upper = word.uppercased()
        if upper.contains("XXXX") || upper.hasPrefix("...") { return true }
        let digits = word.filter(\.isNumber).count
        guard digits > 0 else { return false }
        if digits >= 4 { return true }
        if digits * 2 >= word.count && word.count >= 3 { return true }
        // Letters and digits mixed in a longer code: a reference (`8XK2Q1`, `DEC03`), not a
        // name like `7-Eleven` or `3M`.
        return digits >= 2 && word.count >= 5 && word.allSatisfy { $0.isLetter || $0.isNumber }
    }
}
