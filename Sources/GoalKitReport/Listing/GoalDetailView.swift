public import GoalKit

/// `goal show`: one goal's figures and contributions as text or JSON.
public struct GoalDetailView: Sendable {
    /// The goal.
    public let goal: Goal
    /// Its contributions, oldest first.
    public let contributions: [GoalContribution]
    /// The day the figures are for.
    public let asOf: LocalDate
    /// What must be saved per month to meet the deadline; nil for an ongoing goal.
    public let requiredMonthly: Money?

    /// Creates the view.
    public init(goal: Goal, contributions: [GoalContribution], asOf: LocalDate, requiredMonthly: Money?) {
        self.goal = goal
        self.contributions = contributions
        self.asOf = asOf
        self.requiredMonthly = requiredMonthly
    }

    /// The plain-text page.
    public var text: String {
        let status = goal.isActive ? "active" : "archived"
        var lines = [
            "Goal \(goal.id ?? 0): \(goal.name) (\(goal.category.label), \(goal.priority.rawValue) priority, \(status))"
        ]
        if !goal.description.isEmpty { lines.append("  \(goal.description)") }
        lines.append("Target:         \(goal.targetAmount)")
        lines.append("Saved:          \(goal.currentAmount) (\(Listings.percentText(goal.progressBasisPoints))%)")
        lines.append("Remaining:      \(goal.remainingAmount)")
        lines.append("Started:        \(goal.startDate)")
        if let targetDate = goal.targetDate, let days = goal.daysRemaining(asOf: asOf) {
            let when = days >= 0 ? "\(days) days remaining" : "\(-days) days overdue"
            lines.append("Deadline:       \(targetDate) (\(when) as of \(asOf))")
        } else {
            lines.append("Deadline:       none (ongoing)")
        }
        if let requiredMonthly { lines.append("Needed a month: \(requiredMonthly)") }
        lines.append("")
        lines.append("Contributions (\(contributions.count)):")
        let listing = Listings.contributions(contributions)
        lines.append(
            listing.rendered(as: .table).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n"))
        return lines.joined(separator: "\n")
    }

    /// The JSON object: the goal's columns, `required_monthly_amount` and `contributions`.
    public var json: JSONValue {
        var object: [String: JSONValue] = [:]
        for (column, cell) in zip(Listings.goalColumns, Listings.goalRow(goal, asOf: asOf)) {
            object[column] = cell.jsonValue
        }
        object["description"] = .string(goal.description)
        object["as_of"] = .string(asOf.isoString)
        object["remaining_amount"] = .string(goal.remainingAmount.decimalString)
        object["required_monthly_amount"] = .string(requiredMonthly?.decimalString)
        object["created_at"] = .string(goal.createdAt)
        object["updated_at"] = .string(goal.updatedAt)
        object["contributions"] = Listings.contributions(contributions).jsonValue
        return .object(object)
    }
}
