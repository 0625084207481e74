public import GoalKit

/// The store as a ledger for one user, each call its own transaction.
public struct StoreTransferLedger: TransferLedger {
    let store: any TransferRepository
    let userID: Int64

    /// The ledger of a user's lines in a store.
    public init(store: any TransferRepository, userID: Int64) {
        self.store = store
        self.userID = userID
    }

    public func forEachTransferCandidate(
        from: LocalDate, through: LocalDate, _ body: (Int64, String, Int, Int64, String, String, Bool) -> Void
    ) throws {
        try store.forEachTransferCandidate(userID: userID, from: from, through: through, body)
    }

    public func markTransfers(from: LocalDate, through: LocalDate, transfers: Set<Int64>, pairs: [(Int64, Int64)])
        throws -> Int
    {
        try store.markTransfers(userID: userID, from: from, through: through, transfers: transfers, pairs: pairs)
    }

    public func hasLinkedGoals() throws -> Bool { try store.hasLinkedGoals(userID: userID) }
    public func recordTransferContributions() throws -> Int { try store.recordTransferContributions(userID: userID) }
}
