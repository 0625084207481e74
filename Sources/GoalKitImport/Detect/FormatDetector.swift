import Foundation

/// Tells a bank file's format from its first bytes (never from its name).
enum FormatDetector {
    /// How many bytes detection looks at.
    static let window = 64 * 1024

    /// The format of content starting with `prefix`, or an error saying why it is none.
    static func detect(_ prefix: ArraySlice<UInt8>, file: String) throws(ImportError) -> StatementFormat {
        let bytes = prefix.drop(while: { $0 <= 0x20 })
        guard !bytes.isEmpty else {
            throw ImportError(.unknownFormat, file: file, message: "the file is empty")
        }
        // Control bytes mean binary; NUL bytes only when text follows them (banks pad files with NULs).
        let head = bytes.prefix(4096)
        let controls = head.filter { ($0 > 0 && $0 < 0x09) || ($0 > 0x0D && $0 < 0x20) }.count
        var interleavedNUL = false
        if let firstNUL = head.firstIndex(of: 0) {
            interleavedNUL = head[firstNUL...].contains(where: { byte in byte > 0x20 })
        }
        if controls > 8 || interleavedNUL {
            throw ImportError(
                .unknownFormat, file: file, message: "a binary file, not a bank statement GoalKit can read")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let upper = text.uppercased()
        if text.contains("<!ENTITY") {
            throw ImportError(
                .forbidden, file: file, line: lineOf("<!ENTITY", in: text),
                message: "the file declares XML entities (<!ENTITY>); GoalKit does not read such files")
        }
        if (text.hasPrefix("{") && !text.hasPrefix("{1:")) || text.hasPrefix("[") {
            throw ImportError(
                .unknownFormat, file: file,
                message: "a JSON file, not a bank statement GoalKit can read (goals files go to goalkit goal import)")
        }
        if upper.hasPrefix("!TYPE:") || upper.hasPrefix("!ACCOUNT") || upper.hasPrefix("!OPTION") { return .qif }
        if text.hasPrefix("{1:") || text.hasPrefix(":20:")
            || (text.hasPrefix(":") && text.contains("\n:20:") && text.contains(":25:"))
        {
            return .mt940
        }
        let isXML = text.hasPrefix("<?xml") || text.hasPrefix("<?XML")
        if upper.contains("OFXHEADER") || upper.contains("<OFX>") || upper.contains("<OFX ") {
            if isXML || upper.contains("<?OFX") { return .ofxXML }
            return .ofxSGML
        }
        if text.contains("BkToCstmrStmt") || text.contains("camt.053") { return .camt053 }
        if text.contains("BkToCstmrAcctRpt") || text.contains("camt.052") { return .camt052 }
        if text.contains("BkToCstmrDbtCdtNtfctn") || text.contains("camt.054") { return .camt054 }
        if isXML || text.hasPrefix("<") {
            throw ImportError(
                .unknownFormat, file: file,
                message: "an XML file that is neither OFX nor CAMT: not a bank statement GoalKit can read")
        }
        if looksLikeCSV(text) { return .csv }
        throw ImportError(
            .unknownFormat, file: file,
            message: "not a bank statement GoalKit can read (OFX, QFX, QBO, CAMT.053, CSV, QIF or MT940)")
    }

    /// Several lines that split into the same number (at least two) of fields on one delimiter.
    static func looksLikeCSV(_ text: String) -> Bool {
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).prefix(20)
        guard !lines.isEmpty else { return false }
        for delimiter in [",", ";", "\t", "|"] {
            let counts = lines.map { $0.components(separatedBy: delimiter).count }
            // A single row needs three fields or more to pass for a table.
            if lines.count == 1 { if counts[0] >= 3 { return true } else { continue } }
            let common = counts.filter { $0 >= 2 }
            if common.count >= max(2, lines.count / 2) { return true }
        }
        return false
    }

    private static func lineOf(_ needle: String, in text: String) -> Int? {
        guard let range = text.range(of: needle) else { return nil }
        return text[..<range.lowerBound].filter { $0 == "\n" || $0 == "\r\n" }.count + 1
    }
}
