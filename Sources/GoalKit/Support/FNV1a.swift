/// The 64-bit FNV-1a hash: stable across runs, machines and Swift versions (unlike
/// `Hasher`), so values made from it may be stored. Parts fed one after the other can be
/// told apart by `separate()` (a 0x1F unit separator between or after them).
public struct FNV1a: Sendable {
    /// The hash of what was fed so far.
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of nothing yet.
    public init() {}

    /// Feeds one byte.
    @inline(__always)
    public mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }

    /// Feeds bytes.
    @inline(__always)
    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { add(byte) }
    }

    /// Feeds the separator between parts.
    @inline(__always)
    public mutating func separate() { add(0x1F) }
}
