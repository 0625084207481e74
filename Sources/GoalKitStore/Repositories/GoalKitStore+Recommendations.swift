import Foundation
import GRDB
public import GoalKit
public import GoalKitStorage

extension GoalKitStore {
    /// Stores a run's recommendations for a goal: an open one with the same key is updated in
    /// place (no duplicates), new ones are added, and open ones the run no longer supports are
    /// removed unless someone gave feedback on them.
    /// - Returns: the goal's open recommendations, best first.
    /// - Throws: `StoreError`.
    public func saveRecommendations(goalID: Int64, userID: Int64, _ items: [RecommendationToStore]) throws(StoreError)
        -> [StoredRecommendation]
    {
        try write { db in
            let goal = try Self.fetchGoal(db, id: goalID, userID: userID)
            var kept: [Int64] = []
            for item in items {
                let r = item.recommendation
                let steps = JSONValue.array(r.implementationSteps.map(\.json)).serialized()
                let evidence = String(decoding: try JSONEncoder().encode(item.evidence), as: UTF8.self)
                if let id = try Int64.fetchOne(
                    db, sql: "SELECT id FROM recommendations WHERE goal_id = ? AND subject_key = ? AND status = 'open'",
                    arguments: [goalID, item.key])
                {
                    try db.execute(
                        sql: """
                            UPDATE recommendations SET title = ?, description = ?, category = ?, potential_impact = ?,
                                difficulty_level = ?, implementation_steps = ?, evidence = ?, closes_gap = ?, rank = ?
                            WHERE id = ?
                            """,
                        arguments: [
                            r.title, r.description, r.category, r.potentialImpact.minorUnits,
                            r.difficultyLevel.rawValue,
                            steps, evidence, item.closesGap, item.rank, id,
                        ])
                    kept.append(id)
                } else {
                    try db.execute(
                        sql: """
                            INSERT INTO recommendations(goal_id, title, description, category, potential_impact, difficulty_level,
                                implementation_steps, type, subject_key, evidence, closes_gap, rank, as_of)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            goalID, r.title, r.description, r.category, r.potentialImpact.minorUnits,
                            r.difficultyLevel.rawValue, steps, item.type, item.key, evidence, item.closesGap, item.rank,
                            item.asOf?.isoString,
                        ])
                    kept.append(db.lastInsertedRowID)
                }
            }
            let stale = try Int64.fetchAll(
                db, sql: "SELECT id FROM recommendations WHERE goal_id = ? AND status = 'open'", arguments: [goalID]
            ).filter { !kept.contains($0) }
            for id in stale {
                let hasFeedback =
                    try Bool.fetchOne(
                        db, sql: "SELECT EXISTS(SELECT 1 FROM recommendation_feedback WHERE recommendation_id = ?)",
                        arguments: [id]) ?? false
                if hasFeedback {
                    try db.execute(
                        sql: "UPDATE recommendations SET rank = NULL, closes_gap = 0 WHERE id = ?", arguments: [id])
                } else {
                    try db.execute(sql: "DELETE FROM recommendations WHERE id = ?", arguments: [id])
                }
            }
            TestPause.at("recommend.before-commit")
            return try Self.fetchRecommendations(db, userID: userID, goalID: goalID, currency: goal.currency)
                .filter { $0.status == "open" && $0.rank != nil }
        }
    }

    /// A user's recommendations (of one goal or all), open ones by rank first.
    /// - Throws: `StoreError`.
    public func recommendations(userID: Int64, goalID: Int64? = nil) throws(StoreError) -> [StoredRecommendation] {
        try read { db in try Self.fetchRecommendations(db, userID: userID, goalID: goalID, currency: nil) }
    }

    /// One of the user's recommendations.
    /// - Throws: `StoreError` `.notFound`.
    public func recommendation(id: Int64, userID: Int64) throws(StoreError) -> StoredRecommendation {
        try read { db in
            guard
                let found = try Self.fetchRecommendations(db, userID: userID, goalID: nil, currency: nil, id: id).first
            else { throw StoreError.notFound("recommendation", id) }
            return found
        }
    }

    /// Marks a recommendation implemented or dismissed on a day.
    /// - Throws: `StoreError`.
    public func setRecommendationStatus(id: Int64, userID: Int64, status: String, on day: LocalDate) throws(StoreError)
    {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE recommendations SET status = ?, status_changed_at = ?, is_implemented = ?
                    WHERE id = ? AND goal_id IN (SELECT id FROM goals WHERE user_id = ?)
                    """, arguments: [status, day.isoString, status == "implemented", id, userID])
            if db.changesCount == 0 { throw StoreError.notFound("recommendation", id) }
        }
    }

    /// Records feedback; the recommendation's `user_feedback` takes the latest rating.
    /// - Throws: `StoreError`.
    public func addFeedback(_ feedback: RecommendationFeedback, userID: Int64) throws(StoreError)
        -> RecommendationFeedback
    {
        try write { db in
            guard
                try Bool.fetchOne(
                    db,
                    sql:
                        "SELECT EXISTS(SELECT 1 FROM recommendations r JOIN goals g ON g.id = r.goal_id WHERE r.id = ? AND g.user_id = ?)",
                    arguments: [feedback.recommendationID, userID]) == true
            else { throw StoreError.notFound("recommendation", feedback.recommendationID) }
            try db.execute(
                sql:
                    "INSERT INTO recommendation_feedback(recommendation_id, was_helpful, rating, comments) VALUES (?, ?, ?, ?)",
                arguments: [feedback.recommendationID, feedback.wasHelpful, feedback.rating, feedback.comments])
            var stored = feedback
            stored.id = db.lastInsertedRowID
            try db.execute(
                sql: "UPDATE recommendations SET user_feedback = ? WHERE id = ?",
                arguments: [feedback.rating, feedback.recommendationID])
            return stored
        }
    }

    /// Each typed recommendation of a user as the learning reads it: the latest feedback row
    /// on it, whether it is dismissed, and its follow-up.
    /// - Throws: `StoreError`.
    public func recommendationSignals(userID: Int64) throws(StoreError) -> [RecommendationSignal] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.type, r.category, r.subject_key, r.status, r.potential_impact, r.measured_impact,
                        f.rating, f.was_helpful
                    FROM recommendations r JOIN goals g ON g.id = r.goal_id
                    LEFT JOIN recommendation_feedback f ON f.id = (
                        SELECT max(l.id) FROM recommendation_feedback l WHERE l.recommendation_id = r.id)
                    WHERE g.user_id = ? AND r.type IS NOT NULL ORDER BY r.id
                    """, arguments: [userID]
            ).map { row in
                RecommendationSignal(
                    type: row["type"], category: row["category"], key: row["subject_key"] ?? "", rating: row["rating"],
                    wasHelpful: row["was_helpful"], dismissed: (row["status"] as String) == "dismissed",
                    estimated: row["potential_impact"], measured: row["measured_impact"])
            }
        }
    }

    /// Records the saving measured at an implemented recommendation's follow-up.
    /// - Throws: `StoreError`.
    public func recordFollowUp(id: Int64, measured: Money, on day: LocalDate) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE recommendations SET measured_impact = ?, followed_up_at = ? WHERE id = ?",
                arguments: [measured.minorUnits, day.isoString, id])
        }
    }

    static func fetchRecommendations(
        _ db: Database, userID: Int64, goalID: Int64?, currency: Currency?, id: Int64? = nil
    ) throws
        -> [StoredRecommendation]
    {
        try Row.fetchAll(
            db,
            sql: """
                SELECT r.*, g.currency AS goal_currency FROM recommendations r JOIN goals g ON g.id = r.goal_id
                WHERE g.user_id = ? AND (? IS NULL OR r.goal_id = ?) AND (? IS NULL OR r.id = ?)
                ORDER BY r.goal_id, r.status <> 'open', r.rank IS NULL, r.rank, r.id
                """, arguments: [userID, goalID, goalID, id, id]
        ).map { row in
            let currency = try row.currency("goal_currency")
            let stepsText: String? = row["implementation_steps"]
            let steps =
                stepsText.flatMap { try? JSONDecoder().decode([RecommendationStep].self, from: Data($0.utf8)) } ?? []
            let evidenceText: String = row["evidence"]
            let evidence = (try? JSONDecoder().decode([Int64].self, from: Data(evidenceText.utf8))) ?? []
            let record = Recommendation(
                id: row["id"], goalID: row["goal_id"], title: row["title"], description: row["description"],
                category: row["category"],
                potentialImpact: row.money("potential_impact", currency: currency),
                difficultyLevel: try row.choice("difficulty_level", as: DifficultyLevel.self),
                implementationSteps: steps,
                isImplemented: row["is_implemented"], userFeedback: row["user_feedback"], createdAt: row["created_at"])
            return StoredRecommendation(
                recommendation: record, type: row["type"] ?? "", key: row["subject_key"] ?? "", evidence: evidence,
                status: row["status"],
                statusChangedOn: try row.optionalDate("status_changed_at"), closesGap: row["closes_gap"],
                rank: row["rank"],
                measuredImpact: (row["measured_impact"] as Int64?).map { Money(minorUnits: $0, currency: currency) },
                followedUpOn: try row.optionalDate("followed_up_at"), asOf: try row.optionalDate("as_of"))
        }
    }
}

extension GoalKitStore {
    /// Every feedback row of a user's recommendations, oldest first.
    /// - Throws: `StoreError`.
    public func feedback(userID: Int64) throws(StoreError) -> [RecommendationFeedback] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT f.* FROM recommendation_feedback f JOIN recommendations r ON r.id = f.recommendation_id
                    JOIN goals g ON g.id = r.goal_id WHERE g.user_id = ? ORDER BY f.id
                    """, arguments: [userID]
            ).map {
                RecommendationFeedback(
                    id: $0["id"], recommendationID: $0["recommendation_id"], wasHelpful: $0["was_helpful"],
                    rating: $0["rating"], comments: $0["comments"], createdAt: $0["created_at"])
            }
        }
    }
}
