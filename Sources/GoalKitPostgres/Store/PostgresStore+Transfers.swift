public import GoalKit
public import GoalKitStorage
import PostgresNIO

extension PostgresStore {
    /// Calls `body` with every line of the user's in the days, by date, for transfer matching.
    public func forEachTransferCandidate(
        userID: Int64, from: LocalDate, through: LocalDate,
        _ body: (
            _ id: Int64, _ account: String, _ day: Int, _ minor: Int64, _ currency: String, _ text: String,
            _ transferCategory: Bool
        ) -> Void
    ) throws(StoreError) {
        try read { link in try Self.forEachTransferCandidate(link, userID: userID, from: from, through: through, body) }
    }

    static func forEachTransferCandidate(
        _ link: PostgresLink, userID: Int64, from: LocalDate, through: LocalDate,
        _ body: (
            _ id: Int64, _ account: String, _ day: Int, _ minor: Int64, _ currency: String, _ text: String,
            _ transferCategory: Bool
        ) -> Void
    ) throws {
        let rows = try link.rows(
            """
            SELECT e.id, e.account, e.date, e.amount, e.currency, e.payee_raw || ' ' || e.memo AS text,
                   c.kind IS NOT DISTINCT FROM 'transfer' AS transfer
            FROM expenses e LEFT JOIN categories c ON c.id = e.category_id
            WHERE e.user_id = $1 AND e.date BETWEEN $2 AND $3 ORDER BY e.date, e.id
            """, [.int(userID), .date(from), .date(through)])
        for row in rows {
            body(
                try row.value(0), try row.value(1), (try row.value(2, as: LocalDate.self)).daysSinceEpoch,
                try row.value(3), try row.value(4), try row.value(5), try row.value(6))
        }
    }

    /// Marks the transfers and pairs found in the days (clearing earlier marks there), then
    /// records transfers into goal accounts as contributions.
    /// - Returns: how many contributions that recorded.
    public func markTransfers(
        userID: Int64, from: LocalDate, through: LocalDate, transfers: Set<Int64>,
        pairs: [(Int64, Int64)]
    ) throws(StoreError) -> Int {
        try write { link in
            try Self.markTransfers(
                link, userID: userID, from: from, through: through, transfers: transfers, pairs: pairs)
        }
    }

    static func markTransfers(
        _ link: PostgresLink, userID: Int64, from: LocalDate, through: LocalDate, transfers: Set<Int64>,
        pairs: [(Int64, Int64)]
    ) throws -> Int {
        try link.execute(
            """
            UPDATE expenses SET is_transfer = false, transfer_expense_id = NULL
            WHERE user_id = $1 AND date BETWEEN $2 AND $3 AND (is_transfer OR transfer_expense_id IS NOT NULL)
            """, [.int(userID), .date(from), .date(through)])
        try link.execute(
            "UPDATE expenses SET is_transfer = true WHERE id = ANY($1) AND user_id = $2",
            [.ints(Array(transfers)), .int(userID)])
        let outs = pairs.map(\.0) + pairs.map(\.1)
        let intos = pairs.map(\.1) + pairs.map(\.0)
        try link.execute(
            """
            UPDATE expenses e SET transfer_expense_id = p.other
            FROM unnest($1::bigint[], $2::bigint[]) AS p(id, other)
            WHERE e.id = p.id AND e.user_id = $3
            """, [.ints(outs), .ints(intos), .int(userID)])
        return try Self.recordTransferContributions(link, userID: userID)
    }

    /// Whether the user has an active goal saved in an account of theirs.
    public func hasLinkedGoals(userID: Int64) throws(StoreError) -> Bool {
        try read { link in try Self.hasLinkedGoals(link, userID: userID) }
    }

    static func hasLinkedGoals(_ link: PostgresLink, userID: Int64) throws -> Bool {
        try link.rows(
            "SELECT EXISTS (SELECT 1 FROM goals WHERE user_id = $1 AND account IS NOT NULL AND is_active) AS e",
            [.int(userID)])[0].bool("e")
    }

    /// Records each transfer into an active goal's account (on or after its start) as a
    /// contribution, once.
    /// - Returns: how many it recorded.
    public func recordTransferContributions(userID: Int64) throws(StoreError) -> Int {
        try write { link in try Self.recordTransferContributions(link, userID: userID) }
    }

    static func recordTransferContributions(_ link: PostgresLink, userID: Int64) throws -> Int {
        try link.execute(
            """
            INSERT INTO goal_contributions (goal_id, amount, date, source, notes, expense_id)
            SELECT DISTINCT ON (e.id) g.id, e.amount, e.date, 'savings',
                   'Transfer into ' || e.account || ': ' || e.payee_raw, e.id
            FROM expenses e JOIN goals g
                ON g.user_id = e.user_id AND g.account = e.account AND g.currency = e.currency AND g.is_active
            WHERE e.user_id = $1 AND e.is_transfer AND e.amount > 0 AND e.date >= g.start_date
              AND NOT EXISTS (SELECT 1 FROM goal_contributions c WHERE c.expense_id = e.id)
            ORDER BY e.id, g.id
            """, [.int(userID)])
    }
}
