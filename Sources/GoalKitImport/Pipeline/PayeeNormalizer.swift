import Foundation

/// Turns a payee as banks write it into the name people know: `SQ *BLUE BOTTLE #123` →
/// `Blue Bottle`, `POS PURCHASE AMAZON MKTPLACE 4829` → `Amazon Mktplace`.
public enum PayeeNormalizer {
    /// Processor and channel prefixes that say nothing about the merchant.
    static let prefixes = [
        "SQ *", "SQ*", "TST* ", "TST*", "PAYPAL *", "PAYPAL*", "PP*", "SP * ", "SP *", "IC* ", "IZ *", "GOOGLE *",
        "POS PURCHASE ", "POS DEBIT ", "POS ", "DEBIT CARD PURCHASE ", "CARD PURCHASE ", "CHECKCARD ", "PURCHASE ",
        "VISA ", "DEBIT ", "ACH ", "RECURRING ", "BILL PAYMENT ", "ONLINE PAYMENT ",
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
        // Drop store numbers, card masks, long references and dates: words that are mostly digits.
        let words = text.split(separator: " ").filter { word in
            let digits = word.filter(\.isNumber).count
            if word.hasPrefix("#") { return false }
            if word.contains("XXXX") || word.hasPrefix("*") { return false }
            return !(digits >= 4 || (digits > 0 && digits * 2 >= word.count && word.count >= 3))
        }
        var result = words.isEmpty ? text : words.joined(separator: " ")
        if result == result.uppercased() { result = result.capitalized }
        return String(result.prefix(100))
    }
}
