// What an impact may be: no step is worth more to a goal than the goal still misses (the
// figures that are arithmetic are not scaled by feedback: `RecommendationType.isDeterministic`).
import GoalKit

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
