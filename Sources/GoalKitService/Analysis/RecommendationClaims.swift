import GoalKit
import GoalKitAnalysis
import GoalKitStorage

/// What the open recommendations of goals already answered in a run count, so no money is
/// counted twice across goals: their keys and expenses (for steps not about one goal), the
/// part of each currency's free cash flow their raises claim, and the idle cash of each
/// account their offers move.
struct RecommendationClaims {
    var keys: Set<String> = []
    var expenses: Set<Int64> = []
    /// Minor units of free cash flow claimed, per currency.
    var surplus: [Currency: Int64] = [:]
    /// Minor units of idle cash claimed, per account.
    var balances: [String: Int64] = [:]

    /// Counts what open, ranked recommendations claim.
    mutating func claim(_ stored: [StoredRecommendation]) {
        for item in stored where item.status == "open" && item.rank != nil {
            if !GoalKitSession.perGoalTypes.contains(item.type) {
                keys.insert(item.key)
                expenses.formUnion(item.evidence)
            }
            if item.type == RecommendationType.raiseContribution.rawValue {
                let impact = item.recommendation.potentialImpact
                // Saturating: a surplus past `Int64.max` leaves no free cash flow to claim.
                let (sum, overflow) = surplus[impact.currency, default: 0].addingReportingOverflow(impact.minorUnits)
                surplus[impact.currency] = overflow ? (sum < 0 ? .max : -.max) : sum
            }
            if item.type == RecommendationType.useIdleCash.rawValue { claimMoves(item) }
        }
    }

    /// Payees whose recurring advice was dismissed lately (as `RecurringPayeeKey` keys).
    var blockedPayees: Set<String> = []

    /// Blocks the money of recommendations dismissed in the dismissal period, under every type
    /// and goal: the lines they rest on, and for a recurring charge its merchant's later lines.
    mutating func block(dismissed stored: [StoredRecommendation], asOf: LocalDate) {
        for item in stored where item.status == "dismissed" {
            guard item.statusChangedOn.map({ $0.days(to: asOf) < GoalKitSession.dismissalDays }) ?? true else {
                continue
            }
            if !GoalKitSession.perGoalTypes.contains(item.type) { expenses.formUnion(item.evidence) }
            let type = RecommendationType(rawValue: item.type)
            if type?.isAboutOneCharge == true || type == .redirectEnded {
                blockedPayees.insert(RecurringPayeeKey.key(item.subject))
            }
        }
    }

    /// Counts the idle cash a recommendation's `move_balance` steps move, per account.
    mutating func claimMoves(_ item: StoredRecommendation) {
        for case .moveBalance(let account, _, let amount) in item.recommendation.implementationSteps.compactMap(
            \.action)
        {
            // Saturating, as the surplus: past `Int64.max` no idle cash is left to offer.
            let (sum, overflow) = balances[account, default: 0].addingReportingOverflow(max(0, amount.minorUnits))
            balances[account] = overflow ? .max : sum
        }
    }

    /// Counts the idle cash of moves marked implemented that no balance shows yet: until a
    /// statement balance of the account dated after the day it was marked, the money is still in
    /// the balance, and no goal is offered it again.
    mutating func claimPendingMoves(_ existing: [StoredRecommendation], balances: [String: AccountBalance]) {
        for item in existing where Self.isPendingMove(item, balances: balances) == true { claimMoves(item) }
    }

    /// For an implemented idle-cash move: true while no balance of its account is dated after the
    /// day it was marked, false once one is (the balance shows it: it may be offered afresh);
    /// nil for any other recommendation.
    static func isPendingMove(_ item: StoredRecommendation, balances: [String: AccountBalance]) -> Bool? {
        guard item.type == RecommendationType.useIdleCash.rawValue, item.status == "implemented",
            let day = item.statusChangedOn
        else { return nil }
        let accounts = item.recommendation.implementationSteps.compactMap { step -> String? in
            if case .moveBalance(let account, _, _) = step.action { return account }
            return nil
        }
        return !accounts.contains { account in balances[account].map { $0.date > day } ?? false }
    }

    /// Blocks the money of recurring charges marked cancelled (implemented) until their follow-up
    /// (which measures the saving, or offers the advice again when there was none): their lines
    /// and their merchant's back no other recommendation meanwhile — a cancelled Netflix is not
    /// "Cut Streaming" the next day.
    mutating func block(implemented stored: [StoredRecommendation]) {
        for item in stored where item.status == "implemented" && item.measuredImpact == nil {
            guard RecommendationType(rawValue: item.type)?.isAboutOneCharge == true else { continue }
            expenses.formUnion(item.evidence)
            blockedPayees.insert(RecurringPayeeKey.key(item.subject))
        }
    }

    /// Puts the claims into a goal's input (the surplus of the goal's currency).
    func apply(to input: inout RecommendationInput) {
        input.claimedKeys = keys
        input.claimedExpenses = expenses
        input.blockedPayees = blockedPayees
        input.claimedSurplus = surplus[input.projection.goal.currency] ?? 0
        input.claimedBalances = balances
    }
}
