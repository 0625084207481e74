/// The 64-bit FNV-1a hash: stable across runs, machines and Swift versions (unlike
/// `Hasher`), so values made from it may be stored. Parts fed one after the other can be
/// told apart by `separate()` (a 0x1F unit separator between or after them).
///
/// Inlinable: it runs for every byte of every imported line, in other modules, and must be
/// specialised there.
@frozen
public struct FNV1a: Sendable {
    /// The hash of what was fed so far.
    public var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of nothing yet.
    @inlinable
    public init() {}

    /// Feeds one byte.
    @inlinable @inline(__always)
    public mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }

    /// Feeds bytes.
    @inlinable @inline(__always)
    public mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { add(byte) }
    }

    /// Feeds the separator between parts.
    @inlinable @inline(__always)
    public mutating func separate() { add(0x1F) }
}
