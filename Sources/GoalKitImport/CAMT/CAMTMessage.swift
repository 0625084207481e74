/// The bank-to-customer messages a CAMT file can hold, told by the document's first element.
enum CAMTMessage {
    /// camt.053 `BkToCstmrStmt`: end-of-day statements (`Stmt`).
    case statement
    /// camt.052 `BkToCstmrAcctRpt`: account reports (`Rpt`), intraday or end-of-day; read
    /// like statements, booked entries only.
    case report
    /// camt.054 `BkToCstmrDbtCdtNtfctn`: notifications of single movements; skipped.
    case notification

    /// The message for the document's first element, if it is one.
    init?(root: CAMTTag) {
        switch root {
        case .bkToCstmrStmt: self = .statement
        case .bkToCstmrAcctRpt: self = .report
        case .bkToCstmrDbtCdtNtfctn: self = .notification
        default: return nil
        }
    }

    /// Whether its entries are imported.
    var isRead: Bool { self != .notification }

    /// The message element.
    var root: CAMTTag {
        switch self {
        case .statement: .bkToCstmrStmt
        case .report: .bkToCstmrAcctRpt
        case .notification: .bkToCstmrDbtCdtNtfctn
        }
    }

    /// The element that holds one account's balances and entries, as written (`Stmt`, `Rpt`);
    /// the parser reads both as `CAMTTag.stmt`.
    var body: String {
        switch self {
        case .statement: "Stmt"
        case .report: "Rpt"
        case .notification: "Ntfctn"
        }
    }
}
