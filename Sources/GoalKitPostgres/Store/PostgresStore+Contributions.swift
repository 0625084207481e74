public import GoalKit
public import GoalKitStorage
import PostgresNIO

extension PostgresStore {
    /// Adds a contribution to a goal of the user's.
    public func addContribution(_ contribution: GoalContribution, userID: Int64) throws(StoreError) -> GoalContribution
    {
        try write { link in
            _ = try Self.fetchGoal(link, id: contribution.goalID, userID: userID)
            let id = try Self.insertContribution(link, contribution)
            return try Self.fetchContribution(link, id: id, userID: userID)
        }
    }

    /// Changes a contribution's amount, date, source and notes.
    public func updateContribution(_ contribution: GoalContribution, userID: Int64) throws(StoreError)
        -> GoalContribution
    {
        guard let id = contribution.id else { throw StoreError(.notFound, "contribution has no id") }
        return try write { link in
            _ = try Self.fetchContribution(link, id: id, userID: userID)
            try link.execute(
                "UPDATE goal_contributions SET amount = $1, date = $2, source = $3, notes = $4 WHERE id = $5",
                [
                    .int(contribution.amount.minorUnits), .date(contribution.date),
                    .text(contribution.source.rawValue), PostgresValue(contribution.notes), .int(id),
                ])
            return try Self.fetchContribution(link, id: id, userID: userID)
        }
    }

    /// Deletes a contribution of the user's.
    public func deleteContribution(id: Int64, userID: Int64) throws(StoreError) {
        try write { link in
            _ = try Self.fetchContribution(link, id: id, userID: userID)
            try link.execute("DELETE FROM goal_contributions WHERE id = $1", [.int(id)])
        }
    }

    /// One contribution of the user's.
    public func contribution(id: Int64, userID: Int64) throws(StoreError) -> GoalContribution {
        try read { link in try Self.fetchContribution(link, id: id, userID: userID) }
    }

    /// The user's contributions (to one goal, when given), by date.
    public func contributions(userID: Int64, goalID: Int64? = nil) throws(StoreError) -> [GoalContribution] {
        try read { link in
            try link.rows(
                """
                SELECT c.*, g.currency FROM goal_contributions c JOIN goals g ON g.id = c.goal_id
                WHERE g.user_id = $1 AND ($2::bigint IS NULL OR c.goal_id = $2)
                ORDER BY c.date, c.id
                """, [.int(userID), PostgresValue(goalID)]
            ).map(Self.contribution)
        }
    }

    @discardableResult
    static func insertContribution(_ link: PostgresLink, _ c: GoalContribution) throws -> Int64 {
        try link.rows(
            """
            INSERT INTO goal_contributions (goal_id, amount, date, source, notes, is_opening)
            VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
            """,
            [
                .int(c.goalID), .int(c.amount.minorUnits), .date(c.date), .text(c.source.rawValue),
                PostgresValue(c.notes), .bool(c.isOpening),
            ])[0].int("id")
    }

    static func fetchContribution(_ link: PostgresLink, id: Int64, userID: Int64) throws -> GoalContribution {
        guard
            let row = try link.rows(
                """
                SELECT c.*, g.currency FROM goal_contributions c JOIN goals g ON g.id = c.goal_id
                WHERE c.id = $1 AND g.user_id = $2
                """, [.int(id), .int(userID)]
            ).first
        else { throw StoreError.notFound("contribution", id) }
        return try contribution(row)
    }

    static func contribution(_ row: PostgresRandomAccessRow) throws(StoreError) -> GoalContribution {
        GoalContribution(
            id: try row.int("id"), goalID: try row.int("goal_id"),
            amount: try row.money("amount", currency: try row.currency("currency")),
            date: try row.date("date"), source: try row.choice("source", as: ContributionSource.self),
            notes: try row.text("notes"), isOpening: try row.bool("is_opening"),
            createdAt: try row.stamp("created_at"))
    }
}
