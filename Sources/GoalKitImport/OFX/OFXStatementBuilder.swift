import Foundation
import GoalKit

/// Turns OFX elements (from the SGML parser or the XML reader) into statements for a sink.
///
/// It keeps a stack of open aggregates; a closing tag closes every aggregate opened after
/// its own (so missing inner closing tags do no harm) and a closing tag for something not
/// open is ignored. Everything inside an investment statement is skipped.
struct OFXStatementBuilder<Sink: StatementSink> {
    var sink: Sink
    let file: String
    let options: ParseOptions
    private(set) var stack: [String] = []
    /// How many investment and bank or card statements are open: kept as the stack moves,
    /// not searched for on every element.
    private var openInvestments = 0
    private var openStatements = 0
    private var inInvestment: Bool { openInvestments > 0 }
    private var inStatement: Bool { openStatements > 0 }
    private(set) var sawOFX = false
    private(set) var closedOFX = false

    // Statement state.
    private var accountID: String?
    private var accountType: String?
    private var currencyCode: String?
    private var isCreditCard = false
    private var sawAccountID = false
    private var begun = false
    /// The current statement's currency.
    private(set) var currency = Currency.xxx
    private var balanceText: String?
    private var balanceLine = 0
    private var balanceDateText: String?
    /// `BANKTRANLIST/DTEND`: the last day the statement covers.
    private var periodEndText: String?
    private var periodEndLine = 0
    private var statementLine = 0
    private var statements = 0
    private var skippedParts = 0

    // Transaction state.
    private var fields = TransactionFields()
    /// The `FITID`s some `CORRECTFITID` of the file names (`OFXCorrectionScan`).
    var correctionTargets: Set<String> = []
    /// The targets whose correction has been read.
    var correctedTargets: Set<String> = []

    // Status state.
    private var statusCode: String?
    private var statusMessage: String?
    private var signOnFailure: String?
    private var responseFailure: String?

    init(sink: Sink, file: String, options: ParseOptions) {
        self.sink = sink
        self.file = file
        self.options = options
    }

    /// An element with its value (nil when nothing but markup follows it).
    mutating func element(_ name: String, value: String?, line: Int) throws(ImportError) {
        if value == nil && OFXAggregates.names.contains(name) {
            try open(name, line: line)
        } else {
            try leaf(name, value ?? "", line: line)
        }
    }

    mutating func open(_ name: String, line: Int) throws(ImportError) {
        if name == "OFX" { sawOFX = true }
        if stack.contains(name) { try close(name, line: line) }
        push(name)
        if inInvestment && name != "INVSTMTRS" { return }
        switch name {
        case "STMTRS", "CCSTMTRS":
            accountID = nil
            accountType = nil
            currencyCode = nil
            balanceText = nil
            balanceDateText = nil
            periodEndText = nil
            begun = false
            isCreditCard = name == "CCSTMTRS"
            sawAccountID = false
            statementLine = line
        case "STMTTRN":
            guard inStatement else { return }
            try beginIfNeeded(line: line)
            fields = TransactionFields()
            fields.line = line
        case "STATUS":
            statusCode = nil
            statusMessage = nil
        case "CURRENCY", "ORIGCURRENCY":
            guard inStatement, stack.dropLast().last == "STMTTRN" else { return }
            fields.currency = TransactionCurrency(isOriginal: name == "ORIGCURRENCY", line: line)
        default: break
        }
    }

    mutating func leaf(_ name: String, _ value: String, line: Int) throws(ImportError) {
        guard let parent = stack.last, !inInvestment else { return }
        if name == "ACCTID" && parent != "BANKACCTTO" && parent != "CCACCTTO" { sawAccountID = true }
        switch parent {
        case "STATUS":
            if name == "CODE" { statusCode = value.trimmed }
            if name == "MESSAGE" { statusMessage = value }
        case "SONRS":
            if name == "DTSERVER" && OFXValues.date(value) == nil {
                sink.warning(ImportWarning(line: line, message: "DTSERVER '\(value)' is not a date; ignored"))
            }
        case "STMTRS", "CCSTMTRS":
            if name == "CURDEF" { currencyCode = value.trimmed }
        case "BANKACCTFROM", "CCACCTFROM":
            if name == "ACCTID" { accountID = value.trimmed }
            if name == "ACCTTYPE" { accountType = value.trimmed }
        case "STMTTRN":
            fields.set(name, value, line: line)
        case "CURRENCY", "ORIGCURRENCY":
            guard stack.dropLast().last == "STMTTRN" else { return }
            if name == "CURSYM" { fields.currency?.symbol = value.trimmed }
            if name == "CURRATE" { fields.currency?.rate = value.trimmed }
        case "PAYEE":
            if name == "NAME" && stack.dropLast().last == "STMTTRN" { fields.payeeName = value }
        case "BANKTRANLIST":
            if name == "DTEND" && inStatement {
                periodEndText = value
                periodEndLine = line
            }
        case "LEDGERBAL":
            if name == "BALAMT" {
                balanceText = value
                balanceLine = line
            }
            if name == "DTASOF" { balanceDateText = value }
        default: break
        }
    }

    mutating func close(_ name: String, line: Int) throws(ImportError) {
        guard stack.contains(name) else { return }
        while let top = pop() {
            try finish(top, line: line)
            if top == name { break }
        }
    }

    private mutating func push(_ name: String) {
        stack.append(name)
        switch name {
        case "INVSTMTRS": openInvestments += 1
        case "STMTRS", "CCSTMTRS": openStatements += 1
        default: break
        }
    }

