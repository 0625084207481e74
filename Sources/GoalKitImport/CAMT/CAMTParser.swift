import Foundation
import GoalKit

/// ISO 20022 CAMT.053 statements and CAMT.052 account reports (versions 02 to 08) through
/// libxml2's streaming reader. Each booked `Ntry` is one transaction; a report's `Rpt` is read
/// as a statement's `Stmt`. CAMT.054 notifications are skipped with a reason.
struct CAMTParser<Sink: StatementSink> {
    let path: String
    let file: String
    let options: ParseOptions

    /// Reads the whole file, then hands back the sink.
    func parse(sink input: Sink) throws(ImportError) -> Sink {
        var sink = input
        let reader = try XMLStreamReader(path: path, file: file, progress: options.progress)
        var stack = CAMTPath()
        let tags = CAMTTagLookup()
        var message: CAMTMessage?
        var statements = 0
        var text = ""
        // Statement state.
        var iban: String?
        var otherID: String?
        var accountCurrency: String?
        var accountTypeCode: String?
        var statementLine = 0
        var begun = false
        var currency = options.defaultCurrency
        var closing: CAMTBalance?
        /// `Stmt/FrToDt/ToDtTm` as written, and its line.
        var periodEnd: (text: String, line: Int)?
        var balance = CAMTBalance()
        var entry = CAMTEntry()
        var unbooked = CAMTUnbookedEntries()

        func begin() throws(ImportError) {
            guard !begun else { return }
            begun = true
            guard let id = (iban ?? otherID)?.trimmed, !id.isEmpty else {
                throw ImportError(
                    .malformed, file: file, line: statementLine, element: "\(message?.body ?? "Stmt")/Acct/Id",
                    message: "the \(message == .report ? "report" : "statement") has no account (IBAN or Othr/Id)")
            }
            currency = options.defaultCurrency
            if let code = accountCurrency ?? entry.currency, let known = try? Currency(code: code) { currency = known }
            try sink.begin(
                StatementHeader(
                    accountID: id, accountType: AccountType(code: accountTypeCode ?? ""), currency: currency))
        }

        while try reader.read() {
            switch reader.nodeType {
            case .element:
                let name = tags.tag(of: reader)
                stack.push(name)
                text = ""
                if stack.count == 2, let kind = CAMTMessage(root: name) { message = kind }
                guard let message, message.isRead else {
                    if reader.isEmptyElement { stack.pop() }
                    continue
                }
                if stack.ends(message.root, .stmt) {
                    iban = nil
                    otherID = nil
                    accountCurrency = nil
                    accountTypeCode = nil
                    begun = false
                    closing = nil
                    periodEnd = nil
                    statementLine = reader.line
                } else if stack.ends(.stmt, .bal) {
                    balance = CAMTBalance(line: reader.line)
                } else if stack.ends(.stmt, .ntry) {
                    entry = CAMTEntry()
                    entry.line = reader.line
                } else if stack.ends(.ntry, .amt) {
                    entry.currency = reader.attribute("Ccy")
                    entry.amountLine = reader.line
                } else if stack.ends(.bal, .amt) {
                    balance.currency = reader.attribute("Ccy")
                }
                if reader.isEmptyElement { stack.pop() }
            case .text, .cdata, .significantWhitespace:
                text += reader.value
            case .endElement:
                defer {
                    stack.pop()
                    text = ""
                }
                guard let message, message.isRead else { continue }
                // libxml2 has decoded character references: a control one must not stay.
                let value = TextDecoding.withoutControls(text.trimmed)
                if stack.ends(.stmt, .acct, .id, .iban) {
                    iban = value
                } else if stack.ends(.stmt, .acct, .id, .othr, .id) {
                    otherID = value
                } else if stack.ends(.stmt, .acct, .ccy) {
                    accountCurrency = value
                } else if stack.ends(.stmt, .acct, .tp, .cd) {
                    accountTypeCode = value
                } else if stack.ends(.stmt, .frToDt, .toDtTm) {
                    periodEnd = (value, reader.line)
                } else if stack.contains(.bal) && stack.contains(.stmt) && !stack.contains(.ntry) {
                    if stack.ends(.stmt, .bal) {
                        // The closing booked balance; a report may give only an interim one.
                        if balance.code == "CLBD" || (balance.code == "ITBD" && closing?.code != "CLBD") {
                            closing = balance
                        }
                    } else {
                        balance.take(value, at: stack)
                    }
                } else if stack.contains(.ntry) {
                    if stack.ends(.stmt, .ntry) {
                        try begin()
                        try emit(entry, in: message, currency: currency, into: &sink, unbooked: &unbooked)
                    } else {
                        entry.take(value, at: stack)
                    }
                } else if stack.ends(message.root, .stmt) {
                    try begin()
                    var footer = footer(closing, currency: currency, sink: &sink)
                    footer.periodEnd = statementEnd(periodEnd, closing: footer, sink: &sink)
                    try sink.end(footer)
                    statements += 1
                }
            default: break
            }
        }
        for warning in unbooked.warnings { sink.warning(warning) }
        switch message {
        case .report:
            if statements == 0 {
                throw ImportError(
                    .noStatement, file: file, element: "Document/BkToCstmrAcctRpt",
                    message: "the CAMT.052 message holds no account report (Rpt)")
            }
        case .notification:
            sink.skipped(
                SkippedPart(
                    kind: .camt054,
                    reason:
                        "CAMT.054 debit/credit notification: GoalKit imports statements (CAMT.053) and account reports (CAMT.052) only"
                ))
        case .statement:
            if statements == 0 {
                throw ImportError(
                    .noStatement, file: file, element: "Document/BkToCstmrStmt",
                    message: "the CAMT.053 message holds no statement (Stmt)")
            }
        case nil:
            throw ImportError(
                .unknownFormat, file: file, message: "an XML file that is not a CAMT.053 statement or CAMT.052 report")
        }
        return sink
    }

