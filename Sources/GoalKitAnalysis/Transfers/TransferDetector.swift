public import GoalKit

/// Recognises movements between a person's own accounts, to keep them out of spending and
/// income: an amount out of one account and the same amount into another within three days
/// (paired, nearest days first), or a line whose words say it is a transfer (`TransferWording`:
/// transfer wording, a card payment, money to or from the person's own name).
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

    /// Words that mark a transfer between own accounts, in the languages of the banks GoalKit
    /// reads (card payments are `CardPaymentWording`'s: they are transfers only once paired).
    public static let wording = [
        "transfer to", "transfer from", "internal transfer", "own account", "to savings", "from savings", "to checking",
        "from checking", "sweep", "account transfer", "online transfer", "mobile banking transfer", "transfer to mbr",
        "eigen rekening", "spaarrekening", "umbuchung", "übertrag", "virement interne", "virement compte", "traspaso",
    ]

    /// The first word of each phrase, to look for phrases only in texts that have it.
    static let firstWords = Set(wording.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// Whether a text has transfer wording (not card-payment wording: see `TransferWording`).
    public static func mentionsTransfer(_ text: String) -> Bool { mentionsTransfer(words: ExpenseFeatures.words(text)) }

    /// Whether a text's words (as `ExpenseFeatures.words` reads them) have transfer wording.
    static func mentionsTransfer(words: [String]) -> Bool {
        guard words.contains(where: firstWords.contains) else { return false }
        let joined = " " + words.joined(separator: " ") + " "
        return wording.contains { joined.contains(" " + $0 + " ") || joined.contains(" " + $0) }
    }

    /// Finds the transfers among items: the pairs `TransferPairer` makes of them in date
    /// order, and the lines whose wording says they are transfers (a card payment is one
    /// either way; whether it was paired says if its card's statement is imported).
    public static func detect(_ items: [Item], wording: TransferWording = TransferWording()) -> Result {
        var result = Result()
        var pairer = TransferPairer()
        for item in items.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) { pairer.add(item) }
        pairer.finish()
        result.pairs = pairer.pairs
        for (out, into) in pairer.pairs {
            result.transfers.insert(out)
            result.transfers.insert(into)
        }
        for item in items where !result.transfers.contains(item.id) && wording.mention(item.text) != nil {
            result.transfers.insert(item.id)
        }
        return result
    }
}
