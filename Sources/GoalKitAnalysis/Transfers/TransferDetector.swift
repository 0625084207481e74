public import GoalKit

/// Recognises movements between a person's own accounts, to keep them out of spending and
/// income: an amount out of one account and the same amount into another within three days
/// (paired, nearest days first), or a line whose words say it is a transfer.
public enum TransferDetector {
    /// One expense as the detector sees it.
    public struct Item: Hashable, Sendable {
        public var id: Int64
        public var account: String
        public var date: LocalDate
        public var amount: Money
        public var text: String

        /// Creates an item.
        public init(id: Int64, account: String, date: LocalDate, amount: Money, text: String) {
            self.id = id
            self.account = account
            self.date = date
            self.amount = amount
            self.text = text
        }
    }

    /// What was found: every transfer's id, and the pairs (out, in).
    public struct Result: Hashable, Sendable {
        public var transfers: Set<Int64> = []
        public var pairs: [(Int64, Int64)] = []

        public static func == (a: Result, b: Result) -> Bool {
            a.transfers == b.transfers && a.pairs.map { [$0.0, $0.1] } == b.pairs.map { [$0.0, $0.1] }
        }

        public func hash(into hasher: inout Hasher) { hasher.combine(transfers) }
    }

    /// The most days between the two sides of a transfer.
    public static let maximumDays = 3

    /// Words that mark a transfer between own accounts, in the languages of the banks GoalKit reads.
    public static let wording = [
        "transfer to", "transfer from", "internal transfer", "own account", "to savings", "from savings", "to checking",
        "from checking", "sweep", "account transfer", "online transfer", "mobile banking transfer", "transfer to mbr",
        "eigen rekening", "spaarrekening", "umbuchung", "übertrag", "virement interne", "virement compte", "traspaso",
        "payment thank you", "autopay payment", "credit card payment",
    ]

    /// Finds the transfers among items.
    public static func detect(_ items: [Item]) -> Result {
        var result = Result()
        let outflows = items.filter { $0.amount.isNegative }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        var inflows = items.filter { $0.amount.isPositive }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        for out in outflows {
            var best: (index: Int, days: Int)?
            for (index, candidate) in inflows.enumerated()
            where candidate.account != out.account && candidate.amount == out.amount.negated() {
                let days = abs(out.date.days(to: candidate.date))
                if days <= maximumDays && (best == nil || days < best!.days) { best = (index, days) }
            }
            if let best {
                let into = inflows.remove(at: best.index)
                result.pairs.append((out.id, into.id))
                result.transfers.insert(out.id)
                result.transfers.insert(into.id)
            }
        }
        for item in items where !result.transfers.contains(item.id) {
            let text = item.text.lowercased()
            if wording.contains(where: { text.contains($0) }) { result.transfers.insert(item.id) }
        }
        return result
    }
}
