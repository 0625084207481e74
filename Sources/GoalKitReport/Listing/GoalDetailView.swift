public import GoalKit
public import GoalKitAnalysis

/// `goal show`: one goal's figures and contributions as text or JSON.
public struct GoalDetailView: Sendable {
    /// The goal.
    public let goal: Goal
    /// Its contributions dated on or before `asOf`, oldest first.
    public let contributions: [GoalContribution]
    /// How many contributions are dated after `asOf` (not counted in any figure).
    public let laterCount: Int
    /// The day the figures are for.
    public let asOf: LocalDate
    /// Pace, projected completion and status.
    public let projection: GoalProjection
    /// What must be saved per month to meet the deadline; nil for an ongoing goal.
    public var requiredMonthly: Money? { projection.requiredMonthly }

    /// Creates the view.
    public init(projection: GoalProjection, contributions: [GoalContribution]) {
        self.goal = projection.goal
        self.contributions = contributions.filter { $0.date <= projection.asOf }
        self.laterCount = contributions.count - self.contributions.count
        self.asOf = projection.asOf
        self.projection = projection
    }

    /// The plain-text page.
    public var text: String {
        let status = goal.isActive ? "active" : "archived"
        var lines = [
            "Goal \(goal.id ?? 0): \(TextEscaping.visible(goal.name)) (\(goal.category.label), \(goal.priority.rawValue) priority, \(status))"
        ]
        if !goal.description.isEmpty { lines.append("  \(TextEscaping.visible(goal.description))") }
        lines.append("Target:         \(goal.targetAmount)")
        lines.append(
            "Saved:          \(projection.saved) (\(Listings.percentText(projection.progressBasisPoints))%) as of \(asOf)"
        )
        if let balance = projection.countedBalance {
            lines.append(
                "                the balance of account \(TextEscaping.visible(balance.account)) on \(balance.date)")
            lines.append("Contributed:    \(goal.currentAmount) (transfers into the account, already in its balance)")
        } else {
            if goal.countsBalance {
                lines.append(
                    "                the contributions: no balance of account \(TextEscaping.visible(goal.account ?? "")) in \(goal.currency.code) on or before \(asOf) is stored"
                )
            }
            if projection.saved != goal.currentAmount { lines.append("Saved in all:   \(goal.currentAmount)") }
        }
        lines.append("Remaining:      \(projection.remaining)")
        lines.append("Started:        \(goal.startDate)")
        if let targetDate = goal.targetDate, let days = goal.daysRemaining(asOf: asOf) {
            let when = days >= 0 ? "\(days) days remaining" : "\(-days) days overdue"
            lines.append("Deadline:       \(targetDate) (\(when) as of \(asOf))")
        } else {
            lines.append("Deadline:       none (ongoing)")
        }
        if let requiredMonthly { lines.append("Needed a month: \(requiredMonthly)") }
        lines.append("Pace (90 days): \(projection.monthlyPace) a month")
        if let completion = projection.projectedCompletion {
            lines.append("Projected:      \(completion) at this pace")
        } else {
            lines.append("Projected:      never at this pace (no contributions in 90 days)")
        }
        lines.append("Status:         \(projection.status.label)")
        lines.append("")
        let later = laterCount > 0 ? "; \(laterCount) dated after \(asOf) not counted" : ""
        lines.append("Contributions (\(contributions.count)\(later)):")
        let listing = Listings.contributions(contributions)
        lines.append(
            listing.rendered(as: .table).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n"))
        return lines.joined(separator: "\n")
    }

    /// The JSON object: the goal's columns, `required_monthly_amount` and `contributions`.
    public var json: JSONValue {
        var object: [String: JSONValue] = [:]
        for (column, cell) in zip(Listings.goalColumns, Listings.goalRow(projection)) {
            object[column] = cell.jsonValue
        }
        object["description"] = .string(goal.description)
        object["as_of"] = .string(asOf.isoString)
        object["created_at"] = .string(goal.createdAt)
        object["updated_at"] = .string(goal.updatedAt)
        object["contributions"] = Listings.contributions(contributions).jsonValue
        object["later_contributions"] = .int(laterCount)
        object["account"] = goal.account.map { .string($0) } ?? .null
        object["counts_balance"] = .bool(goal.countsBalance)
        object["counted_balance"] =
            projection.countedBalance.map {
                .object([
                    "account": .string($0.account), "date": .string($0.date.isoString),
                    "amount": .string($0.amount.decimalString), "currency": .string($0.amount.currency.code),
                ])
            } ?? .null
        return .object(object)
    }
}
