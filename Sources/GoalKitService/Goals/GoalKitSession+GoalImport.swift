import Foundation
public import GoalKit
import GoalKitStorage

extension GoalKitSession {
    /// One goal of a goals file.
    struct GoalFileEntry: Decodable {
        var name: String
        var target: String
        var category: String
        var priority: String?
        var startDate: String?
        var targetDate: String?
        var current: String?
        var description: String?
        var account: String?
        var currency: String?
        var countBalance: Bool?

        enum CodingKeys: String, CodingKey {
            case name, target, category, priority, current, description, account, currency
            case countBalance = "count_balance"
            case startDate = "start_date"
            case targetDate = "target_date"
        }
    }

    /// Adds the goals of a JSON file — an array of objects with `name`, `target`, `category`,
    /// and optionally `priority`, `start_date`, `target_date`, `current`, `description`,
    /// `account`, `count_balance` (true: what it has saved is the account's statement balance),
    /// `currency` (ISO 4217, default the home currency) — all of them or none.
    /// - Throws: `ServiceError` naming the file, the goal and the field.
    public func importGoals(path: String, today: LocalDate) throws(ServiceError) -> [Goal] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ServiceError(.noInput, "\(path): error: cannot read the file")
        }
        let entries: [GoalFileEntry]
        do {
            entries = try JSONDecoder().decode([GoalFileEntry].self, from: data)
        } catch {
            throw ServiceError(
                .data, "\(path): error: not a goals file (a JSON array of goals with name, target, category): \(error)")
        }
        var goals: [(goal: Goal, opening: GoalContribution?)] = []
        for (index, entry) in entries.enumerated() {
            func fail(_ error: ServiceError) -> ServiceError {
                ServiceError(error.kind, "\(path): goal \(index + 1) ('\(entry.name)'): \(error.message)")
            }
            if entry.countBalance == true && (entry.account ?? "").isEmpty {
                throw fail(ServiceError(.data, "count_balance needs an account to count the balance of"))
            }
            func date(_ text: String?, _ field: String) throws(ServiceError) -> LocalDate? {
                guard let text else { return nil }
                guard let day = LocalDate(iso: text) else {
                    throw fail(ServiceError(.data, "\(field) '\(text)' is not a date (YYYY-MM-DD)"))
                }
                return day
            }
            do {
                let category = try service { try GoalCategory.parse(entry.category) }
                let priority = try service { try GoalPriority.parse(entry.priority ?? "medium") }
                let start = try date(entry.startDate, "start_date") ?? today
                var goal = Goal(
                    userID: userID, name: entry.name, description: entry.description ?? "",
                    targetAmount: try amount(
                        entry.target, field: "target",
                        currency: try entry.currency.map { code throws(ServiceError) in
                            try service { try Currency(code: code) }
                        }), startDate: start,
                    targetDate: try date(entry.targetDate, "target_date"), category: category, priority: priority)
                goal.account = entry.account
                goal.countsBalance = entry.countBalance ?? false
                try service { try goal.validate() }
                var opening: GoalContribution?
                if let current = entry.current {
                    let money = try amount(current, field: "current", currency: goal.currency)
                    if money.isPositive {
                        opening = GoalContribution.opening(money, start: start)
                        try service { try opening!.validate() }
                    }
                }
                goals.append((goal, opening))
            } catch {
                throw fail(error)
            }
        }
        return try service { try store.addGoals(goals) }
    }
}
