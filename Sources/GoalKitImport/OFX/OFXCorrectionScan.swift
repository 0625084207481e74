import Foundation

/// The `FITID`s a file's `CORRECTFITID`s name, found by one byte pass before the file is parsed,
/// so that the streaming builder knows, when it reaches a transaction, whether a later one in
/// the same file replaces or deletes it. Memory grows with the corrections only.
///
/// Tags are matched in any letter case; a UTF-16 file is not scanned (its corrections are
/// still delivered, and applied downstream).
enum OFXCorrectionScan {
    private static let tag = Array("<CORRECTFITID".utf8)

    /// The targets in the file at `path` (empty when it cannot be read).
    static func targets(path: String) -> Set<String> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var scanner = Scanner()
        var buffer = [UInt8](repeating: 0, count: 1 << 18)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { break }
            buffer.withUnsafeBufferPointer { scanner.feed(UnsafeBufferPointer(rebasing: $0[0..<n])) }
        }
        return scanner.targets
    }

    /// A state machine over the bytes: `<CORRECTFITID`, attributes up to `>`, then the value up
    /// to `<` or the end of the line. `<` occurs once in the tag, so a mismatch restarts cleanly.
    private struct Scanner {
        enum State { case searching, afterName, attributes, value }
        var targets = Set<String>()
        private var state = State.searching
        private var matched = 0
        private var value: [UInt8] = []

        mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
            for byte in bytes {
                switch state {
                case .value:
                    if byte == UInt8(ascii: "<") || byte == 0x0A || byte == 0x0D || value.count > 255 {
                        finishValue()
                        if byte == UInt8(ascii: "<") { matched = 1 }
                    } else {
                        value.append(byte)
                    }
                case .afterName:
                    // `<CORRECTFITID>` or `<CORRECTFITID attr...>`, not `<CORRECTFITIDX>`.
                    if byte == UInt8(ascii: ">") {
                        state = .value
                    } else if byte <= 0x20 {
                        state = .attributes
                    } else {
                        state = .searching
                        matched = byte == UInt8(ascii: "<") ? 1 : 0
                    }
                case .attributes:
                    if byte == UInt8(ascii: ">") { state = .value }
                case .searching:
                    search(byte)
                }
            }
        }

        private mutating func search(_ byte: UInt8) {
            let upper = byte >= 97 && byte <= 122 ? byte - 32 : byte
            if upper == OFXCorrectionScan.tag[matched] {
                matched += 1
                if matched == OFXCorrectionScan.tag.count {
                    matched = 0
                    state = .afterName
                }
            } else {
                matched = upper == UInt8(ascii: "<") ? 1 : 0
            }
        }

        private mutating func finishValue() {
            var text = String(decoding: value, as: UTF8.self).trimmed
            if text.contains("&") { text = TextDecoding.replacingEntities(text) }
            if !text.isEmpty { targets.insert(text) }
            value.removeAll(keepingCapacity: true)
            state = .searching
            matched = 0
        }
    }
}
