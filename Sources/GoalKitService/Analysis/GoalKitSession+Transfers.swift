public import GoalKit
import GoalKitAnalysis
import GoalKitStore

extension GoalKitSession {
    /// Finds the transfers between the user's own accounts in a period (widened by the days a
    /// transfer may take), marks them, and records transfers into goal-linked accounts as
    /// contributions (once each).
    /// - Returns: the contributions recorded now.
    /// - Throws: `ServiceError`.
    @discardableResult
    public func refreshTransfers(from: LocalDate, through: LocalDate) throws(ServiceError) -> Int {
        let start = from.adding(days: -TransferDetector.maximumDays)
        let end = through.adding(days: TransferDetector.maximumDays)
        let candidates = try service { try store.transferCandidates(userID: userID, from: start, through: end) }
        let result = TransferDetector.detect(
            candidates.map {
                TransferDetector.Item(id: $0.id, account: $0.account, date: $0.date, amount: $0.amount, text: $0.text)
            })
        var transfers = result.transfers
        for candidate in candidates where candidate.transferCategory { transfers.insert(candidate.id) }
        return try service {
            try store.markTransfers(
                userID: userID, from: start, through: end, transfers: transfers, pairs: result.pairs)
        }
    }

    /// Links a goal to the account its money is kept in (nil unlinks); transfers into it since
    /// the goal's start count as contributions of source `savings`.
    /// - Returns: the contributions recorded from past transfers.
    /// - Throws: `ServiceError`.
    public func linkGoal(id: Int64, account: String?) throws(ServiceError) -> Int {
        var goal = try service { try store.goal(id: id, userID: userID) }
        goal.account = account.flatMap { $0.isEmpty ? nil : $0 }
        let linked = goal
        _ = try service { try store.updateGoal(linked) }
        return try service { try store.recordTransferContributions(userID: userID) }
    }
}
