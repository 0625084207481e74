/// The fields of one `STMTTRN` as they are read.
struct TransactionFields {
    var line = 0
    var type: String?
    var datePosted: String?
    var dateLine = 0
    var amount: String?
    var amountLine = 0
    var fitID: String?
    var name: String?
    var payeeName: String?
    var memo: String?
    var code: String?
    /// The transaction's own currency (`CURRENCY` or `ORIGCURRENCY` inside `STMTTRN`).
    var currency: TransactionCurrency?
    /// `CORRECTFITID`: the `FITID` this transaction corrects.
    var correctFitID: String?
    /// `CORRECTACTION`: `REPLACE` or `DELETE`.
    var correctAction: String?
    var correctionLine = 0

    mutating func set(_ name: String, _ value: String, line: Int) {
        switch name {
        case "TRNTYPE": type = value
        case "DTPOSTED":
            datePosted = value
            dateLine = line
        case "TRNAMT":
            amount = value
            amountLine = line
        case "FITID": fitID = value
        case "NAME": self.name = value
        case "MEMO": memo = value
        case "SIC", "MCC": code = value.trimmed
        case "CORRECTFITID":
            correctFitID = value.trimmed
            correctionLine = line
        case "CORRECTACTION":
            correctAction = value.trimmed
            if correctionLine == 0 { correctionLine = line }
        default: break
        }
    }
}

/// A `CURRENCY` or `ORIGCURRENCY` aggregate of one transaction, as written.
struct TransactionCurrency {
    /// `ORIGCURRENCY`: the amounts are already in the statement's currency (`CURDEF`) and this
    /// says what they were converted from. `CURRENCY`: the amounts are in `CURSYM`.
    var isOriginal: Bool
    var line: Int
    var symbol: String? = nil
    /// `CURRATE`: how many units of `CURDEF` one unit of `CURSYM` is worth.
    var rate: String? = nil
}
