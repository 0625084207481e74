import GoalKitStorage

/// Pieces of DDL shared by the migrations.
///
/// Money representation: every money column (`target_amount`, `current_amount`, `amount`,
/// `potential_impact`, budget limits) is an SQLite INTEGER holding exact **minor units** of the
/// row's currency (cents for USD: `1234.50` is stored as `123450`). The currency is the row's
/// own `currency` column (expenses, goals, budgets) or its parent's (contributions and
/// recommendations take their goal's, limits their budget's). The schema's `Decimal(10,2)`
/// range is enforced as `BETWEEN -9999999999 AND 9999999999` minor units, and
/// `typeof(x) = 'integer'` keeps floating-point values out.
///
/// Dates are TEXT `YYYY-MM-DD`, checked with `x IS date(x, '+0 days')` (the modifier makes SQLite 3.40 normalise) so `2012-02-31` is refused.
/// Timestamps are TEXT `YYYY-MM-DD HH:MM:SS.SSS` in UTC.
///
/// Choice lists are `OR` chains, not `IN (...)`: on SQLite 3.40 an `IN` list of more than two
/// items halves bulk-insert speed (DESIGN.md).
enum SQLFragments {
    /// The current UTC time with milliseconds.
    static let now = "(strftime('%Y-%m-%d %H:%M:%f', 'now'))"

    /// A CHECK body limiting a column to a list of values, as an OR chain.
    static func choice(_ column: String, _ values: [String]) -> String {
        "(" + values.map { "\(column) = '\($0)'" }.joined(separator: " OR ") + ")"
    }

    /// A CHECK body for an exact money column within the Decimal(10,2) range.
    static func money(_ column: String, _ extra: String? = nil) -> String {
        var body = "typeof(\(column)) = 'integer' AND \(column) BETWEEN -9999999999 AND 9999999999"
        if let extra { body += " AND \(column) \(extra)" }
        return body
    }

    /// A CHECK body for a `YYYY-MM-DD` date that exists.
    static func date(_ column: String) -> String { "\(column) IS date(\(column), '+0 days')" }

    /// A CHECK body for a boolean stored as 0 or 1.
    static func boolean(_ column: String) -> String { "(\(column) = 0 OR \(column) = 1)" }

    /// A CHECK body for an ISO 4217 code.
    static func currency(_ column: String) -> String {
        "length(\(column)) = 3 AND \(column) = upper(\(column))"
    }

    /// A trigger that sets `updated_at` whenever a row changes without setting it itself.
    static func touchTrigger(_ table: String) -> String {
        """
        CREATE TRIGGER \(table)_touch_updated_at AFTER UPDATE ON \(table)
        FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
        BEGIN
            UPDATE \(table) SET updated_at = \(now) WHERE id = NEW.id;
        END
        """
    }
}
