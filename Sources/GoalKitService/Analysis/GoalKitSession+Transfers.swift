public import GoalKit
import GoalKitAnalysis
import GoalKitStorage

extension GoalKitSession {
    /// Finds the transfers between the user's own accounts in a period (widened by the days a
    /// transfer may take), marks them, and records transfers into goal-linked accounts as
    /// contributions (once each).
    ///
    /// A line is a transfer when it pairs with another account's (the same amount the other
    /// way within three days), or when its words say so (`TransferWording`, with the user's
    /// own names): a card payment is one either way, and whether it paired tells the reports if
    /// the card's statement is imported.
    /// - Returns: the contributions recorded now.
    /// - Throws: `ServiceError`.
    @discardableResult
    public func refreshTransfers(from: LocalDate, through: LocalDate) throws(ServiceError) -> Int {
        let wording = try transferWording()
        return try service {
            try refreshTransfers(
                from: from, through: through, in: StoreTransferLedger(store: store, userID: userID), wording: wording)
        }
    }

    /// The transfer pass over a ledger: the store, or an import in its transaction.
    func refreshTransfers(
        from: LocalDate, through: LocalDate, in ledger: some TransferLedger, wording: TransferWording
    ) throws -> Int {
        let start = from.adding(days: -TransferDetector.maximumDays)
        let end = through.adding(days: TransferDetector.maximumDays)
        // One pass in date order; memory follows a week of lines, not the file.
        var transfers: Set<Int64> = []
        var pairer = TransferPairer()
        var accounts: [String: String] = [:]
        // Statements repeat their wording: each text is looked at once.
        var mentions = BoundedMemo<String, Bool>()
        do {
            try ledger.forEachTransferCandidate(from: start, through: end) {
                id, account, day, minor, currency, text, transferCategory in
                let mentioned = mentions.value(for: text) { wording.mention(text) != nil }
                if transferCategory || mentioned { transfers.insert(id) }
                guard let date = LocalDate(daysSinceEpoch: day), let currency = Currency.known[currency] else { return }
                let shared = accounts[account] ?? account
                accounts[account] = shared
                pairer.add(
                    TransferDetector.Item(
                        id: id, account: shared, date: date, amount: Money(minorUnits: minor, currency: currency),
                        text: ""))
            }
        }
        pairer.finish()
        for (out, into) in pairer.pairs {
            transfers.insert(out)
            transfers.insert(into)
        }
        return try ledger.markTransfers(from: start, through: end, transfers: transfers, pairs: pairer.pairs)
    }

    /// Links a goal to the account its money is kept in (nil unlinks, and the goal no longer
    /// counts a balance); transfers into it since the goal's start count as contributions of
    /// source `savings`.
    /// - Returns: the contributions recorded from past transfers.
    /// - Throws: `ServiceError`.
    public func linkGoal(id: Int64, account: String?) throws(ServiceError) -> Int {
        var goal = try service { try store.goal(id: id, userID: userID) }
        goal.account = account.flatMap { $0.isEmpty ? nil : $0 }
        if goal.account == nil { goal.countsBalance = false }
        let linked = goal
        _ = try service { try store.updateGoal(linked) }
        return try service { try store.recordTransferContributions(userID: userID) }
    }
}
