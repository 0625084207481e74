import Foundation

/// Remembers what reading a file decided, so reading the same file again (import checks a
/// file, then writes it) does not detect its layout a second time.
public final class ReadMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var layout: CSVLayout?

    /// An empty memo.
    public init() {}

    /// The CSV layout decided by the first read, or decided now and kept.
    func csvLayout(_ detect: () throws(ImportError) -> CSVLayout) throws(ImportError) -> CSVLayout {
        if let known = lock.withLock({ layout }) { return known }
        let decided = try detect()
        lock.withLock { layout = decided }
        return decided
    }
}
