import GoalKit
import GoalKitAnalysis
import GoalKitStore

/// What the open recommendations of goals already answered in a run count, so no money is
/// counted twice across goals: their keys and expenses (for steps not about one goal), and the
/// part of each currency's free cash flow their raises claim.
struct RecommendationClaims {
    var keys: Set<String> = []
    var expenses: Set<Int64> = []
    /// Minor units of free cash flow claimed, per currency.
    var surplus: [Currency: Int64] = [:]

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
            let recurringTypes = [RecommendationType.cancelRecurring, .priceIncrease, .redirectEnded].map(\.rawValue)
            if recurringTypes.contains(item.type) {
                blockedPayees.insert(
                    RecurringPayeeKey.key(String(item.key.split(separator: ":", maxSplits: 1).last ?? "")))
            }
        }
    }

    /// Puts the claims into a goal's input (the surplus of the goal's currency).
    func apply(to input: inout RecommendationInput) {
        input.claimedKeys = keys
        input.claimedExpenses = expenses
        input.blockedPayees = blockedPayees
        input.claimedSurplus = surplus[input.projection.goal.currency] ?? 0
    }
}
