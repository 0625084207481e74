public import GoalKitAnalysis
public import GoalKitStorage

/// One run of `recommend`: each goal it advised, in the order goals were served (priority,
/// then id), with its stored recommendations, best first, and the notes that say what was not
/// proposed for it and why.
public struct RecommendationRun: Sendable {
    /// One goal's part of the run.
    public struct GoalAdvice: Sendable {
        /// The goal and its figures as of the run's day.
        public var projection: GoalProjection
        /// Its recommendations as stored, best first.
        public var recommendations: [StoredRecommendation]
        /// Why it got no (or no more) advice, in plain sentences.
        public var notes: [String]
    }

    /// The goals, in the order they were served.
    public var goals: [GoalAdvice]

    /// Every goal's recommendations, goal by goal.
    public var recommendations: [StoredRecommendation] { goals.flatMap(\.recommendations) }

    /// Every goal's notes, each once, in the order they arose.
    public var notes: [String] {
        var seen: Set<String> = []
        return goals.flatMap(\.notes).filter { seen.insert($0).inserted }
    }
}
