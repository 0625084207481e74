import Foundation

/// Bytes of a file read in chunks with `read(2)`, so a file of any size is never whole in
/// memory. UTF-16 files (rare, small) are transcoded to UTF-8 up front.
final class ByteSource {
    private let descriptor: Int32
    private var buffer: [UInt8]
    private var position = 0
    private var count = 0
    private var finished = false
    /// Bytes consumed so far (for progress).
    private(set) var consumed: Int = 0
    /// The file's size in bytes, when known.
    let size: Int
    /// The encoding a byte-order mark declared, if any.
    private(set) var bomEncoding: String?

    static let chunkSize = 1 << 18

    /// Opens a file.
    /// - Throws: `ImportError` `.noInput` when it cannot be opened.
    init(path: String) throws(ImportError) {
        // Non-blocking, so a FIFO or a device does not hang the open; only a regular file is read.
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        if fd < 0 {
            throw ImportError(.noInput, file: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            let kind = info.st_mode & S_IFMT
            close(fd)
            let what =
                kind == S_IFDIR
                ? "a folder" : kind == S_IFIFO ? "a pipe (FIFO)" : kind == S_IFSOCK ? "a socket" : "a device"
            throw ImportError(.noInput, file: path, message: "is \(what), not a regular file: GoalKit reads files")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        descriptor = fd
        size = Int(info.st_size)
        buffer = [UInt8](repeating: 0, count: ByteSource.chunkSize)
        try skipByteOrderMark(path: path)
    }

    /// Reads from bytes already in memory (tests, transcoded UTF-16).
    init(bytes: [UInt8]) {
        descriptor = -1
        buffer = bytes
        count = bytes.count
        size = bytes.count
        finished = true
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    private func skipByteOrderMark(path: String) throws(ImportError) {
        fill()
        if count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF {
            position = 3
            bomEncoding = "utf-8"
        } else if count >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)) {
            let littleEndian = buffer[0] == 0xFF
            var all = Array(buffer[2..<count])
            while !finished {
                position = count
                fill()
                all.append(contentsOf: buffer[0..<count])
            }
            if all.count > 64 << 20 {
                throw ImportError(.malformed, file: path, message: "UTF-16 files over 64 MB are not supported")
            }
            buffer = ByteSource.utf8(fromUTF16: all, littleEndian: littleEndian)
            count = buffer.count
            position = 0
            bomEncoding = littleEndian ? "utf-16le" : "utf-16be"
        }
    }

    private static func utf8(fromUTF16 bytes: [UInt8], littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let a = UInt16(bytes[index])
            let b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// Refills the buffer when it is used up; false at the end of the file.
    @inline(__always)
    private func fill() {
        guard position >= count, !finished else { return }
        consumed += count
        position = 0
        count = 0
        while true {
            let n = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, ByteSource.chunkSize) }
            if n > 0 {
                count = n
                return
            }
            if n < 0 && errno == EINTR { continue }
            finished = true
            return
        }
    }

    /// The next byte, or nil at the end.
    @inline(__always)
    func next() -> UInt8? {
        if position >= count {
            fill()
            if position >= count { return nil }
        }
        let byte = buffer[position]
        position += 1
        return byte
    }

    /// The next byte without consuming it, or nil at the end.
    @inline(__always)
    func peek() -> UInt8? {
        if position >= count {
            fill()
            if position >= count { return nil }
        }
        return buffer[position]
    }

    /// Moves bytes to `out` up to the first one `stops` marks (non-zero at its value), which
    /// stays unread; stops at the end of the buffered chunk too, so callers loop.
    /// - Returns: how many bytes moved (0 at a stop byte or the end of the file).
    @inline(__always)
    func appendRun(to out: inout [UInt8], stops: UnsafeBufferPointer<UInt8>) -> Int {
        if position >= count {
            fill()
            if position >= count { return 0 }
        }
        let start = position
        var end = position
        let limit = count
        buffer.withUnsafeBufferPointer { bytes in
            while end < limit && stops[Int(bytes[end])] == 0 { end += 1 }
            if end > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end])) }
        }
        position = end
        return end - start
    }

    /// Up to `limit` bytes from the current position without consuming them (within the buffer).
    func prefix(_ limit: Int) -> ArraySlice<UInt8> {
        fill()
        return buffer[position..<min(count, position + limit)]
    }

    /// Bytes read so far, for progress.
    var offset: Int { consumed + position }
}
