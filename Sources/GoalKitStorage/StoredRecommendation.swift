public import GoalKit

/// A stored recommendation with what the recommender keeps beside the schema's columns.
public struct StoredRecommendation: Sendable {
    /// The schema's record.
    public var recommendation: Recommendation
    /// Its type and subject key (`type:subject`).
    public var type: String
    public var key: String
    /// The subject of its key (after `type:`): a payee, a category, a goal.
    public var subject: String { String(key.split(separator: ":", maxSplits: 1).last ?? "") }
    /// The expenses it rests on.
    public var evidence: [Int64]
    /// `open`, `implemented` or `dismissed`, and when that last changed (`YYYY-MM-DD`).
    public var status: String
    public var statusChangedOn: LocalDate?
    /// Whether it belongs to the set that closes the gap, and its place in the ranking.
    public var closesGap: Bool
    public var rank: Int?
    /// The saving measured at the 60-day follow-up, when done.
    public var measuredImpact: Money?
    public var followedUpOn: LocalDate?
    /// The day of the data the recommendation was first made for (`recommend --as-of`); the
    /// feedback report's period filters on it, so it reads the same whenever it is run.
    public var asOf: LocalDate?

    /// Creates the value from its fields.
    public init(
        recommendation: Recommendation, type: String, key: String, evidence: [Int64], status: String,
        statusChangedOn: LocalDate? = nil, closesGap: Bool, rank: Int? = nil, measuredImpact: Money? = nil,
        followedUpOn: LocalDate? = nil, asOf: LocalDate? = nil
    ) {
        self.recommendation = recommendation
        self.type = type
        self.key = key
        self.evidence = evidence
        self.status = status
        self.statusChangedOn = statusChangedOn
        self.closesGap = closesGap
        self.rank = rank
        self.measuredImpact = measuredImpact
        self.followedUpOn = followedUpOn
        self.asOf = asOf
    }
}
