public import GoalKit

/// Where the transfer pass reads its candidates and writes what it found: the store on its
/// own (each call its own transaction), or an import still in its transaction, so that the
/// lines, their transfer marks and the goal contributions they make commit together.
public protocol TransferLedger {
    /// The lines of a period in date order as transfer candidates (id, account, day number,
    /// signed minor units, currency, payee and memo text, whether their category is a transfer).
    func forEachTransferCandidate(
        from: LocalDate, through: LocalDate,
        _ body: (Int64, String, Int, Int64, String, String, Bool) -> Void
    ) throws
    /// Marks the transfers of a period and records the contributions they make.
    func markTransfers(from: LocalDate, through: LocalDate, transfers: Set<Int64>, pairs: [(Int64, Int64)]) throws
        -> Int
    /// Whether an active goal is linked to an account.
    func hasLinkedGoals() throws -> Bool
    /// Records transfers into goal-linked accounts as contributions.
    func recordTransferContributions() throws -> Int
}
