public import GoalKit

/// How `recommend` shows its recommendations.
public enum RecommendationViews {
    /// One recommendation as the JSON of `recommend --format json`: the schema's columns plus
    /// `type`, `evidence` and `closes_gap`.
    public static func json(
        id: Int64?, recommendation r: Recommendation, type: String, evidence: [Int64], closesGap: Bool
    ) -> JSONValue {
        .object([
            "id": .int(id ?? 0), "goal_id": .int(r.goalID), "title": .string(r.title),
            "description": .string(r.description),
            "category": .string(r.category), "potential_impact": .string(r.potentialImpact.decimalString),
            "currency": .string(r.potentialImpact.currency.code),
            "difficulty_level": .string(r.difficultyLevel.rawValue),
            "implementation_steps": .array(r.implementationSteps.map(\.json)),
            "is_implemented": .bool(r.isImplemented), "user_feedback": .int(r.userFeedback), "type": .string(type),
            "evidence": .array(evidence.map { .int($0) }), "closes_gap": .bool(closesGap),
        ])
    }
}
