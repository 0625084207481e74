/// Splits CSV bytes into records, streaming (RFC 4180 quoting, doubled quotes, line breaks
/// inside quotes, CRLF / CR / LF), decoding each field as UTF-8 or Windows-1252.
final class CSVRecordReader {
    private let source: ByteSource
    private let delimiter: UInt8
    private let file: String
    var text = TextDecoding()
    private var line = 1
    private var field: [UInt8] = []

    /// The columns whose text is read (by index); the others, when they hold anything but
    /// blanks, come back as `unread`. Nil reads every column.
    var wanted: [Bool]?
    /// What an unread, non-blank column comes back as.
    static let unread = "\u{FFFC}"

    /// Whether a field is ASCII with a byte no blank has (so `trimmed` would not empty it).
    /// Anything else is decoded as usual, so the file's encoding is told the same either way.
    static func isClearlyText(_ bytes: [UInt8]) -> Bool {
        var text = false
        for byte in bytes {
            if byte >= 0x80 { return false }
            if byte > 0x20 { text = true }
        }
        return text
    }

    /// The most fields a record may have (a million-column row is a broken file).
    static let maximumFields = 4096
    /// The longest field GoalKit reads.
    static let maximumFieldLength = 1 << 20

    /// Bytes that end a run of plain field bytes, outside quotes and inside them.
    private let plainStops: UnsafeMutableBufferPointer<UInt8>
    private let quotedStops: UnsafeMutableBufferPointer<UInt8>

    init(source: ByteSource, delimiter: UInt8, file: String) {
        self.source = source
        self.delimiter = delimiter
        self.file = file
        plainStops = .allocate(capacity: 256)
        plainStops.initialize(repeating: 0)
        for byte in [delimiter, 0x0D, 0x0A, UInt8(ascii: "\""), 0] { plainStops[Int(byte)] = 1 }
        quotedStops = .allocate(capacity: 256)
        quotedStops.initialize(repeating: 0)
        for byte in [0x0D, 0x0A, UInt8(ascii: "\"")] as [UInt8] { quotedStops[Int(byte)] = 1 }
    }

    deinit {
        plainStops.deallocate()
        quotedStops.deallocate()
    }

    /// The bytes read so far and the file's size, for progress.
    var position: (Int, Int) { (source.offset, source.size) }

    /// The next record and the line it starts on, or nil at the end.
    func next() throws(ImportError) -> (fields: [String], line: Int)? {
        guard source.peek() != nil else { return nil }
        let start = line
        var fields: [String] = []
        var quoted = false
        var inQuotes = false
        field.removeAll(keepingCapacity: true)
        func finishField() throws(ImportError) {
            if fields.count >= Self.maximumFields {
                throw ImportError(
                    .malformed, file: file, line: start, message: "a row with more than \(Self.maximumFields) columns")
            }
            if let wanted, fields.count < wanted.count, !wanted[fields.count], Self.isClearlyText(field) {
                // A column nobody reads: its text is not made, only its not being blank kept.
                fields.append(Self.unread)
            } else {
                fields.append(text.string(field[...]))
            }
            field.removeAll(keepingCapacity: true)
            quoted = false
        }
        while true {
            // Plain bytes go over in runs; only the bytes that mean something are looked at one by one.
            if source.appendRun(to: &field, stops: UnsafeBufferPointer(inQuotes ? quotedStops : plainStops)) > 0,
                field.count > Self.maximumFieldLength
            {
                throw ImportError(.malformed, file: file, line: start, message: "a field longer than 1 MB")
            }
            guard let byte = source.next() else { break }
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if source.peek() == UInt8(ascii: "\"") {
                        _ = source.next()
                        field.append(byte)
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == 0x0A || (byte == 0x0D && source.peek() != 0x0A) { line += 1 }
                    field.append(byte)
                }
            } else if byte == delimiter {
                try finishField()
            } else if byte == 0x0D || byte == 0x0A {
                if byte == 0x0D && source.peek() == 0x0A { _ = source.next() }
                line += 1
                try finishField()
                return (fields, start)
            } else if byte == UInt8(ascii: "\"") && field.allSatisfy({ $0 == 0x20 }) && !quoted {
                field.removeAll(keepingCapacity: true)
                inQuotes = true
                quoted = true
            } else if byte != 0 {
                field.append(byte)
            }
            if field.count > Self.maximumFieldLength {
                throw ImportError(.malformed, file: file, line: start, message: "a field longer than 1 MB")
            }
        }
        if inQuotes {
            throw ImportError(.malformed, file: file, line: start, message: "a quoted field is never closed")
        }
        try finishField()
        return (fields, start)
    }
}
