import Foundation
import GoalKit

/// The keys that keep a line from being imported twice for the same account.
///
/// A bank id that is usable (present, not all zeros, unique within the file for its account)
/// gives `id:<bank id>`. Otherwise the line's content (day, amount, currency, payee, memo)
/// is hashed with FNV-1a (stable across runs and machines) and numbered by its occurrence
/// within the file: two identical coffees on one day are `…:1` and `…:2`, so both stay, and
/// importing the same file again finds both.
public enum DedupKey {
    /// The bank id, or nil when it cannot identify a line (empty, or only zeros).
    public static func usableBankID(_ id: String?) -> String? {
        guard let id = id?.trimmed, !id.isEmpty else { return nil }
        if id.allSatisfy({ $0 == "0" || $0 == "-" || $0 == " " }) { return nil }
        return id
    }

    /// The key for a usable bank id.
    public static func bankKey(_ id: String) -> String { "id:" + id }

    /// The key for a line's content and its occurrence number (1 for the first).
    public static func contentKey(hash: UInt64, occurrence: Int) -> String {
        let hex = String(hash, radix: 16)
        return "c:" + String(repeating: "0", count: 16 - hex.count) + hex + ":" + String(occurrence)
    }

    /// A stable 64-bit hash of a line's content for an account.
    public static func contentHash(account: String, line: StatementLine) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0x1F
            hash = hash &* 0x0000_0100_0000_01B3
        }
        add(account)
        add(line.date.isoString)
        add(String(line.amount.minorUnits))
        add(line.amount.currency.code)
        add(line.payee)
        add(line.memo)
        return hash
    }

    /// A stable 64-bit hash of an account's bank id, for finding repeated ids cheaply.
    public static func idHash(account: String, id: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in account.utf8 + [0x1F] + id.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
