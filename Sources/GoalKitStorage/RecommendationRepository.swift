public import GoalKit

/// Recommendations, their status and follow-ups, and feedback.
///
/// Every call is one transaction; ids of another user are not found.
public protocol RecommendationRepository {
    /// Stores a run's recommendations for a goal: an open one with the same key is updated in
    /// place (no duplicates), new ones are added, and open ones the run no longer supports are
    /// removed unless someone gave feedback on them.
    /// - Returns: the goal's open recommendations, best first.
    /// - Throws: `StoreError`.
    func saveRecommendations(goalID: Int64, userID: Int64, _ items: [RecommendationToStore]) throws(StoreError)
        -> [StoredRecommendation]

    /// A user's recommendations (of one goal or all), open ones by rank first.
    /// - Throws: `StoreError`.
    func recommendations(userID: Int64, goalID: Int64?) throws(StoreError) -> [StoredRecommendation]

    /// One of the user's recommendations.
    /// - Throws: `StoreError` `.notFound`.
    func recommendation(id: Int64, userID: Int64) throws(StoreError) -> StoredRecommendation

    /// Marks a recommendation implemented or dismissed on a day.
    /// - Throws: `StoreError`.
    func setRecommendationStatus(id: Int64, userID: Int64, status: String, on day: LocalDate) throws(StoreError)

    /// Records feedback; the recommendation's `user_feedback` takes the latest rating.
    /// - Throws: `StoreError`.
    func addFeedback(_ feedback: RecommendationFeedback, userID: Int64) throws(StoreError)
        -> RecommendationFeedback

    /// Each typed recommendation of a user as the learning reads it: the latest feedback row
    /// on it, whether it is dismissed, and its follow-up.
    /// - Throws: `StoreError`.
    func recommendationSignals(userID: Int64) throws(StoreError) -> [RecommendationSignal]

    /// Records the saving measured at an implemented recommendation's follow-up.
    /// - Throws: `StoreError`.
    func recordFollowUp(id: Int64, measured: Money, on day: LocalDate) throws(StoreError)

    /// Every feedback row of a user's recommendations, oldest first.
    /// - Throws: `StoreError`.
    func feedback(userID: Int64) throws(StoreError) -> [RecommendationFeedback]
}

extension RecommendationRepository {
    /// Every stored recommendation of a user, open ones by rank first.
    /// - Throws: `StoreError`.
    public func recommendations(userID: Int64) throws(StoreError) -> [StoredRecommendation] {
        try recommendations(userID: userID, goalID: nil)
    }
}
