/// What the recommender says for one goal: its recommendations, best first, and notes on what
/// the data left out of them.
public struct RecommendationAdvice: Hashable, Sendable {
    /// The recommendations, ranked.
    public var drafts: [RecommendationDraft]
    /// One sentence each: money left out for want of a stored exchange rate, with the
    /// currencies named.
    public var notes: [String]

    /// Creates the advice.
    public init(drafts: [RecommendationDraft], notes: [String]) {
        self.drafts = drafts
        self.notes = notes
    }
}
