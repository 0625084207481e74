/// What a person said about a recommendation.
public struct RecommendationFeedback: Hashable, Sendable {
    /// Row id; nil until stored.
    public var id: Int64?
    /// The recommendation it is about.
    public var recommendationID: Int64
    /// Whether it helped.
    public var wasHelpful: Bool
    /// A rating from 1 to 5.
    public var rating: Int
    /// Free text; may be empty.
    public var comments: String
    /// When it was given, set by the store.
    public var createdAt: String?

    /// Creates feedback.
    public init(
        id: Int64? = nil, recommendationID: Int64, wasHelpful: Bool, rating: Int, comments: String = "",
        createdAt: String? = nil
    ) {
        self.id = id
        self.recommendationID = recommendationID
        self.wasHelpful = wasHelpful
        self.rating = rating
        self.comments = comments
        self.createdAt = createdAt
    }

    /// Checks the schema's rules.
    /// - Throws: `DomainValidationError`.
    public func validate() throws(DomainValidationError) {
        if !(1...5).contains(rating) {
            throw DomainValidationError(field: "rating", value: String(rating), rule: "must be 1 to 5")
        }
    }
}
