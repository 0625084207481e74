/// Turns the bytes of one value into text: UTF-8 when they are valid UTF-8 (whatever the
/// header claims: a body that contradicts its header is read as what it is), else
/// Windows-1252. Counts what it saw so the file's real encoding can be reported.
struct TextDecoding {
    /// Whether any value had bytes outside ASCII.
    private(set) var sawNonASCII = false
    /// Whether any value was not valid UTF-8 (and was read as Windows-1252).
    private(set) var sawLegacy = false

    /// Decodes bytes; for markup values (`entities`) replaces entities (`&amp;`, `&lt;`,
    /// `&#233;`, `&nbsp;`) and drops control characters (`withoutControls`).
    mutating func string(_ bytes: ArraySlice<UInt8>, entities: Bool = false) -> String {
        var text: String
        if bytes.allSatisfy({ $0 < 0x80 }) {
            text = String(decoding: bytes, as: UTF8.self)
        } else {
            sawNonASCII = true
            if let utf8 = String(validating: bytes, as: UTF8.self) {
                text = utf8
            } else {
                sawLegacy = true
                text = TextDecoding.windows1252(bytes)
            }
        }
        guard entities else { return text }
        if text.contains("&") { text = TextDecoding.replacingEntities(text) }
        return TextDecoding.withoutControls(text)
    }

    /// The name of the encoding the values turned out to be in.
    func encodingName(declared: String?) -> String {
        if sawLegacy { return "windows-1252" }
        if sawNonASCII { return "utf-8" }
        return declared ?? "utf-8"
    }

    /// Windows-1252 (a superset of ISO-8859-1's printable range) to text.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte < 0xA0 {
                scalars.append(Unicode.Scalar(cp1252High[Int(byte - 0x80)]) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "eacute": "é", "egrave": "è", "agrave": "à", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä",
        "szlig": "ß", "euro": "€", "pound": "£", "copy": "©", "reg": "®", "ntilde": "ñ", "aacute": "á", "oacute": "ó",
        "iacute": "í", "uacute": "ú", "atilde": "ã", "otilde": "õ", "ecirc": "ê", "acirc": "â", "ocirc": "ô",
    ]

    /// Replaces `&name;`, `&#NNN;` and `&#xHH;`; a raw `&` that starts no entity stays as it is,
    /// and a numeric reference to a control character (`&#0;`) or to no character goes.
    static func replacingEntities(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semi])
                // A numeric reference to a control or to no character at all is dropped.
                let replacement = numericReference(name[...]) ?? named[name.lowercased()]
                if let replacement {
                    out += replacement
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }
}
