public import GoalKit

/// A recommendation to store: the record plus the recommender's fields.
public struct RecommendationToStore: Sendable {
    public var recommendation: Recommendation
    public var type: String
    public var key: String
    public var evidence: [Int64]
    public var closesGap: Bool
    public var rank: Int
    /// The day the run was for; kept from the first run that made it.
    public var asOf: LocalDate?

    /// Creates the value.
    public init(
        recommendation: Recommendation, type: String, key: String, evidence: [Int64], closesGap: Bool, rank: Int,
        asOf: LocalDate? = nil
    ) {
        self.asOf = asOf
        self.recommendation = recommendation
        self.type = type
        self.key = key
        self.evidence = evidence
        self.closesGap = closesGap
        self.rank = rank
    }
}
