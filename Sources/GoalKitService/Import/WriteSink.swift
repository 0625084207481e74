import GoalKit
import GoalKitAnalysis
import GoalKitImport
import GoalKitStorage

/// The one pass over a file: every line is checked and becomes an `expenses` row inside the
/// import's transaction, keyed so re-imports and overlaps add only what is new. A bad line
/// throws (and the transaction takes back what was written) unless invalid lines are skipped.
///
/// A bank id is trusted as the key until it shows up a second time for the same account:
/// from then on its lines are keyed by content, and the line written first under the id is
/// given its content key too (or removed, when an earlier import already holds that content).
struct WriteSink: StatementSink {
    /// Takes the rows to the database thread.
    let writer: RowWriter
    /// The file, for errors.
    let file: String
    let skipInvalid: Bool
    /// Rules, merchant map and codes, applied as lines arrive.
    let categorizer: Categorizer
    /// Category ids by lower-cased name.
    let categoryIDs: [String: Int64]
    /// What a line's words say about transfers, with the user's own names.
    let wording: TransferWording
    var account = ""
    var statements = 0
    var seenIDs: Set<UInt64> = []
    var repeatedIDs: Set<UInt64> = []
    var occurrences: [UInt64: Int32] = [:]
    /// The currency of each account this file's statements went to.
    var currencies: [String: String] = [:]
    /// The bank ids a correction replaced or deleted, by account, and the lines skipped for it.
    var corrected: [String: Set<String>] = [:]
    var correctedSkipped = 0
    /// The accounts of the file's statements (their counts are kept by the writer).
    var accounts: Set<String> = []
    var contentKeyed = 0
    /// The first day of the current statement's lines.
    var firstDate: LocalDate?
    /// The first and last days of the file's lines.
    var firstDay: LocalDate?
    var lastDay: LocalDate?
    var invalid: [ImportError] = []
    var warnings: [ImportWarning] = []
    var skipped: [SkippedPart] = []
    /// Balance notes.
    var notes: [ImportWarning] = []
    /// What a payee (as written, with its code) becomes: its normalised name and, when no
    /// rule decides, its category. Statements repeat their merchants, so most lookups hit.
    var payees = BoundedMemo<PayeeKey, PayeeOutcome>()
    /// Whether a line's text (payee and memo) says it is a transfer, and whether it asks for
    /// the user's own name, by text.
    var mentions = BoundedMemo<String, (transfer: Bool, asksName: Bool)>()
    /// Lines that look like money to or from a person while the user's own name is unknown:
    /// how many, and the first (its text and line).
    var personLines = 0
    var firstPersonLine: (text: String, line: Int?)?

    struct PayeeKey: Hashable {
        var raw: String
        var code: String?
        var type: String?
        var outgoing: Bool
    }

    struct PayeeOutcome {
        var name: String
        var category: (id: Int64, source: String, detail: String)?
    }

    init(
        writer: RowWriter, file: String, skipInvalid: Bool, categorizer: Categorizer, categoryIDs: [String: Int64],
        wording: TransferWording = TransferWording()
    ) {
        self.writer = writer
        self.file = file
        self.skipInvalid = skipInvalid
        self.categorizer = categorizer
        self.categoryIDs = categoryIDs
        self.wording = wording
    }

    mutating func begin(_ header: StatementHeader) throws(ImportError) {
        statements += 1
        account = try accountKeeping(header.currency, named: header.accountID)
        firstDate = nil
        accounts.insert(account)
    }

    /// An account holds one currency: a statement in another than the account already has
    /// (in the database or earlier in this file) goes to `ACCOUNT/CODE`, with a warning.
    private mutating func accountKeeping(_ currency: Currency, named name: String) throws(ImportError) -> String {
        if let known = currencies[name] {
            if known == currency.code { return name }
        } else {
            let other: String?
            do {
                other = try writer.perform { try $0.inserter.otherCurrency(account: name, than: currency) }
            } catch {
                throw ImportError(.malformed, file: file, message: "database read failed: \(error)")
            }
            guard let other else {
                currencies[name] = currency.code
                return name
            }
            currencies[name] = other
        }
        let separate = name + "/" + currency.code
        if currencies[separate] == currency.code { return separate }
        currencies[separate] = currency.code
        warnings.append(
            ImportWarning(
                line: nil,
                message: """
                    account \(name) holds \(currencies[name] ?? "?") and this statement is in \(currency.code): \
                    its lines go to the account \(separate) (an account never mixes currencies)
                    """))
        return separate
    }

