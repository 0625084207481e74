import Foundation

/// A tolerant reader of OFX 1.x SGML (and of the many broken files banks call OFX), byte by
/// byte, streaming: headers in any layout (or none), unclosed leaf tags, values on the next
/// line, missing or bogus closing tags, comments, processing instructions, self-closing tags,
/// raw `&` and HTML entities, NUL bytes.
struct OFXSGMLParser<Sink: StatementSink> {
    private let source: ByteSource
    private var builder: OFXStatementBuilder<Sink>
    private var text = TextDecoding()
    private var line = 1
    private var lastWasCR = false
    /// The `CHARSET`/`ENCODING` the header declares, if any.
    private(set) var declaredEncoding: String?
    /// The `VERSION` the header (or an `<?OFX ...?>` instruction) declares, if any.
    private(set) var declaredVersion: String?
    private var headerBytes: [UInt8] = []
    private var value: [UInt8] = []
    private var name: [UInt8] = []
    private var tags = 0

    /// The longest value GoalKit reads (a bigger one is a broken file, not a memo).
    static var maximumValueLength: Int { 1 << 20 }

    /// A parser over `source`; `corrections` are the `FITID`s the file's `CORRECTFITID`s name
    /// (`OFXCorrectionScan`), so that lines corrected later in the file are held back.
    init(source: ByteSource, sink: Sink, file: String, options: ParseOptions, corrections: Set<String> = []) {
        self.source = source
        self.builder = OFXStatementBuilder(sink: sink, file: file, options: options)
        builder.correctionTargets = corrections
    }

    /// Reads the whole file, then hands back the sink and the encoding found.
    mutating func parse() throws(ImportError) -> (sink: Sink, encoding: String) {
        while let byte = next() {
            if byte == UInt8(ascii: "<") {
                try tag()
            } else if !builder.sawOFX && headerBytes.count < 4096 {
                headerBytes.append(byte)
            }
        }
        readHeader()
        if let version = declaredVersion, let warning = OFXHeaderVersion.warning(version, line: nil) {
            builder.sink.warning(warning)
        }
        try builder.finishFile(line: line)
        return (builder.sink, text.encodingName(declared: declaredEncoding))
    }

    /// The next byte, counting lines (LF, CRLF and lone CR) and dropping NUL bytes.
    @inline(__always)
    private mutating func next() -> UInt8? {
        while let byte = source.next() {
            if byte == 0x0A {
                if !lastWasCR { line += 1 }
                lastWasCR = false
            } else if byte == 0x0D {
                line += 1
                lastWasCR = true
            } else {
                lastWasCR = false
                if byte == 0 { continue }
            }
            return byte
        }
        return nil
    }

    private mutating func tag() throws(ImportError) {
        let tagLine = line
        tags &+= 1
        if tags & 0x3FFF == 0, let progress = builder.options.progress { progress(source.offset, source.size) }
        guard let first = source.peek() else { return }
        if first == UInt8(ascii: "!") || first == UInt8(ascii: "?") {
            try skipMarkup(comment: first == UInt8(ascii: "!"))
            return
        }
        let closing = first == UInt8(ascii: "/")
        if closing { _ = next() }
        name.removeAll(keepingCapacity: true)
        var selfClosing = false
        while let byte = next() {
            if byte == UInt8(ascii: ">") { break }
            if byte == UInt8(ascii: "/") {
                selfClosing = true
                continue
            }
            if byte == UInt8(ascii: "<") {
                // A tag that never closed: treat what we have as the name and start over.
                break
            }
            if name.count < 64 && byte > 0x20 { name.append(byte >= 97 && byte <= 122 ? byte - 32 : byte) }
            if byte <= 0x20 && !name.isEmpty {
                // Attributes (from XML-ish files) are skipped up to '>'.
                while let more = next(), more != UInt8(ascii: ">") {
                    if more == UInt8(ascii: "/") { selfClosing = true }
                }
                break
            }
        }
        if name.isEmpty { return }
        let tagName = String(decoding: name, as: UTF8.self)
        if closing {
            try builder.close(tagName, line: tagLine)
            return
        }
        if selfClosing {
            try builder.element(tagName, value: "", line: tagLine)
            return
        }
        // The value runs to the next '<' (it may start on the next line).
        value.removeAll(keepingCapacity: true)
        while let byte = source.peek(), byte != UInt8(ascii: "<") {
            _ = next()
            if byte != 0 { value.append(byte) }
            if value.count > Self.maximumValueLength {
                throw ImportError(
                    .malformed, file: builder.file, line: tagLine,
                    message: "the value of <\(tagName)> is longer than 1 MB")
            }
        }
        var start = value.startIndex
        var end = value.endIndex
        while start < end && value[start] <= 0x20 { start += 1 }
        while end > start && value[end - 1] <= 0x20 { end -= 1 }
        if start == end {
            try builder.element(tagName, value: nil, line: tagLine)
        } else {
            try builder.element(tagName, value: text.string(value[start..<end], entities: true), line: tagLine)
        }
    }

    /// Skips `<!-- ... -->`, `<!DOCTYPE ...>` and `<? ... ?>`, keeping what a header comment says.
    private mutating func skipMarkup(comment: Bool) throws(ImportError) {
        _ = next()
        let isComment = comment && source.peek() == UInt8(ascii: "-")
        var previous: [UInt8] = [0, 0]
        while let byte = next() {
            if !builder.sawOFX && headerBytes.count < 4096 { headerBytes.append(byte) }
            if byte == UInt8(ascii: ">") {
                if !isComment || (previous[0] == UInt8(ascii: "-") && previous[1] == UInt8(ascii: "-")) { break }
            }
            previous[0] = previous[1]
            previous[1] = byte
        }
        if !builder.sawOFX { headerBytes.append(0x0A) }
    }

    /// Reads `CHARSET`, `ENCODING` and `VERSION` from the header, whatever its layout.
    private mutating func readHeader() {
        let header = String(decoding: headerBytes, as: UTF8.self).uppercased()
        declaredVersion = header.split(whereSeparator: \.isNewline).lazy.compactMap(OFXHeaderVersion.declared).first
        let words = header.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" })
        var charset: String?
        var encoding: String?
        for word in words {
            let parts = word.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let value = String(parts[1]).trimmingCharacters(in: .init(charactersIn: "\"'"))
            if parts[0] == "CHARSET" { charset = value }
            if parts[0] == "ENCODING" { encoding = value }
        }
        if encoding == "UTF-8" || encoding == "UNICODE" {
            declaredEncoding = "utf-8"
        } else if let charset, charset == "1252" || charset.contains("8859") || charset.contains("LATIN") {
            declaredEncoding = charset == "1252" ? "windows-1252" : "iso-8859-1"
        } else if encoding == "USASCII" {
            declaredEncoding = "us-ascii"
        }
    }
}
