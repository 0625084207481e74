public import GoalKit

/// What the categoriser looks at in one expense.
public struct ExpenseFeatures: Hashable, Sendable {
    /// The normalised payee (`Blue Bottle`).
    public var payee: String
    /// The payee as the bank wrote it.
    public var rawPayee: String
    /// The memo.
    public var memo: String
    /// The signed amount.
    public var amount: Money
    /// The account.
    public var account: String
    /// A merchant category code (OFX `SIC`/`MCC`) or a CAMT bank transaction code, when given.
    public var code: String?
    /// The bank's transaction type (OFX `TRNTYPE`: `ATM`, `FEE`, `SRVCHG`, `INT`, ...), when given.
    public var transactionType: String?

    /// Creates the features.
    public init(
        payee: String, rawPayee: String, memo: String, amount: Money, account: String, code: String? = nil,
        transactionType: String? = nil
    ) {
        self.payee = payee
        self.rawPayee = rawPayee
        self.memo = memo
        self.amount = amount
        self.account = account
        self.code = code
        self.transactionType = transactionType
    }

    /// Lower-case words of a text (letters and digits, `&` kept inside words).
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || (scalar.value >= 48 && scalar.value <= 57) || scalar == "&" {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The model's tokens: payee and memo words (no bare numbers), the amount's order of
    /// magnitude and the direction.
    public var tokens: [String] {
        var tokens = ExpenseFeatures.words(payee).filter { !$0.allSatisfy(\.isNumber) }.map { "p:" + $0 }
        tokens += ExpenseFeatures.words(memo).filter { $0.count > 1 && !$0.allSatisfy(\.isNumber) }.prefix(12).map {
            "m:" + $0
        }
        let units = amount.minorUnits.magnitude / UInt64(max(1, amount.currency.minorUnitsPerMajor))
        tokens.append("amt:" + String(String(units).count))
        tokens.append(amount.minorUnits < 0 ? "dir:out" : "dir:in")
        return tokens
    }

    /// The payee as the key of learned labels: its words joined by single spaces.
    public var payeeKey: String { ExpenseFeatures.words(payee).joined(separator: " ") }
}
