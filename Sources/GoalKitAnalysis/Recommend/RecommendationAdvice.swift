/// What the recommender proposes for one goal, and the notes that say what it did not propose
/// and why (a balance in another currency, idle cash already offered to a higher-priority goal).
public struct RecommendationAdvice: Hashable, Sendable {
    /// The drafts, best first.
    public var drafts: [RecommendationDraft]
    /// Plain sentences for the person, in the order they arose.
    public var notes: [String]

    /// Creates the value.
    public init(drafts: [RecommendationDraft], notes: [String]) {
        self.drafts = drafts
        self.notes = notes
    }
}
