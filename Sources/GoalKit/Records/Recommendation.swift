/// A concrete step toward a goal, with what it is worth per month and how hard it is.
public struct Recommendation: Hashable, Sendable {
    /// Row id; nil until stored.
    public var id: Int64?
    /// The goal it serves.
    public var goalID: Int64
    /// A short title, at most 100 characters.
    public var title: String
    /// The plain-words description with the figures.
    public var description: String
    /// The spending category (or area) it concerns.
    public var category: String
    /// Money per month it frees for the goal.
    public var potentialImpact: Money
    /// How hard it is.
    public var difficultyLevel: DifficultyLevel
    /// The steps, in order.
    public var implementationSteps: [RecommendationStep]
    /// Whether the person carried it out.
    public var isImplemented: Bool
    /// The person's 1–5 rating, when given.
    public var userFeedback: Int?
    /// When it was generated, set by the store.
    public var createdAt: String?

    /// Creates a recommendation.
    public init(
        id: Int64? = nil, goalID: Int64, title: String, description: String, category: String,
        potentialImpact: Money, difficultyLevel: DifficultyLevel, implementationSteps: [RecommendationStep] = [],
        isImplemented: Bool = false, userFeedback: Int? = nil, createdAt: String? = nil
    ) {
        self.id = id
        self.goalID = goalID
        self.title = title
        self.description = description
        self.category = category
        self.potentialImpact = potentialImpact
        self.difficultyLevel = difficultyLevel
        self.implementationSteps = implementationSteps
        self.isImplemented = isImplemented
        self.userFeedback = userFeedback
        self.createdAt = createdAt
    }

    /// Checks the schema's rules.
    /// - Throws: `DomainValidationError`.
    public func validate() throws(DomainValidationError) {
        try Validation.name(title, field: "title")
        if description.isEmpty { throw DomainValidationError(field: "description", rule: "must not be empty") }
        try Validation.storable(potentialImpact, field: "potential_impact")
        if let userFeedback, !(1...5).contains(userFeedback) {
            throw DomainValidationError(field: "user_feedback", value: String(userFeedback), rule: "must be 1 to 5")
        }
    }
}
