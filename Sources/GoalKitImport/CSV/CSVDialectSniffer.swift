/// Finds a CSV file's delimiter from its first lines: the one that splits the most lines
/// into the same number (two or more) of fields, quotes respected.
enum CSVDialectSniffer {
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")]

    static func delimiter(in sample: ArraySlice<UInt8>) -> UInt8 {
        var best = candidates[0]
        var bestScore = -1
        for candidate in candidates {
            var counts: [Int: Int] = [:]
            var fields = 1
            var inQuotes = false
            var lines = 0
            for byte in sample {
                if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
                if inQuotes { continue }
                if byte == candidate { fields += 1 }
                if byte == 0x0A || byte == 0x0D {
                    if fields > 1 { counts[fields, default: 0] += 1 }
                    fields = 1
                    lines += 1
                    if lines > 200 { break }
                }
            }
            if fields > 1 { counts[fields, default: 0] += 1 }
            // The most common field count, weighted by how many lines have it.
            let score =
                counts.max { a, b in a.value * 1000 + a.key < b.value * 1000 + b.key }.map { $0.value * 1000 + $0.key }
                ?? 0
            if score > bestScore {
                bestScore = score
                best = candidate
            }
        }
        return best
    }
}
