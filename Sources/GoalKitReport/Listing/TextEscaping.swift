/// Text from bank files and people made inert for where it is shown.
///
/// One visible escape everywhere: a C0 control (U+0000–U+001F), DEL (U+007F) or a C1 control
/// (U+0080–U+009F) is written `\xNN` in lowercase hex (`\u{1B}` → `\x1b`, a carriage return
/// → `\x0d`), the non-characters U+FFFE and U+FFFF `\ufffe` and `\uffff`; a line feed becomes
/// a space, keeping a cell on one line. A terminal then shows what is there instead of
/// obeying it (`\x1b[2J` no longer clears the screen, a CR no longer fakes a row), and XML
/// never sees a character XML 1.0 forbids.
public enum TextEscaping {
    /// The text with controls shown as `\xNN` and line feeds as spaces: for text tables and
    /// terminal pages.
    public static func visible(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0A {
                out.append(" ")
            } else if value < 0x20 || (0x7F...0x9F).contains(value) {
                out.append(contentsOf: ("\\x" + hex(value, digits: 2)).unicodeScalars)
            } else if value == 0xFFFE || value == 0xFFFF {
                out.append(contentsOf: ("\\u" + hex(value, digits: 4)).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The text as XML character data or an attribute value: `visible`, then `&`, `<`, `>`,
    /// `"` and `'` as entities. Every character left is one XML 1.0 allows.
    public static func xml(_ text: String) -> String {
        var out = ""
        for scalar in visible(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
