import Foundation
import GoalKit

/// The keys that keep a line from being imported twice for the same account.
///
/// A bank id that is usable (present, not all zeros, unique within the file for its account)
/// gives `id:<bank id>`. Otherwise the line's content (day, amount, currency, payee, memo)
/// is hashed with FNV-1a (stable across runs and machines) and numbered by its occurrence
/// within the file: two identical coffees on one day are `…:1` and `…:2`, so both stay, and
/// importing the same file again finds both. Content keys start with the day.
public enum DedupKey {
    /// The bank id, or nil when it cannot identify a line (empty, or only zeros).
    public static func usableBankID(_ id: String?) -> String? {
        guard let id = id?.trimmed, !id.isEmpty else { return nil }
        if id.allSatisfy({ $0 == "0" || $0 == "-" || $0 == " " }) { return nil }
        return id
    }

    /// The key for a usable bank id.
    public static func bankKey(_ id: String) -> String { "id:" + id }

    /// The key for a line's content and its occurrence number (1 for the first):
    /// `c:<day>:<hash>:<occurrence>`. The day comes first so a statement's keys arrive in
    /// order and the unique index grows at its end instead of everywhere.
    public static func contentKey(day: String, hash: UInt64, occurrence: Int) -> String {
        var key = "c:"
        key.reserveCapacity(40)
        key += day
        key += ":"
        let hex = String(hash, radix: 16)
        for _ in hex.utf8.count..<16 { key += "0" }
        key += hex
        key += ":"
        key += String(occurrence)
        return key
    }

    /// A stable 64-bit hash of a line's content for an account.
    public static func contentHash(account: String, line: StatementLine) -> UInt64 {
        contentHash(
            account: account, day: line.date.isoString, minorUnits: line.amount.minorUnits,
            currency: line.amount.currency.code, payee: line.payee, memo: line.memo)
    }

    /// A stable 64-bit hash of a line's content from its parts (as stored).
    public static func contentHash(
        account: String, day: String, minorUnits: Int64, currency: String, payee: String, memo: String
    ) -> UInt64 {
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
        add(day)
        add(String(minorUnits))
        add(currency)
        add(payee)
        add(memo)
        return hash
    }

    /// A stable 64-bit hash of an account's bank id, for finding repeated ids cheaply.
    public static func idHash(account: String, id: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for byte in account.utf8 { add(byte) }
        add(0x1F)
        for byte in id.utf8 { add(byte) }
        return hash
    }
}
