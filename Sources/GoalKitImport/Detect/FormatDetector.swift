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
        // Markers are searched for in the bytes (`find`): Foundation's `contains` over 64 KB of
        // text, ten times, cost more than importing a small file.
        let raw = Array(bytes)
        let upperBytes = raw.map { $0 >= 97 && $0 <= 122 ? $0 - 32 : $0 }
        func has(_ marker: String) -> Bool { Self.find(marker, in: raw) }
        func upperHas(_ marker: String) -> Bool { Self.find(marker, in: upperBytes) }
        let upper = String(decoding: upperBytes.prefix(16), as: UTF8.self)
        if has("<!ENTITY") {
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
            || (text.hasPrefix(":") && has("\n:20:") && has(":25:"))
        {
            return .mt940
        }
        let isXML = text.hasPrefix("<?xml") || text.hasPrefix("<?XML")
        if upperHas("OFXHEADER") || upperHas("<OFX>") || upperHas("<OFX ") {
            if isXML || upperHas("<?OFX") { return .ofxXML }
            return .ofxSGML
        }
        if has("BkToCstmrStmt") || has("camt.053") { return .camt053 }
        if has("BkToCstmrAcctRpt") || has("camt.052") { return .camt052 }
        if has("BkToCstmrDbtCdtNtfctn") || has("camt.054") { return .camt054 }
        if isXML || text.hasPrefix("<") {
            throw ImportError(
                .unknownFormat, file: file,
                message: "an XML file that is neither OFX nor CAMT: not a bank statement GoalKit can read")
        }
        if looksLikeCSV(text) { return .csv }
        throw ImportError(
            .unknownFormat, file: file,
            message: "not a bank statement GoalKit can read (OFX, QFX, QBO, CAMT.053, CAMT.052, CSV, QIF or MT940)")
    }

    /// Whether the bytes hold the marker's UTF-8 bytes (memchr to each candidate first byte,
    /// then memcmp).
    static func find(_ marker: String, in bytes: [UInt8]) -> Bool {
        let needle = Array(marker.utf8)
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            guard let base = haystack.baseAddress else { return false }
            let last = haystack.count - needle.count
            var index = 0
            while index <= last {
                guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return false }
                let at = hit.assumingMemoryBound(to: UInt8.self) - UnsafeMutablePointer(mutating: base)
                if memcmp(base + at, needle, needle.count) == 0 { return true }
                index = at + 1
            }
            return false
        }
    }

    /// Several lines that split into the same number (at least two) of fields on one delimiter.
    static func looksLikeCSV(_ text: String) -> Bool {
        // The first twenty lines only (splitting all 64 KB first cost more than the rest).
        var end = text.utf8.startIndex
        var breaks = 0
        while end < text.utf8.endIndex && breaks < 21 {
            if text.utf8[end] == 0x0A || text.utf8[end] == 0x0D { breaks += 1 }
            end = text.utf8.index(after: end)
        }
        let lines = text[..<end].split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }).prefix(20)
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
