import Foundation

/// The OFX `VERSION` a header declares (`VERSION:102` in an OFX 1.x header,
/// `<?OFX ... VERSION="211"?>` in OFX 2.x), checked against the versions the OFX
/// specifications define. A version that does not exist is read anyway, with a warning.
enum OFXHeaderVersion {
    /// OFX 1.0.2, 1.0.3, 1.5.1 and 1.6.0 (SGML); 2.0.0 to 2.2.0 (XML).
    static let known: Set<String> = ["102", "103", "151", "160", "200", "201", "202", "203", "210", "211", "220"]

    /// The warning for a declared version, or nil when it is a real one.
    static func warning(_ written: String, line: Int?) -> ImportWarning? {
        guard !known.contains(written) else { return nil }
        return ImportWarning(
            line: line,
            message:
                "the OFX header declares VERSION \(written), which is no OFX version (1.x: 102, 103, 151, 160; 2.x: 200, 201, 202, 203, 210, 211, 220); read as OFX anyway"
        )
    }

    /// The `VERSION` of one header text: `KEY:VALUE` words (OFX 1.x) or the pseudo-attributes
    /// of an `OFX` processing instruction (`VERSION="211"`). The XML declaration's `version`
    /// is not OFX's, so a text that starts with `xml` is ignored.
    static func declared(in header: Substring) -> String? {
        let text = header.drop(while: \.isWhitespace)
        if text.prefix(3).uppercased() == "XML" { return nil }
        // `isWhitespace`, not a list of scalars: a CRLF is one Character.
        let words = text.split(whereSeparator: \.isWhitespace)
        for word in words {
            guard let separator = word.firstIndex(where: { $0 == ":" || $0 == "=" }),
                word[..<separator].uppercased() == "VERSION"
            else { continue }
            let value = word[word.index(after: separator)...]
                .trimmingCharacters(in: CharacterSet(charactersIn: "\"'?>"))
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
