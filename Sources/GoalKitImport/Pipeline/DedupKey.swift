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
        // Written byte by byte into the string's own storage: this runs for every line.
        var digits = 1
        var rest = occurrence.magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        let length = 2 + day.utf8.count + 1 + 16 + 1 + digits + (occurrence < 0 ? 1 : 0)
        return String(unsafeUninitializedCapacity: length) { out in
            var at = 0
            func put(_ byte: UInt8) {
                out[at] = byte
                at += 1
            }
            put(UInt8(ascii: "c"))
            put(UInt8(ascii: ":"))
            for byte in day.utf8 { put(byte) }
            put(UInt8(ascii: ":"))
            for shift in stride(from: 60, through: 0, by: -4) { put(hexDigits[Int((hash >> UInt64(shift)) & 0xF)]) }
            put(UInt8(ascii: ":"))
            if occurrence < 0 { put(UInt8(ascii: "-")) }
            var value = occurrence.magnitude
            var index = at + digits - 1
            for _ in 0..<digits {
                out[index] = UInt8(48 + value % 10)
                value /= 10
                index -= 1
            }
            return at + digits
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

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
        var hash = FNV1a()
        func add(_ part: String) {
            hash.add(part.utf8)
            hash.separate()
        }
        add(account)
        add(day)
        add(String(minorUnits))
        add(currency)
        add(payee)
        add(memo)
        return hash.value
    }

    /// A stable 64-bit hash of an account's bank id, for finding repeated ids cheaply.
    public static func idHash(account: String, id: String) -> UInt64 {
        var hash = FNV1a()
        hash.add(account.utf8)
        hash.separate()
        hash.add(id.utf8)
        return hash.value
    }
}
