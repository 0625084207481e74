/// Money sent to or received from a person through a payment app or a bank transfer, and who
/// the person is: `Zelle to Jane Doe`, `ZELLE PAYMENT FROM JANE DOE JPM99A1B`, `Cash App*Jane
/// Doe`, `Überweisung an Jane Doe`, `Virement à Jane Doe`, `Overboeking naar J. Doe`, `Bizum a
/// Juan Pérez`.
///
/// When the person is the account holder (their own account at another bank), the line is a
/// transfer between own accounts; GoalKit knows that only from the names the person gives
/// (`TransferWording.ownNames`), never by guessing.
public enum PersonTransfer {
    /// Payment apps, as folded words: a name may follow them directly (`Cash App*Jane Doe`).
    public static let services = [
        "zelle", "venmo", "cash app", "cashapp", "apple cash", "bizum", "popmoney", "tikkie", "wero", "lydia",
        "paylib", "twint",
    ]

    /// Bank transfers: a name follows them after a direction word (`Überweisung an`).
    public static let bankTransfers = [
        "uberweisung", "ueberweisung", "echtzeituberweisung", "echtzeitueberweisung", "virement", "overboeking",
        "overschrijving", "transferencia", "wire transfer", "wire",
    ]

    /// Words that may stand between the service and the direction (`Zelle payment to`).
    static let fillers: Set<String> = [
        "payment", "pmt", "transfer", "instant", "sent", "send", "received", "recd", "p2p", "sepa", "online", "mobile",
        "inst", "instantanee", "inmediata", "immediate", "credit", "debit", "emis", "recu", "emitida", "recibida",
        "xfer", "favor", "faveur", "order", "ordre",
    ]

    /// Direction words: to and from, in the five languages.
    static let directions: Set<String> = [
        "to", "from", "an", "von", "naar", "van", "aan", "a", "de", "vers", "pour", "para", "du",
    ]

    /// Words that name no person: an account, a reference, a cash-out.
    static let notNames: Set<String> = [
        "savings", "checking", "account", "acct", "konto", "sparkonto", "girokonto", "rekening", "spaarrekening",
        "compte", "livret", "cuenta", "ahorro", "web", "id", "ref", "reference", "conf", "confirmation", "on", "the",
        "my", "own", "eigen", "eigene", "cashout", "cash", "out", "balance", "card", "bank", "brokerage", "ppd", "ccd",
        "ach", "inc", "llc", "ltd", "gmbh", "bv", "sa", "sarl", "sl", "payment", "transfer", "money", "xfer",
    ]

    static let firstWords = Set(
        (services + bankTransfers).compactMap { $0.split(separator: " ").first.map(String.init) })

    /// The words naming the other person (folded, at most four, up to the first reference or
    /// number), or nil when the text is no transfer to or from a person.
    ///
    /// ```swift
    /// PersonTransfer.counterparty("Zelle payment to JANE DOE JPM99bqx")  // ["jane", "doe"]
    /// PersonTransfer.counterparty("VENMO PAYMENT 1023456789 WEB ID: 3264681992")  // nil
    /// ```
    public static func counterparty(_ text: String) -> [String]? {
        counterparty(folded: ExpenseFeatures.words(text).map(WordFolding.folded))
    }

    /// The person a text's words (as `ExpenseFeatures.words` reads them, folded) name.
    static func counterparty(folded words: [String]) -> [String]? {
        guard words.contains(where: firstWords.contains) else { return nil }
        for (markers, needsDirection) in [(services, false), (bankTransfers, true)] {
            for marker in markers {
                let parts = marker.split(separator: " ").map(String.init)
                for start in words.indices where words[start...].starts(with: parts) {
                    let after = start + parts.count
                    if let name = name(in: words, from: after, needsDirection: needsDirection) { return name }
                }
            }
        }
        return nil
    }

    /// The name after a marker: fillers and direction words (one at least when needed), then
    /// name words (`Transferencia a favor de Juan Pérez`).
    static func name(in words: [String], from start: Int, needsDirection: Bool) -> [String]? {
        var index = start
        var directed = false
        while index < words.count {
            if directions.contains(words[index]) {
                directed = true
            } else if !fillers.contains(words[index]) {
                break
            }
            index += 1
        }
        if needsDirection && !directed { return nil }
        var name: [String] = []
        while index < words.count && name.count < 4 {
            let word = words[index]
            guard word.allSatisfy(\.isLetter), !notNames.contains(word) else { break }
            name.append(word)
            index += 1
        }
        return name.contains { $0.count > 1 } ? name : nil
    }
}
