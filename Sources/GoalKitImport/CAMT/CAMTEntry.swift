/// The fields of one CAMT `Ntry` as they are read.
struct CAMTEntry {
    var line = 0
    var amount: String?
    var amountLine = 0
    var currency: String?
    var creditDebit: String?
    var reversal = false
    /// `Sts`; nil when the entry has none.
    var status: CAMTEntryStatus?
    var bookingDate: String?
    var valueDate: String?
    var accountServicerReference: String?
    var entryReference: String?
    var domainCode: String?
    var familyCode: String?
    var subFamilyCode: String?
    var proprietaryCode: String?
    var creditorName: String?
    var debtorName: String?
    var unstructured: [String] = []
    var additionalEntryInfo: String?
    var additionalTransactionInfo: String?

    /// The bank transaction code as one text: `PMNT-RCDT-ESCT`, or the proprietary code.
    var typeCode: String? {
        let parts = [domainCode, familyCode, subFamilyCode].compactMap { $0 }
        if !parts.isEmpty { return parts.joined(separator: "-") }
        return proprietaryCode
    }
}

/// The fields of one CAMT `Bal` as they are read.
struct CAMTBalance {
    var code: String?
    var amount: String?
    var currency: String?
    var creditDebit: String?
    var date: String?
    var line = 0

    /// Takes the text of an element that just closed inside a `Bal`.
    mutating func take(_ value: String, at stack: CAMTPath) {
        if stack.ends(.bal, .tp, .cdOrPrtry, .cd) {
            code = value
        } else if stack.ends(.bal, .amt) {
            amount = value
        } else if stack.ends(.bal, .cdtDbtInd) {
            creditDebit = value
        } else if stack.ends(.bal, .dt, .dt) || stack.ends(.bal, .dt, .dtTm) {
            date = value
        }
    }
}
