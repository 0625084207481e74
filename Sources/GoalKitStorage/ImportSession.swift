public import GoalKit

/// One file's import on the database side, inside the import's transaction: the lines go in,
/// keyed so re-imports add nothing, and the reads de-duplication and the balance check need
/// see what was written so far. The store's `importBatch` hands one to its body; everything
/// is undone when the body throws.
public protocol ImportSession: TransferLedger {
    /// The batch the lines go to.
    var batchID: Int64 { get }

    /// Bank ids an earlier import already holds, and what became of them.
    var returningIDs: ReturningBankIDs { get }

    /// Forgets every line written so far (the file is read again from its start).
    func rewind() throws

    /// Writes lines of one account (each unless its key is already there), several to a
    /// statement: one `INSERT` of many rows costs SQLite less than as many of one.
    /// - Returns: how many were added (the rest were duplicates).
    /// - Throws: a database error (the import then rolls back whole).
    func insert(_ rows: ArraySlice<NewExpense>) throws -> Int

    /// The bank ids of an account that a correction replaced or deleted.
    func correctedIDs(account: String) throws -> Set<String>

    /// Records that a correction replaced or deleted a bank id of an account.
    func recordCorrection(account: String, bankID: String, action: String) throws

    /// A line this import wrote under a key, with what its content key is made of; nil when
    /// the key is not there or belongs to an earlier import.
    func writtenLine(account: String, key: String) throws -> WrittenLine?

    /// Gives a written line another key.
    /// - Returns: false when an earlier import holds that key already: the line is then
    ///   removed, as the duplicate it turned out to be.
    func rekey(_ line: WrittenLine, account: String, to key: String) throws -> Bool

    /// The latest balance recorded for an account before a day.
    func previousBalance(account: String, before date: LocalDate, currency: Currency) throws -> (
        date: LocalDate, amount: Money
    )?

    /// The sum of an account's lines after one day up to and including another.
    func sum(account: String, after start: LocalDate, through end: LocalDate, currency: Currency) throws -> Money

    /// Removes the line an earlier import holds under a key (the target of a correction).
    /// - Returns: whether there was one.
    func removeEarlier(account: String, key: String) throws -> Bool

    /// The facts of every line this import has written so far.
    func lineFacts() throws -> [StoredLineFacts]

    /// A currency other than this one that an account's lines already have, if any.
    func otherCurrency(account: String, than currency: Currency) throws -> String?

    /// Whether the user has lines in accounts other than these (two index probes).
    func hasOtherAccounts(than accounts: Set<String>) throws -> Bool

    /// Records the last day a statement of an account covers (its batch's undo removes it).
    func recordStatementEnd(account: String, date: LocalDate) throws

    /// Records a statement's ledger balance.
    func recordBalance(account: String, date: LocalDate, amount: Money) throws
}

extension ImportSession {
    /// Writes one line unless its key is already there.
    /// - Returns: true when added, false when it was a duplicate.
    /// - Throws: a database error (the import then rolls back whole).
    public func insert(_ line: NewExpense) throws -> Bool { try insert(ArraySlice([line])) > 0 }
}
