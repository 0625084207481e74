extension CAMTEntry {
    /// Takes the text of an element that just closed inside an `Ntry`, if it is one the entry
    /// keeps.
    mutating func take(_ value: String, at stack: CAMTPath) {
        if stack.ends(.ntry, .amt) {
            amount = value
        } else if stack.ends(.ntry, .cdtDbtInd) {
            creditDebit = value
        } else if stack.ends(.ntry, .rvslInd) {
            reversal = value == "true" || value == "1"
        } else if stack.ends(.ntry, .sts) {
            // camt.05x.001.02 to .07: <Sts>BOOK</Sts>. From .08 on the text sits in Cd or Prtry,
            // and Sts itself closes with nothing but whitespace.
            if !value.isEmpty && status == nil { status = CAMTEntryStatus(code: value) }
        } else if stack.ends(.ntry, .sts, .cd) {
            status = CAMTEntryStatus(code: value)
        } else if stack.ends(.ntry, .sts, .prtry) {
            status = CAMTEntryStatus(proprietary: value)
        } else if stack.ends(.bookgDt, .dt) || stack.ends(.bookgDt, .dtTm) {
            bookingDate = bookingDate ?? value
        } else if stack.ends(.valDt, .dt) || stack.ends(.valDt, .dtTm) {
            valueDate = valueDate ?? value
        } else if stack.ends(.ntry, .acctSvcrRef) {
            accountServicerReference = value
        } else if stack.ends(.refs, .acctSvcrRef) {
            accountServicerReference = accountServicerReference ?? value
        } else if stack.ends(.ntry, .ntryRef) {
            entryReference = value
        } else {
            takeDetail(value, at: stack)
        }
    }

    /// The transaction code, parties and remittance text of an entry.
    private mutating func takeDetail(_ value: String, at stack: CAMTPath) {
        if stack.ends(.domn, .cd) {
            domainCode = value
        } else if stack.ends(.fmly, .cd) {
            familyCode = value
        } else if stack.ends(.fmly, .subFmlyCd) {
            subFamilyCode = value
        } else if stack.ends(.bkTxCd, .prtry, .cd) {
            proprietaryCode = value
        } else if stack.ends(.cdtr, .nm) || stack.ends(.cdtr, .pty, .nm) {
            creditorName = creditorName ?? value
        } else if stack.ends(.dbtr, .nm) || stack.ends(.dbtr, .pty, .nm) {
            debtorName = debtorName ?? value
        } else if stack.ends(.rmtInf, .ustrd) {
            unstructured.append(value)
        } else if stack.ends(.ntry, .addtlNtryInf) {
            additionalEntryInfo = value
        } else if stack.ends(.txDtls, .addtlTxInf) {
            additionalTransactionInfo = value
        }
    }
}
