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
        // Memory follows the money coming in, not the file: the first pass keeps inflows (and
        // checks wording as rows stream by), the second only outflows that an inflow could match.
        var transfers: Set<Int64> = []
        var items: [TransferDetector.Item] = []
        var amountsIn: Set<Money> = []
        var accounts: [String: String] = [:]
        func item(_ id: Int64, _ account: String, _ day: Int, _ minor: Int64, _ currency: String) -> TransferDetector
            .Item?
        {
            guard let date = LocalDate(daysSinceEpoch: day), let currency = Currency.known[currency] else { return nil }
            let shared = accounts[account] ?? account
            accounts[account] = shared
            return TransferDetector.Item(
                id: id, account: shared, date: date, amount: Money(minorUnits: minor, currency: currency), text: "")
        }
        try service {
            try store.forEachTransferCandidate(userID: userID, from: start, through: end) {
                id, account, day, minor, currency, text, transferCategory in
                if transferCategory || TransferDetector.mentionsTransfer(text) { transfers.insert(id) }
                if minor > 0, let inflow = item(id, account, day, minor, currency) {
                    items.append(inflow)
                    amountsIn.insert(inflow.amount)
                }
            }
            try store.forEachTransferCandidate(userID: userID, from: start, through: end) {
                id, account, day, minor, currency, _, _ in
                guard minor < 0, let currency = Currency.known[currency],
                    amountsIn.contains(Money(minorUnits: -minor, currency: currency)),
                    let outflow = item(id, account, day, minor, currency.code)
                else { return }
                items.append(outflow)
            }
        }
        let result = TransferDetector.detect(items)
        transfers.formUnion(result.transfers)
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
