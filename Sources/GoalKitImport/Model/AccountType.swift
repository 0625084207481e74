/// The kind of account a statement is for.
public enum AccountType: String, Sendable, Hashable, CaseIterable {
    case checking, savings, creditcard, moneymarket, creditline, unknown

    /// Reads OFX `ACCTTYPE` (`CHECKING`, `SAVINGS`, `MONEYMRKT`, `CREDITLINE`, `CD`) or a CAMT
    /// account type code (`CACC`, `SVGS`, `CARD`, `LOAN`, `MOMA`).
    public init(code: String) {
        switch code.uppercased() {
        case "CHECKING", "CACC", "CASH", "TRAN", "CURR": self = .checking
        case "SAVINGS", "SVGS", "CD", "ONDP": self = .savings
        case "CREDITCARD", "CARD": self = .creditcard
        case "MONEYMRKT", "MOMA": self = .moneymarket
        case "CREDITLINE", "LOAN", "ODFT": self = .creditline
        default: self = .unknown
        }
    }
}
