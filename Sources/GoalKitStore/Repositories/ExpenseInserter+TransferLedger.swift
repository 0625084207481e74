public import GoalKit
public import GoalKitStorage

extension ExpenseInserter: TransferLedger {
    public func forEachTransferCandidate(
        from: LocalDate, through: LocalDate, _ body: (Int64, String, Int, Int64, String, String, Bool) -> Void
    ) throws {
        try GoalKitStore.forEachTransferCandidate(database, userID: userID, from: from, through: through, body)
    }

    public func markTransfers(from: LocalDate, through: LocalDate, transfers: Set<Int64>, pairs: [(Int64, Int64)])
        throws -> Int
    {
        try GoalKitStore.markTransfers(
            database, userID: userID, from: from, through: through, transfers: transfers, pairs: pairs)
    }

    public func hasLinkedGoals() throws -> Bool { try GoalKitStore.hasLinkedGoals(database, userID: userID) }

    public func recordTransferContributions() throws -> Int {
        try GoalKitStore.recordTransferContributions(database, userID: userID)
    }
}
