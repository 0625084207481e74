public import GoalKit

/// What an import found of bank ids that an earlier import already holds: lines re-sent
/// with a later date (the same line, its date moved) and new lines under a reused id.
public struct ReturningBankIDs: Sendable {
    /// A reused id, the line held under it and the new line's date and amount.
    public struct Reuse: Sendable, Hashable {
        public var id: String
        public var heldDate: LocalDate
        public var heldMinorUnits: Int64
        public var date: LocalDate
        public var amount: Money
    }

    /// How far apart two lines under one id and amount may be dated and still be one line.
    public static let sameLineDays = 7

    /// Lines whose date moved to the later one sent again (the first few kept for messages).
    public var redated = 0
    public var redatedLines: [(id: String, from: LocalDate, to: LocalDate)] = []
    /// New lines under reused ids (the first few kept for messages).
    public var reused: [Reuse] = []
    public var reusedCount = 0

    /// Nothing found yet.
    public init() {}

    /// The key of a new line under a reused id: the id with the line's day and amount, the
    /// same on every re-import of the same file.
    public static func key(_ bankKey: String, date: LocalDate, minorUnits: Int64) -> String {
        "\(bankKey)@\(date.isoString):\(minorUnits)"
    }

    package mutating func redate(id: String, from: LocalDate, to: LocalDate) {
        redated += 1
        if redatedLines.count < 5 { redatedLines.append((id, from, to)) }
    }

    /// Whether two normalised payees name the same merchant as far as a pending line and
    /// its posted form can be told: equal, or the same first word.
    public static func samePayee(_ a: String, _ b: String) -> Bool {
        func first(_ text: String) -> Substring {
            text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).first ?? ""
        }
        return a.lowercased() == b.lowercased() || (!first(a).isEmpty && first(a) == first(b))
    }

    package mutating func record(id: String, held: (LocalDate, Int64), now: (LocalDate, Money)) {
        reusedCount += 1
        if reused.count < 5 {
            reused.append(Reuse(id: id, heldDate: held.0, heldMinorUnits: held.1, date: now.0, amount: now.1))
        }
    }

    /// What to tell the person, one message per kind.
    public var messages: [String] {
        var messages: [String] = []
        if reusedCount > 0 {
            let named = reused.map { reuse in
                let was = Money(minorUnits: reuse.heldMinorUnits, currency: reuse.amount.currency)
                return
                    "'\(reuse.id)' (held: \(reuse.heldDate) \(was.decimalString); now: \(reuse.date) \(reuse.amount.decimalString))"
            }
            messages.append(
                """
                \(reusedCount) line(s) came with a bank id an earlier import holds for another amount, another payee \
                or a date more than \(Self.sameLineDays) days away: \(named.joined(separator: ", "))\(reusedCount > reused.count ? ", ..." : ""); \
                they are new lines (the bank reuses its ids)
                """)
        }
        if redated > 0 {
            let named = redatedLines.map { "'\($0.id)' \($0.from) → \($0.to)" }.joined(separator: ", ")
            messages.append(
                """
                \(redated) line(s) already imported came again under the same bank id, amount and payee with a later \
                date (pending, then posted): their dates were updated: \(named)\(redated > redatedLines.count ? ", ..." : "")
                """)
        }
        return messages
    }
}
