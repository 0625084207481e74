import GoalKit
import GoalKitAnalysis
import GoalKitImport
import GoalKitStore

/// The second pass over a file: every line becomes an `expenses` row inside the import's
/// transaction, keyed so re-imports and overlaps add only what is new.
struct WriteSink: StatementSink {
    let inserter: ExpenseInserter
    let repeatedIDs: Set<UInt64>
    /// Rules, merchant map and codes, applied as lines arrive.
    let categorizer: Categorizer
    /// Category ids by lower-cased name.
    let categoryIDs: [String: Int64]
    var account = ""
    var currency = Currency.xxx
    var occurrences: [UInt64: Int32] = [:]
    var accounts: [String: AccountImportCounts] = [:]
    var contentKeyed = 0
    var firstDate: LocalDate?
    /// The first and last days of the file's lines.
    var firstDay: LocalDate?
    var lastDay: LocalDate?
    var notes: [ImportWarning] = []
    /// Normalised payees by raw payee: statements repeat their merchants, so most lookups hit.
    var normalized: [String: String] = [:]
    /// A database error met while writing; the read stops and it is rethrown. A reference, so
    /// the caller sees it even though the parser works on its own copy of the sink.
    final class Failure {
        var error: (any Error)?
    }
    let failure = Failure()

    init(inserter: ExpenseInserter, repeatedIDs: Set<UInt64>, categorizer: Categorizer, categoryIDs: [String: Int64]) {
        self.inserter = inserter
        self.repeatedIDs = repeatedIDs
        self.categorizer = categorizer
        self.categoryIDs = categoryIDs
    }

    mutating func begin(_ header: StatementHeader) throws(ImportError) {
        account = header.accountID
        currency = header.currency
        firstDate = nil
        if accounts[account] == nil { accounts[account] = AccountImportCounts(account: account) }
    }

    mutating func line(_ line: StatementLine) throws(ImportError) {
        let key: String
        if let id = DedupKey.usableBankID(line.bankID), !repeatedIDs.contains(DedupKey.idHash(account: account, id: id))
        {
            key = DedupKey.bankKey(id)
        } else {
            let hash = DedupKey.contentHash(account: account, line: line)
            let occurrence = (occurrences[hash] ?? 0) + 1
            occurrences[hash] = occurrence
            key = DedupKey.contentKey(hash: hash, occurrence: Int(occurrence))
            contentKeyed += 1
        }
        firstDate = min(firstDate ?? line.date, line.date)
        firstDay = min(firstDay ?? line.date, line.date)
        lastDay = max(lastDay ?? line.date, line.date)
        let name: String
        if let known = normalized[line.payee] {
            name = known
        } else {
            name = PayeeNormalizer.normalize(line.payee)
            if normalized.count >= 50_000 { normalized.removeAll(keepingCapacity: true) }
            normalized[line.payee] = name
        }
        var expense = NewExpense(
            account: account, date: line.date, amount: line.amount, name: name,
            payeeRaw: line.payee, memo: line.memo, amountText: line.amountText, bankTransactionID: line.bankID,
            transactionType: line.type, dedupKey: key,
            categoryLabel: line.category.flatMap { $0.isEmpty ? nil : $0 })
        expense.merchantCode = line.merchantCode
        if expense.categoryLabel == nil {
            let features = ExpenseFeatures(
                payee: name, rawPayee: line.payee, memo: line.memo, amount: line.amount,
                account: account, code: line.merchantCode)
            if let decision = categorizer.decide(features, useModel: false),
                let id = categoryIDs[decision.category.lowercased()]
            {
                expense.categoryID = id
                expense.categorySource = decision.layer.rawValue
                expense.categoryDetail = decision.explanation
            }
        }
        do {
            if try inserter.insert(expense) {
                accounts[account, default: AccountImportCounts(account: account)].added += 1
            } else {
                accounts[account, default: AccountImportCounts(account: account)].duplicates += 1
            }
        } catch {
            failure.error = error
            throw ImportError(.malformed, file: "", line: line.sourceLine, message: "database write failed")
        }
    }

    mutating func invalid(_ error: ImportError) throws(ImportError) {}

    /// Checks opening balance + lines = closing balance where an earlier balance of the account is known.
    mutating func end(_ footer: StatementFooter) throws(ImportError) {
        guard let balance = footer.ledgerBalance, let date = footer.balanceDate else { return }
        do {
            if let previous = try inserter.previousBalance(
                account: account, before: firstDate ?? date, currency: balance.currency)
            {
                let lines = try inserter.sum(
                    account: account, after: previous.date, through: date, currency: balance.currency)
                let expected = Money(
                    minorUnits: previous.amount.minorUnits + lines.minorUnits, currency: balance.currency)
                if expected != balance {
                    notes.append(
                        ImportWarning(
                            line: nil,
                            message: """
                                account \(account): the ledger balance on \(date) is \(balance), but the balance of \(previous.date) \
                                (\(previous.amount)) plus the lines since makes \(expected): lines may be missing
                                """))
                }
            }
            try inserter.recordBalance(account: account, date: date, amount: balance)
        } catch {
            failure.error = error
            throw ImportError(.malformed, file: "", message: "database write failed")
        }
    }

    mutating func skipped(_ part: SkippedPart) {}
    mutating func warning(_ warning: ImportWarning) {}
}
