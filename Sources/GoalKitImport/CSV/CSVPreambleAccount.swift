import Foundation

/// The account a CSV's preamble names: an IBAN (checked by its mod-97 digits, so a number
/// that only looks like one is not taken), else a number after an account label
/// (`Konto: 123456789`, `Account number;1234-5678`).
enum CSVPreambleAccount {
    static let labels = [
        "account number", "account no", "account", "kontonummer", "konto", "rekeningnummer", "rekening", "compte",
        "numéro de compte", "cuenta", "número de cuenta", "iban", "számlaszám",
    ]

    static func find(in rows: some Collection<[String]>) -> String? {
        let lines = rows.map { $0.joined(separator: " ") }
        for line in lines { if let iban = iban(in: line) { return iban } }
        for line in lines { if let number = labelledNumber(in: line) { return number } }
        return nil
    }

    /// The first valid IBAN in a text, compact and upper-cased; groups of four may be spaced.
    static func iban(in text: String) -> String? {
        let chars = Array(text.uppercased())
        var start = 0
        while start + 15 <= chars.count {
            defer { start += 1 }
            guard chars[start].isASCII, chars[start].isLetter, chars[start + 1].isASCII, chars[start + 1].isLetter,
                chars[start + 2].isNumber, chars[start + 3].isNumber,
                start == 0 || !(chars[start - 1].isLetter || chars[start - 1].isNumber)
            else { continue }
            var compact: [Character] = []
            var index = start
            while index < chars.count && compact.count < 34 {
                let c = chars[index]
                if c.isASCII && (c.isLetter || c.isNumber) {
                    compact.append(c)
                } else if c == " " && index + 1 < chars.count && compact.count % 4 == 0 {
                    // A space between groups of four.
                } else {
                    break
                }
                index += 1
            }
            // The longest prefix (15 to 34 characters) that checks.
            for length in stride(from: compact.count, through: 15, by: -1) where checks(compact[..<length]) {
                return String(compact[..<length])
            }
        }
        return nil
    }

    /// ISO 13616: the country and check digits moved to the end, letters as 10–35, mod 97 is 1.
    static func checks(_ iban: ArraySlice<Character>) -> Bool {
        let rearranged = Array(iban.dropFirst(4)) + Array(iban.prefix(4))
        var remainder = 0
        for c in rearranged {
            guard let value = c.isNumber ? c.wholeNumberValue : c.asciiValue.map({ Int($0) - 55 }) else {
                return false
            }
            remainder = (value >= 10 ? remainder * 100 + value : remainder * 10 + value) % 97
        }
        return remainder == 1
    }

    private static func labelledNumber(in text: String) -> String? {
        let lower = text.lowercased()
        for label in labels {
            guard let range = lower.range(of: label) else { continue }
            let rest = lower[range.upperBound...].drop(while: { $0 == ":" || $0 == " " || $0 == "." || $0 == "#" })
            let number = rest.prefix(while: { $0.isNumber || $0 == "-" || $0 == " " || $0 == "/" })
                .trimmingSpaces
            if number.filter(\.isNumber).count >= 4 { return number }
        }
        return nil
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(
            self.drop(while: { $0 == " " || $0 == "-" }).reversed().drop(while: { $0 == " " || $0 == "-" }).reversed())
    }
}