    private mutating func pop() -> String? {
        guard let top = stack.popLast() else { return nil }
        switch top {
        case "INVSTMTRS": openInvestments -= 1
        case "STMTRS", "CCSTMTRS": openStatements -= 1
        default: break
        }
        return top
    }

    /// Called at the end of the file: rejects truncated files and files with no statement.
    mutating func finishFile(line: Int) throws(ImportError) {
        guard sawOFX else {
            throw ImportError(.unknownFormat, file: file, line: line, message: "no <OFX> element: not an OFX statement")
        }
        if !closedOFX {
            throw ImportError(
                .truncated, file: file, line: line, message: "the file ends before </OFX>: it is truncated")
        }
        if statements == 0 && skippedParts == 0 {
            let reason =
                responseFailure.map { "the bank answered with an error: \($0)" }
                ?? signOnFailure.map { "sign-on failed: \($0)" }
                ?? "no bank or credit-card statement in the file (only a sign-on, profile or account list)"
            throw ImportError(.noStatement, file: file, message: reason)
        }
    }

    private mutating func finish(_ element: String, line: Int) throws(ImportError) {
        if inInvestment { return }
        switch element {
        case "OFX": closedOFX = true
        case "STATUS":
            guard let code = statusCode, code != "0" else { return }
            let text = "status \(code)" + (statusMessage.map { " \($0)" } ?? "")
            if stack.last == "SONRS" { signOnFailure = text } else { responseFailure = text }
        case "STMTTRN":
            guard inStatement else { return }
            try emitTransaction()
        case "STMTRS", "CCSTMTRS":
            try beginIfNeeded(line: line)
            try sink.end(footer())
            statements += 1
        case "INVSTMTRS":
            skippedParts += 1
            sink.skipped(
                SkippedPart(
                    kind: .investment,
                    reason: "investment statement (INVSTMTRS): GoalKit imports bank and credit-card statements only"))
        default: break
        }
    }

    private mutating func beginIfNeeded(line: Int) throws(ImportError) {
        guard !begun else { return }
        begun = true
        var id = accountID ?? ""
        if id.isEmpty {
            // An account element that is there but empty is a broken file; none at all is a
            // statement that leaves the account to the person (--account).
            if sawAccountID {
                throw ImportError(
                    .malformed, file: file, line: statementLine, message: "the statement's account id (ACCTID) is empty"
                )
            }
            id = options.defaultAccount
            sink.warning(
                ImportWarning(
                    line: statementLine,
                    message: "the statement names no account (no BANKACCTFROM or CCACCTFROM); using '\(id)'"))
        }
        currency = options.defaultCurrency
        if let code = currencyCode, !code.isEmpty {
            if let known = try? Currency(code: code) {
                currency = known
            } else {
                sink.warning(
                    ImportWarning(
                        line: statementLine, message: "CURDEF '\(code)' is not a known currency; using \(currency.code)"
                    ))
            }
        }
        let type: AccountType = isCreditCard ? .creditcard : AccountType(code: accountType ?? "")
        try sink.begin(StatementHeader(accountID: id, accountType: type, currency: currency))
    }

    private mutating func footer() -> StatementFooter {
        var footer = StatementFooter()
        if let text = balanceText, !text.trimmed.isEmpty {
            if let parsed = try? OFXValues.amount(text, currency: currency) {
                footer.ledgerBalance = parsed.money
            } else {
                sink.warning(
                    ImportWarning(line: balanceLine, message: "LEDGERBAL BALAMT '\(text)' is not an amount; ignored"))
            }
        }
        if let text = balanceDateText, !text.trimmed.isEmpty {
            footer.balanceDate = OFXValues.date(text)
            if footer.balanceDate == nil {
                sink.warning(
                    ImportWarning(line: balanceLine, message: "LEDGERBAL DTASOF '\(text)' is not a date; ignored"))
            }
        }
        if let text = periodEndText, !text.trimmed.isEmpty {
            footer.periodEnd = OFXValues.date(text)
            if footer.periodEnd == nil {
                sink.warning(
                    ImportWarning(line: periodEndLine, message: "BANKTRANLIST DTEND '\(text)' is not a date; ignored"))
            }
        }
        return footer
    }

    private mutating func emitTransaction() throws(ImportError) {
        let f = fields
        guard let dateText = f.datePosted?.trimmed, !dateText.isEmpty else {
            return try sink.invalid(
                ImportError(.badValue, file: file, line: f.line, message: "transaction has no DTPOSTED"))
        }
        guard let date = OFXValues.date(dateText) else {
            return try sink.invalid(
                ImportError(.badValue, file: file, line: f.dateLine, message: "invalid DTPOSTED '\(dateText)'"))
        }
        guard let correction = try correction(of: f) else { return }
        // A deletion is no transaction: its amount may be left out.
        guard let amountText = f.amount ?? (correction.value?.action == .delete ? "0" : nil) else {
            return try sink.invalid(
                ImportError(.badValue, file: file, line: f.line, message: "transaction has no TRNAMT"))
        }
        guard let amounts = try amounts(of: f, written: amountText) else { return }
        let name = (f.name ?? f.payeeName ?? "").trimmed
        let memo = (f.memo ?? "").trimmed
        let id = f.fitID?.trimmed
        var line = StatementLine(
            date: date, amount: amounts.amount, amountText: amountText.trimmed,
            payee: name.isEmpty ? memo : name, memo: memo, bankID: (id?.isEmpty ?? true) ? nil : id,
            type: f.type?.trimmed, sourceLine: f.line)
        line.merchantCode = f.code.flatMap { $0.isEmpty ? nil : $0 }
        line.originalAmount = amounts.original
        line.exchangeRate = amounts.rate
        line.correction = correction.value
        try deliver(line)
    }
}
