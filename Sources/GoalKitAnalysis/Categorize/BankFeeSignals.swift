/// What a bank says about a line beyond its payee: the OFX transaction type (`TRNTYPE`) and
/// whole words of fee vocabulary in English, German, French, Dutch and Spanish. A layer that
/// fills Bank Fees (which the advice on fees reads), Cash Withdrawals, interest and salary.
public enum BankFeeSignals {
    /// OFX `TRNTYPE` values that name a category: (money out, money in). `CHECK` is left
    /// out on purpose: a cheque pays anyone.
    static let transactionTypes: [String: (out: String?, in: String?)] = [
        "ATM": ("Cash Withdrawals", nil), "FEE": ("Bank Fees", nil), "SRVCHG": ("Bank Fees", nil),
        "INT": ("Interest Charges", "Interest & Dividends"), "DIV": (nil, "Interest & Dividends"),
        "DIRECTDEP": (nil, "Salary"),
    ]

    /// Fee words and phrases, compared word by word (never inside another word: "coffee" is
    /// no fee). German compounds ending in `gebühr`/`gebühren` are fees too.
    static let feePhrases: [[String]] = [
        "fee", "fees", "service charge", "service charges", "monthly maintenance", "overdraft", "nsf", "charges",
        "bank charge", "bank charges", "gebühr", "gebühren", "entgelt", "kontoführung", "kontoführungsentgelt",
        "kontoführungsgebühr", "frais", "commission", "commissions", "cotisation carte", "agios", "kosten",
        "bankkosten", "rekeningkosten", "transactiekosten", "provisie", "comisión", "comision", "comisiones",
        "cuota de mantenimiento", "cuota mantenimiento", "cargo por servicio",
    ].map { ExpenseFeatures.words($0) }

    /// The category a transaction type names for a line, with the reason.
    public static func category(forTransactionType type: String?, amount: Int64) -> (category: String, reason: String)?
    {
        guard let type = type?.uppercased(), let entry = transactionTypes[type] else { return nil }
        guard let category = amount < 0 ? entry.out : entry.in else { return nil }
        return (category, "transaction type \(type)")
    }

    /// The fee words of a text (whole words only), empty when none.
    public static func feeWords(_ text: String) -> [String] {
        let words = ExpenseFeatures.words(text)
        var found: [String] = []
        for phrase in feePhrases where phrase.count <= words.count {
            for start in 0...(words.count - phrase.count) where Array(words[start..<(start + phrase.count)]) == phrase {
                found.append(phrase.joined(separator: " "))
                break
            }
        }
        for word in words where word.count > 6 && (word.hasSuffix("gebühr") || word.hasSuffix("gebühren")) {
            if !found.contains(word) { found.append(word) }
        }
        return found
    }
}
