public import GoalKit

/// Transfers between own accounts and the goal contributions they make.
///
/// Every call is one transaction; ids of another user are not found.
public protocol TransferRepository {
    /// Streams the expenses of a period, by date, as transfer candidates — id, account, day number,
    /// signed minor units, currency, payee and memo text, whether their category is a transfer
    /// category — without holding them all in memory.
    /// - Throws: `StoreError`.
    func forEachTransferCandidate(
        userID: Int64, from: LocalDate, through: LocalDate,
        _ body: (
            _ id: Int64, _ account: String, _ day: Int, _ minor: Int64, _ currency: String, _ text: String,
            _ transferCategory: Bool
        ) -> Void
    ) throws(StoreError)

    /// Marks the transfers of a period (and unmarks the rest), pairing the two sides, then
    /// records each transfer into an account linked to an active goal as a contribution of
    /// source `savings` — once per expense, however often the files are imported.
    /// - Returns: the contributions recorded now.
    /// - Throws: `StoreError`.
    func markTransfers(
        userID: Int64, from: LocalDate, through: LocalDate, transfers: Set<Int64>,
        pairs: [(Int64, Int64)]
    ) throws(StoreError) -> Int

    /// Whether an active goal of the user is linked to an account.
    /// - Throws: `StoreError`.
    func hasLinkedGoals(userID: Int64) throws(StoreError) -> Bool

    /// Records transfers into goal-linked accounts as contributions (see `markTransfers`).
    /// - Throws: `StoreError`.
    func recordTransferContributions(userID: Int64) throws(StoreError) -> Int
}