    /// A CAMT date or date-time's calendar day (the first 10 characters, never shifted).
    static func day(_ text: String?) -> LocalDate? {
        guard let text else { return nil }
        return LocalDate(iso: text.prefix(10))
    }

    private func emit(
        _ e: CAMTEntry, in message: CAMTMessage, currency: Currency, into sink: inout Sink,
        unbooked: inout CAMTUnbookedEntries
    ) throws(ImportError) {
        let element = message.body + "/Ntry"
        if let status = e.status, !status.isBooked {
            return unbooked.skip(status, line: e.line)
        }
        if e.status == nil { unbooked.missingStatus(line: e.line) }
        guard let date = Self.day(e.bookingDate) ?? Self.day(e.valueDate) else {
            let written = e.bookingDate ?? e.valueDate
            return try sink.invalid(
                ImportError(
                    .badValue, file: file, line: e.line, element: element + "/BookgDt",
                    message: written.map { "invalid booking date '\($0)'" } ?? "entry has no booking or value date"))
        }
        guard let amountText = e.amount else {
            return try sink.invalid(
                ImportError(
                    .badValue, file: file, line: e.line, element: element + "/Amt", message: "entry has no amount"))
        }
        var entryCurrency = currency
        if let code = e.currency, code != currency.code {
            guard let other = try? Currency(code: code) else {
                return try sink.invalid(
                    ImportError(
                        .badValue, file: file, line: e.amountLine, element: element + "/Amt",
                        message: "unknown currency '\(code)'"))
            }
            entryCurrency = other
            sink.warning(
                ImportWarning(
                    line: e.amountLine, message: "entry in \(code) in a \(currency.code) statement; kept in \(code)"))
        }
        let parsed: ParsedMoney
        do throws(MoneyParseError) {
            parsed = try Money.parse(
                amountText, currency: entryCurrency, decimalMark: .period, excessDecimals: .roundHalfEven)
            if parsed.money.isNegative { throw MoneyParseError(text: amountText, reason: "a CAMT amount has no sign") }
        } catch {
            return try sink.invalid(
                ImportError(
                    .badValue, file: file, line: e.amountLine, element: element + "/Amt",
                    message: "invalid amount '\(amountText)': \(error.reason)"))
        }
        if parsed.wasRounded {
            sink.warning(
                ImportWarning(
                    line: e.amountLine,
                    message:
                        "amount '\(amountText)' has more decimals than \(entryCurrency.code); rounded to \(parsed.money.decimalString)"
                ))
        }
        let money: Money
        switch e.creditDebit {
        case "CRDT": money = parsed.money
        case "DBIT": money = parsed.money.negated()
        default:
            return try sink.invalid(
                ImportError(
                    .badValue, file: file, line: e.line, element: element + "/CdtDbtInd",
                    message: "entry has no valid CdtDbtInd (CRDT or DBIT): '\(e.creditDebit ?? "")'"))
        }
        let counterparty = e.creditDebit == "DBIT" ? (e.creditorName ?? e.debtorName) : (e.debtorName ?? e.creditorName)
        let memo =
            e.unstructured.isEmpty
            ? (e.additionalTransactionInfo ?? e.additionalEntryInfo ?? "") : e.unstructured.joined(separator: " ")
        let payee = counterparty ?? e.additionalEntryInfo ?? memo
        var line =
            StatementLine(
                date: date, amount: money, amountText: (e.creditDebit == "DBIT" ? "-" : "") + amountText,
                payee: payee, memo: memo, bankID: e.accountServicerReference ?? e.entryReference,
                type: e.typeCode, sourceLine: e.line)
        line.merchantCode = e.typeCode
        try sink.line(line)
    }

    /// The last day a statement covers: its `FrToDt/ToDtTm`, else its closing balance's date.
    private func statementEnd(_ written: (text: String, line: Int)?, closing: StatementFooter, sink: inout Sink)
        -> LocalDate?
    {
        if let written, !written.text.isEmpty {
            if let day = Self.day(written.text) { return day }
            sink.warning(
                ImportWarning(
                    line: written.line, message: "statement end FrToDt/ToDtTm '\(written.text)' is not a date; ignored")
            )
        }
        return closing.balanceDate
    }

    private func footer(_ closing: CAMTBalance?, currency: Currency, sink: inout Sink) -> StatementFooter {
        guard let closing, let text = closing.amount else { return StatementFooter() }
        let code = closing.currency ?? currency.code
        guard let balanceCurrency = try? Currency(code: code),
            let parsed = try? Money.parse(
                text, currency: balanceCurrency, decimalMark: .period, excessDecimals: .roundHalfEven)
        else {
            sink.warning(
                ImportWarning(line: closing.line, message: "closing balance '\(text)' is not an amount; ignored"))
            return StatementFooter()
        }
        let date = Self.day(closing.date)
        if closing.date != nil && date == nil {
            sink.warning(
                ImportWarning(
                    line: closing.line, message: "closing balance date '\(closing.date ?? "")' is not a date; ignored"))
        }
        return StatementFooter(
            ledgerBalance: closing.creditDebit == "DBIT" ? parsed.money.negated() : parsed.money, balanceDate: date)
    }
}
