/// What a line's words say about money moving between the person's own accounts: transfer
/// wording (`ONLINE TRANSFER TO SAVINGS`), a payment to a credit card (`CHASE CREDIT CRD
/// AUTOPAY`), or money sent to or received from the person themselves at another bank (`Zelle
/// to Jane Doe`, when Jane Doe is one of `ownNames`).
///
/// ```swift
/// let wording = TransferWording(ownNames: ["Jane Doe"])
/// wording.mention("Zelle to JANE DOE on 03/12")  // .ownAccount
/// wording.mention("AMEX EPAYMENT ACH PMT")  // .cardPayment
/// ```
public struct TransferWording: Hashable, Sendable {
    /// What the words say.
    public enum Mention: String, Hashable, Sendable {
        /// Transfer wording between own accounts.
        case transfer
        /// Money to or from the person's own name: their account at another bank.
        case ownAccount = "own_account"
        /// A payment to a credit card (a transfer when the card's statement holds the other side).
        case cardPayment = "card_payment"
    }

    /// The names the person's own accounts go by, as they gave them.
    public let ownNames: [String]
    /// Each name as folded words, and reversed (`DOE JANE`).
    let nameWords: [[String]]
    /// The words one of which a text must have for any rule to say more (one set lookup per
    /// word for the many lines that say nothing).
    let gate: Set<String>

    /// Words that, after the person's own name at the start of a line, make it a transfer from
    /// or to themselves (`JANE DOE SEPA-Überweisung`, `Jane Doe Dauerauftrag`).
    static let afterOwnName: Set<String> = PersonTransfer.firstWords.union([
        "sepa", "dauerauftrag", "gutschrift", "transfer", "xfer", "bijschrijving", "versement", "ingreso", "abono",
        "umbuchung",
    ])

    /// The wording, with the names of the person's own accounts (none: money to a person is
    /// never taken for a transfer).
    public init(ownNames: [String] = []) {
        self.ownNames = ownNames
        var words: [[String]] = []
        for name in ownNames {
            let folded = ExpenseFeatures.words(name).map(WordFolding.folded)
            guard !folded.isEmpty else { continue }
            words.append(folded)
            if folded.count > 1 { words.append(folded.reversed()) }
        }
        nameWords = words
        var gate = CardPaymentWording.firstWords.union(PersonTransfer.firstWords).union(TransferDetector.firstWords)
        if !words.isEmpty { gate.formUnion(Self.afterOwnName) }
        self.gate = gate
    }

    /// What a text (payee and memo) says, or nil when it says no transfer.
    public func mention(_ text: String) -> Mention? { classify(text).mention }

    /// Whether a text asks for the person's own name: it looks like money sent to or received
    /// from a person, says no transfer by its words, and no own name is known.
    public func asksForOwnName(_ text: String) -> Bool { classify(text).asksForOwnName }

    /// Both answers from one reading of the text's words.
    public func classify(_ text: String) -> (mention: Mention?, asksForOwnName: Bool) {
        let words = ExpenseFeatures.words(text)
        let folded = words.map(WordFolding.folded)
        guard folded.contains(where: gate.contains) || words.contains(where: gate.contains) else { return (nil, false) }
        if CardPaymentWording.matches(folded: folded) { return (.cardPayment, false) }
        if TransferDetector.mentionsTransfer(words: words) { return (.transfer, false) }
        if nameWords.isEmpty { return (nil, PersonTransfer.counterparty(folded: folded) != nil) }
        return (namesOwnAccount(folded) ? .ownAccount : nil, false)
    }

    /// Whether the person on the other side is the account holder: the name a payment app or
    /// transfer gives starts with one of theirs, or the line starts with their name before a
    /// transfer word.
    func namesOwnAccount(_ words: [String]) -> Bool {
        if let who = PersonTransfer.counterparty(folded: words), nameWords.contains(where: { who.starts(with: $0) }) {
            return true
        }
        return nameWords.contains { name in
            words.starts(with: name) && words.dropFirst(name.count).contains(where: Self.afterOwnName.contains)
        }
    }
}
