/// Words compared without their accents, as banks often write them (`RELEVE DIFFERE` for
/// `relevé différé`, `LIQUIDACION` for `liquidación`, `UEBERWEISUNG` beside `Überweisung`).
enum WordFolding {
    /// The letters that lose their accent (lower case: words are lower-cased first).
    static let plain: [Unicode.Scalar: String] = [
        "à": "a", "á": "a", "â": "a", "ã": "a", "ä": "a", "å": "a", "ç": "c", "è": "e", "é": "e", "ê": "e", "ë": "e",
        "ì": "i", "í": "i", "î": "i", "ï": "i", "ñ": "n", "ò": "o", "ó": "o", "ô": "o", "õ": "o", "ö": "o", "ù": "u",
        "ú": "u", "û": "u", "ü": "u", "ý": "y", "ÿ": "y", "ß": "ss", "œ": "oe", "æ": "ae",
    ]

    /// A lower-case word without its accents: `différé` → `differe`, `überweisung` → `uberweisung`.
    static func folded(_ word: String) -> String {
        guard word.unicodeScalars.contains(where: { $0.value > 127 }) else { return word }
        var out = ""
        for scalar in word.unicodeScalars {
            if let plain = plain[scalar] { out += plain } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
