public import GoalKitAnalysis

/// How category changes are shown: a line of totals, then the largest groups, one line each
/// (`  Starbucks Store: 71 line(s) Restaurants → Coffee Shops`), then how many groups were left
/// out. Names from bank files and people pass through `TextEscaping.visible`.
public enum CategoryChangesView {
    /// The groups shown before the rest are counted in one line.
    public static let defaultLimit = 10

    /// What moved in a run of the categoriser, bounded to `limit` groups.
    ///
    /// ```
    /// What moved: 71 line(s) changed category, 2 newly categorised, 0 lost their category.
    ///   Starbucks Store: 71 line(s) Restaurants → Coffee Shops
    ///   Zorblat Kiosk: 2 line(s) uncategorised → Coffee Shops
    /// ```
    public static func moved(_ changes: CategoryChanges, limit: Int = defaultLimit) -> [String] {
        guard !changes.isEmpty else { return ["Nothing moved: every line kept its category."] }
        return [
            "What moved: \(changes.recategorized) line(s) changed category, \(changes.newlyCategorized) newly "
                + "categorised, \(changes.uncategorized) lost their category."
        ] + groups(changes, limit: limit, payee: true)
    }

    /// One line per group, largest first, and `  and K more group(s) (M line(s))` past `limit`.
    /// - Parameter payee: whether each line names its payee (not when all are of one).
    public static func groups(_ changes: CategoryChanges, limit: Int = defaultLimit, payee: Bool) -> [String] {
        let groups = changes.groups
        var lines = groups.prefix(max(0, limit)).map { group in
            let move = "\(group.count) line(s) \(name(group.from)) → \(name(group.to))"
            return "  " + (payee ? TextEscaping.visible(group.payee) + ": " + move : move)
        }
        if groups.count > limit {
            let rest = groups.dropFirst(max(0, limit))
            lines.append("  and \(rest.count) more group(s) (\(rest.reduce(0) { $0 + $1.count }) line(s))")
        }
        return lines
    }

    /// A category's name as shown; none is `uncategorised`.
    static func name(_ category: String?) -> String { category.map(TextEscaping.visible) ?? "uncategorised" }
}
