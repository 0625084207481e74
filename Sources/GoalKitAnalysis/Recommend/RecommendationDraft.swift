public import GoalKit

/// A recommendation before it is stored: what the recommender proposes for one goal.
public struct RecommendationDraft: Hashable, Sendable {
    /// The kind of advice.
    public var type: RecommendationType
    /// What it is about (a payee, a category, a goal): with the type, its identity across runs.
    public var subject: String
    /// A short title (at most 100 characters).
    public var title: String
    /// The plain-words description with the figures.
    public var description: String
    /// The spending category or area it concerns (at most 50 characters).
    public var category: String
    /// Money per month it frees for the goal (positive).
    public var potentialImpact: Money
    /// How hard it is, from the person's own history.
    public var difficulty: DifficultyLevel
    /// Concrete steps.
    public var steps: [RecommendationStep]
    /// The expenses it rests on.
    public var evidence: [Int64]
    /// Months it brings the goal's completion forward, per unit of difficulty (easy 1, medium 2,
    /// hard 3), weighted by the feedback on its type: the ranking key.
    public var score: Double = 0
    /// Whether it belongs to the smallest set that closes the goal's monthly gap.
    public var closesGap = false

    /// Creates a draft (score and gap mark are set by the ranking).
    public init(
        type: RecommendationType, subject: String, title: String, description: String, category: String,
        potentialImpact: Money, difficulty: DifficultyLevel, steps: [RecommendationStep], evidence: [Int64]
    ) {
        self.type = type
        self.subject = subject
        self.title = title
        self.description = description
        self.category = category
        self.potentialImpact = potentialImpact
        self.difficulty = difficulty
        self.steps = steps
        self.evidence = evidence
    }

    /// The identity that keeps re-runs from duplicating it: type and subject.
    public var key: String { type.rawValue + ":" + subject.lowercased() }
}
