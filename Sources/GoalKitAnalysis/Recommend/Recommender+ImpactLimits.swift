// What an impact may be: no step is worth more to a goal than the goal still misses, and the
// figures that are arithmetic on the cash flow are not scaled by feedback.
import GoalKit

extension Recommender {
    /// Types whose impact is arithmetic on the cash flow, not an estimate of behaviour, so
    /// calibration by measured follow-ups does not scale it: a raise (held to what the goal can
    /// take, which scaling would pass) and the deficit (a fact of the statements).
    static let uncalibratedTypes: Set<RecommendationType> = [.raiseContribution, .closeDeficit]
}

extension Recommender.Builder {
    /// A draft whose monthly impact passes what the goal still misses counts only that much
    /// for the goal (a cut can free more than a nearly reached goal needs): its impact is the
    /// remainder and its description says so.
    func heldToRemaining(_ draft: RecommendationDraft) -> RecommendationDraft {
        let remaining = input.projection.remaining
        guard draft.potentialImpact.minorUnits > remaining.minorUnits else { return draft }
        var held = draft
        held.potentialImpact = remaining
        held.description += " \"\(input.projection.goal.name)\" misses only \(remaining), so that much counts for it."
        return held
    }
}