    mutating func line(_ line: StatementLine) throws(ImportError) {
        do {
            if let correction = line.correction {
                try correct(correction)
                if correction.action == .delete { return }
            }
            if let id = line.bankID, try correctedIDs().contains(id) {
                correctedSkipped += 1
                return
            }
            try write(line)
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(.malformed, file: file, line: line.sourceLine, message: "database write failed: \(error)")
        }
    }

    /// The bank ids of the current account a correction replaced or deleted, read once per account.
    private mutating func correctedIDs() throws -> Set<String> {
        if let known = corrected[account] { return known }
        let account = self.account
        let ids = try writer.perform { try $0.inserter.correctedIDs(account: account) }
        corrected[account] = ids
        return ids
    }

    private mutating func write(_ line: StatementLine) throws {
        var key: String?
        if let id = DedupKey.usableBankID(line.bankID) {
            let hash = DedupKey.idHash(account: account, id: id)
            if !repeatedIDs.contains(hash) {
                if seenIDs.insert(hash).inserted {
                    key = DedupKey.bankKey(id)
                } else {
                    repeatedIDs.insert(hash)
                    try rekeyFirst(withID: id)
                }
            }
        }
        let day = line.date.isoString
        if key == nil {
            key = contentKey(
                DedupKey.contentHash(
                    account: account, day: day, minorUnits: line.amount.minorUnits,
                    currency: line.amount.currency.code, payee: line.payee, memo: line.memo), day: day)
        }
        firstDate = min(firstDate ?? line.date, line.date)
        firstDay = min(firstDay ?? line.date, line.date)
        lastDay = max(lastDay ?? line.date, line.date)
        let label = line.category.flatMap { $0.isEmpty ? nil : $0 }
        let outcome = payee(line)
        var expense = NewExpense(
            account: account, date: line.date, amount: line.amount, name: outcome.name,
            payeeRaw: line.payee, memo: line.memo, amountText: line.amountText, bankTransactionID: line.bankID,
            transactionType: line.type, dedupKey: key ?? "", categoryLabel: label)
        expense.merchantCode = line.merchantCode
        expense.originalAmount = line.originalAmount
        expense.exchangeRate = line.exchangeRate
        expense.isTransfer = mentionsTransfer(line)
        if label == nil {
            var category = outcome.category
            if categorizer.hasRules {
                let features = ExpenseFeatures(
                    payee: outcome.name, rawPayee: line.payee, memo: line.memo, amount: line.amount,
                    account: account, code: line.merchantCode, transactionType: line.type)
                if let decision = categorizer.ruleDecision(features),
                    let id = categoryIDs[decision.category.lowercased()]
                {
                    category = (id, decision.layer.rawValue, decision.explanation)
                }
            }
            if let category {
                expense.categoryID = category.id
                expense.categorySource = category.source
                expense.categoryDetail = category.detail
            }
        }
        try writer.write(expense)
    }

    /// An OFX correction whose target an earlier import holds: the target goes (a target
    /// earlier in this file was already dropped by the reader).
    private mutating func correct(_ correction: StatementCorrection) throws {
        let (account, target) = (account, correction.targetBankID)
        let key = DedupKey.bankKey(target)
        _ = try correctedIDs()
        corrected[account, default: []].insert(target)
        let removed = try writer.perform { writer in
            try writer.inserter.recordCorrection(account: account, bankID: target, action: correction.action.rawValue)
            return try writer.inserter.removeEarlier(account: account, key: key)
        }
        if removed {
            notes.append(
                ImportWarning(
                    line: nil,
                    message: """
                        the line with bank id '\(correction.targetBankID)' that an earlier import holds was \
                        \(correction.action == .delete ? "deleted" : "replaced"), as the bank's correction says
                        """))
        }
    }

    /// The next content key for a hash.
    private mutating func contentKey(_ hash: UInt64, day: String) -> String {
        let occurrence = (occurrences[hash] ?? 0) + 1
        occurrences[hash] = occurrence
        contentKeyed += 1
        return DedupKey.contentKey(day: day, hash: hash, occurrence: Int(occurrence))
    }

    /// A bank id came back: the line written first under it (if this import wrote it) is
    /// keyed by its content like every later one.
    private mutating func rekeyFirst(withID id: String) throws {
        let account = self.account
        let key = DedupKey.bankKey(id)
        guard let first = try writer.perform({ try $0.inserter.writtenLine(account: account, key: key) }) else {
            return
        }
        let hash = DedupKey.contentHash(
            account: account, day: first.date, minorUnits: first.minorUnits, currency: first.currency,
            payee: first.payee, memo: first.memo)
        let newKey = contentKey(hash, day: first.date)
        try writer.perform { writer in
            if try !writer.inserter.rekey(first, account: account, to: newKey) {
                writer.counts[account, default: AccountImportCounts(account: account)].added -= 1
                writer.counts[account, default: AccountImportCounts(account: account)].duplicates += 1
            }
        }
    }

