import Foundation
import GoalKit
import GoalKitStorage

/// The lines of a period grouped by payee, account and currency as they stream by in date
/// order, each group counting its distinct days and dropping its lines once it has more than
/// a recurring charge can have. Keys are compared byte for byte (the hash only finds the
/// bucket), so two payees never mix.
struct RecurringScan {
    struct Line {
        var id: Int64
        var day: Int32
        var minor: Int64
        var categoryID: Int64?
    }

    struct Group {
        /// payee 0x1F account 0x1F currency.
        var key: [UInt8]
        var lastDay: Int32 = .min
        var days = 0
        var excluded = false
        var lines: [Line] = []
    }

    let maximumDays: Int
    private(set) var groups: [Group] = []
    private var buckets: [UInt64: [Int]] = [:]

    init(maximumDays: Int) {
        self.maximumDays = maximumDays
    }

    mutating func add(
        id: Int64, day text: UnsafeBufferPointer<UInt8>, minor: Int64, currency: UnsafeBufferPointer<UInt8>,
        payee: UnsafeBufferPointer<UInt8>, account: UnsafeBufferPointer<UInt8>, categoryID: Int64?
    ) {
        guard let day = day(text) else { return }
        var hash = FNV1a()
        hash.add(payee)
        hash.separate()
        hash.add(account)
        hash.separate()
        hash.add(currency)
        hash.separate()
        let index = find(hash: hash.value, payee: payee, account: account, currency: currency)
        guard !groups[index].excluded else { return }
        if groups[index].lastDay != day {
            groups[index].lastDay = day
            groups[index].days += 1
            if groups[index].days > maximumDays {
                groups[index].excluded = true
                groups[index].lines = []
                return
            }
        }
        groups[index].lines.append(Line(id: id, day: day, minor: minor, categoryID: categoryID))
    }

    private mutating func find(
        hash: UInt64, payee: UnsafeBufferPointer<UInt8>, account: UnsafeBufferPointer<UInt8>,
        currency: UnsafeBufferPointer<UInt8>
    ) -> Int {
        let length = payee.count + account.count + currency.count + 2
        for index in buckets[hash] ?? [] where groups[index].key.count == length {
            let same = groups[index].key.withUnsafeBufferPointer { key in
                Self.equal(key, 0, payee) && key[payee.count] == 0x1F
                    && Self.equal(key, payee.count + 1, account) && key[payee.count + account.count + 1] == 0x1F
                    && Self.equal(key, payee.count + account.count + 2, currency)
            }
            if same { return index }
        }
        var key: [UInt8] = []
        key.reserveCapacity(length)
        key += payee
        key.append(0x1F)
        key += account
        key.append(0x1F)
        key += currency
        groups.append(Group(key: key))
        buckets[hash, default: []].append(groups.count - 1)
        return groups.count - 1
    }

    private static func equal(_ key: UnsafeBufferPointer<UInt8>, _ offset: Int, _ part: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        guard part.count > 0 else { return true }
        guard let base = key.baseAddress, let other = part.baseAddress else { return false }
        return memcmp(base + offset, other, part.count) == 0
    }

    /// The last day read: lines come in date order, so most days repeat it.
    private var lastText: [UInt8] = []
    private var lastDay: Int32?

    /// `YYYY-MM-DD` as days since the epoch, or nil.
    private mutating func day(_ text: UnsafeBufferPointer<UInt8>) -> Int32? {
        if lastText.elementsEqual(text) { return lastDay }
        lastText = Array(text)
        lastDay = LocalDate(iso: String(decoding: text, as: UTF8.self)).map { Int32($0.daysSinceEpoch) }
        return lastDay
    }
}
