/// Lines of a file, streaming (CRLF, CR and LF), each decoded as UTF-8 or Windows-1252.
final class LineReader {
    private let source: ByteSource
    var text = TextDecoding()
    private var buffer: [UInt8] = []
    /// The number of the line `next()` returned last (1-based).
    private(set) var line = 0

    init(source: ByteSource) { self.source = source }

    /// The next line without its line end, or nil at the end of the file.
    /// - Throws: `ImportError` for a line over 1 MB.
    func next(file: String) throws(ImportError) -> String? {
        guard source.peek() != nil else { return nil }
        buffer.removeAll(keepingCapacity: true)
        line += 1
        while let byte = source.next() {
            if byte == 0x0A { break }
            if byte == 0x0D {
                if source.peek() == 0x0A { _ = source.next() }
                break
            }
            if byte != 0 { buffer.append(byte) }
            if buffer.count > 1 << 20 {
                throw ImportError(.malformed, file: file, line: line, message: "a line longer than 1 MB")
            }
        }
        return text.string(buffer[...])
    }
}