    /// Whether the line's payee and memo say it moves money between own accounts (the same
    /// test the transfer pass makes), once per distinct text; a line that looks like money to
    /// or from a person while the user's own name is unknown is counted for the question.
    private mutating func mentionsTransfer(_ line: StatementLine) -> Bool {
        let text = line.payee + " " + line.memo
        let wording = self.wording
        let found = mentions.value(for: text) {
            let classified = wording.classify(text)
            return (classified.mention != nil, classified.asksForOwnName)
        }
        if found.asksName {
            personLines += 1
            if firstPersonLine == nil { firstPersonLine = (text, line.sourceLine) }
        }
        return found.transfer
    }

    /// The normalised name of a line's payee and the category the layers
    /// after the rules give it: worked out once per payee and code.
    private mutating func payee(_ line: StatementLine) -> PayeeOutcome {
        let (account, categorizer, categoryIDs) = (account, categorizer, categoryIDs)
        return payees.value(
            for: PayeeKey(
                raw: line.payee, code: line.merchantCode, type: line.type, outgoing: line.amount.minorUnits < 0)
        ) {
            let name = PayeeNormalizer.normalize(line.payee)
            var outcome = PayeeOutcome(name: name)
            let features = ExpenseFeatures(
                payee: name, rawPayee: line.payee, memo: "", amount: line.amount, account: account,
                code: line.merchantCode, transactionType: line.type)
            if let decision = categorizer.decideAfterRules(features, useModel: false),
                let id = categoryIDs[decision.category.lowercased()]
            {
                outcome.category = (id, decision.layer.rawValue, decision.explanation)
            }
            return outcome
        }
    }

    mutating func invalid(_ error: ImportError) throws(ImportError) {
        guard skipInvalid else { throw error }
        invalid.append(error)
    }

    /// Records the last day the statement covers, when it names one (the account's data
    /// horizon reaches it), and checks opening balance + lines = closing balance where an
    /// earlier balance of the account is known.
    mutating func end(_ footer: StatementFooter) throws(ImportError) {
        let account = self.account
        if let end = footer.periodEnd {
            do {
                try writer.perform { try $0.inserter.recordStatementEnd(account: account, date: end) }
            } catch {
                throw ImportError(.malformed, file: file, message: "database write failed")
            }
        }
        guard let balance = footer.ledgerBalance, let date = footer.balanceDate else { return }
        let since = firstDate ?? date
        do {
            let found = try writer.perform { writer -> (previous: (date: LocalDate, amount: Money), lines: Money)? in
                let inserter = writer.inserter
                guard
                    let previous = try inserter.previousBalance(
                        account: account, before: since, currency: balance.currency)
                else {
                    try inserter.recordBalance(account: account, date: date, amount: balance)
                    return nil
                }
                let lines = try inserter.sum(
                    account: account, after: previous.date, through: date, currency: balance.currency)
                try inserter.recordBalance(account: account, date: date, amount: balance)
                return (previous, lines)
            }
            if let (previous, lines) = found {
                // Balances come from the file: their sum with the lines may leave 64 bits.
                let (sum, overflow) = previous.amount.minorUnits.addingReportingOverflow(lines.minorUnits)
                let expected = Money(minorUnits: sum, currency: balance.currency)
                if overflow || expected != balance {
                    notes.append(
                        ImportWarning(
                            line: nil,
                            message: """
                                account \(account): the ledger balance on \(date) is \(balance), but the balance of \(previous.date) \
                                (\(previous.amount)) plus the lines since makes \(overflow ? "more than 64 bits hold" : "\(expected)"): \
                                lines may be missing
                                """))
                }
            }
        } catch {
            throw ImportError(.malformed, file: file, message: "database write failed")
        }
    }

    mutating func skipped(_ part: SkippedPart) { skipped.append(part) }
    mutating func warning(_ warning: ImportWarning) { warnings.append(warning) }

    /// Takes back every row written: the file is read again from its start.
    mutating func restart() throws(ImportError) {
        do {
            try writer.perform { writer in
                try writer.inserter.rewind()
                writer.counts = [:]
            }
        } catch {
            throw ImportError(.malformed, file: file, message: "database write failed")
        }
    }
}
