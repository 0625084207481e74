import Foundation
import GoalKit

/// ISO 20022 CAMT.053 (versions 02 to 08) through libxml2's streaming reader. Each `Ntry` is
/// one transaction; CAMT.052 reports and CAMT.054 notifications are skipped with a reason.
struct CAMTParser<Sink: StatementSink> {
    let path: String
    let file: String
    let options: ParseOptions

    private enum Message { case statement, report, notification }

    /// Reads the whole file, then hands back the sink.
    func parse(sink input: Sink) throws(ImportError) -> Sink {
        var sink = input
        let reader = try XMLStreamReader(path: path, file: file, progress: options.progress)
        var stack: [String] = []
        var message: Message?
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
        var balance = CAMTBalance()
        var entry = CAMTEntry()

        func has(_ names: String...) -> Bool {
            // The path ends with these names (compared in place: this runs for every element).
            let count = names.count
            guard stack.count >= count else { return false }
            let offset = stack.count - count
            for index in 0..<count where stack[offset + index] != names[index] { return false }
            return true
        }

        func begin() throws(ImportError) {
            guard !begun else { return }
            begun = true
            guard let id = (iban ?? otherID)?.trimmed, !id.isEmpty else {
                throw ImportError(
                    .malformed, file: file, line: statementLine, element: "Stmt/Acct/Id",
                    message: "the statement has no account (IBAN or Othr/Id)")
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
                let name = reader.localName
                stack.append(name)
                text = ""
                if stack.count == 2 {
                    switch name {
                    case "BkToCstmrStmt": message = .statement
                    case "BkToCstmrAcctRpt": message = .report
                    case "BkToCstmrDbtCdtNtfctn": message = .notification
                    default: break
                    }
                }
                guard message == .statement else {
                    if reader.isEmptyElement { stack.removeLast() }
                    continue
                }
                if has("BkToCstmrStmt", "Stmt") {
                    iban = nil
                    otherID = nil
                    accountCurrency = nil
                    accountTypeCode = nil
                    begun = false
                    closing = nil
                    statementLine = reader.line
                } else if has("Stmt", "Bal") {
                    balance = CAMTBalance(line: reader.line)
                } else if has("Stmt", "Ntry") {
                    entry = CAMTEntry()
                    entry.line = reader.line
                } else if has("Ntry", "Amt") {
                    entry.currency = reader.attribute("Ccy")
                    entry.amountLine = reader.line
                } else if has("Bal", "Amt") {
                    balance.currency = reader.attribute("Ccy")
                }
                if reader.isEmptyElement { stack.removeLast() }
            case .text, .cdata, .significantWhitespace:
                text += reader.value
            case .endElement:
                defer {
                    if !stack.isEmpty { stack.removeLast() }
                    text = ""
                }
                guard message == .statement else { continue }
                let value = text.trimmed
                if has("Stmt", "Acct", "Id", "IBAN") {
                    iban = value
                } else if has("Stmt", "Acct", "Id", "Othr", "Id") {
                    otherID = value
                } else if has("Stmt", "Acct", "Ccy") {
                    accountCurrency = value
                } else if has("Stmt", "Acct", "Tp", "Cd") {
                    accountTypeCode = value
                } else if stack.contains("Bal") && stack.contains("Stmt") && !stack.contains("Ntry") {
                    if has("Bal", "Tp", "CdOrPrtry", "Cd") {
                        balance.code = value
                    } else if has("Bal", "Amt") {
                        balance.amount = value
                    } else if has("Bal", "CdtDbtInd") {
                        balance.creditDebit = value
                    } else if has("Bal", "Dt", "Dt") || has("Bal", "Dt", "DtTm") {
                        balance.date = value
                    } else if has("Stmt", "Bal") && balance.code == "CLBD" {
                        closing = balance
                    }
                } else if stack.contains("Ntry") {
                    if has("Ntry", "Amt") {
                        entry.amount = value
                    } else if has("Ntry", "CdtDbtInd") {
                        entry.creditDebit = value
                    } else if has("Ntry", "RvslInd") {
                        entry.reversal = value == "true" || value == "1"
                    } else if has("BookgDt", "Dt") || has("BookgDt", "DtTm") {
                        entry.bookingDate = entry.bookingDate ?? value
                    } else if has("ValDt", "Dt") || has("ValDt", "DtTm") {
                        entry.valueDate = entry.valueDate ?? value
                    } else if has("Ntry", "AcctSvcrRef") {
                        entry.accountServicerReference = value
                    } else if has("Refs", "AcctSvcrRef") {
                        entry.accountServicerReference = entry.accountServicerReference ?? value
                    } else if has("Ntry", "NtryRef") {
                        entry.entryReference = value
                    } else if has("Domn", "Cd") {
                        entry.domainCode = value
                    } else if has("Fmly", "Cd") {
                        entry.familyCode = value
                    } else if has("Fmly", "SubFmlyCd") {
                        entry.subFamilyCode = value
                    } else if has("BkTxCd", "Prtry", "Cd") {
                        entry.proprietaryCode = value
                    } else if has("Cdtr", "Nm") || has("Cdtr", "Pty", "Nm") {
                        entry.creditorName = entry.creditorName ?? value
                    } else if has("Dbtr", "Nm") || has("Dbtr", "Pty", "Nm") {
                        entry.debtorName = entry.debtorName ?? value
                    } else if has("RmtInf", "Ustrd") {
                        entry.unstructured.append(value)
                    } else if has("Ntry", "AddtlNtryInf") {
                        entry.additionalEntryInfo = value
                    } else if has("TxDtls", "AddtlTxInf") {
                        entry.additionalTransactionInfo = value
                    } else if has("Stmt", "Ntry") {
                        try begin()
                        try emit(entry, currency: currency, into: &sink)
                    }
                } else if has("BkToCstmrStmt", "Stmt") {
                    try begin()
                    try sink.end(footer(closing, currency: currency, sink: &sink))
                    statements += 1
                }
            default: break
            }
        }
        switch message {
        case .report:
            sink.skipped(
                SkippedPart(
                    kind: .camt052,
                    reason: "CAMT.052 account report (intraday): GoalKit imports end-of-day statements (CAMT.053) only")
            )
        case .notification:
            sink.skipped(
                SkippedPart(
                    kind: .camt054,
                    reason: "CAMT.054 debit/credit notification: GoalKit imports statements (CAMT.053) only"))
        case .statement:
            if statements == 0 {
                throw ImportError(
                    .noStatement, file: file, element: "Document/BkToCstmrStmt",
                    message: "the CAMT.053 message holds no statement (Stmt)")
            }
        case nil:
            throw ImportError(.unknownFormat, file: file, message: "an XML file that is not a CAMT.053 statement")
        }
        return sink
    }

    /// A CAMT date or date-time's calendar day (the first 10 characters, never shifted).
    static func day(_ text: String?) -> LocalDate? {
        guard let text else { return nil }
        return LocalDate(iso: text.prefix(10))
    }

    private func emit(_ e: CAMTEntry, currency: Currency, into sink: inout Sink) throws(ImportError) {
        let element = "Stmt/Ntry"
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
