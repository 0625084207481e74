public import GoalKit
public import GoalKitAnalysis

/// The listings the commands print, one builder per record type; column names are the
/// schema's (they become JSON keys and CSV headers).
public enum Listings {
    /// Users: id, username, email, created_at.
    public static func users(_ users: [User]) -> Listing {
        Listing(
            columns: ["id", "username", "email", "created_at"],
            rows: users.map {
                [.int($0.id ?? 0), .text($0.username), .text($0.email), .text($0.createdAt)]
            })
    }

    /// The columns of a goal listing.
    static let goalColumns = [
        "id", "name", "category", "priority", "target_amount", "current_amount", "saved_as_of", "saved_from",
        "currency",
        "progress_percentage", "start_date", "target_date", "days_remaining", "is_active", "remaining_amount",
        "months_left", "required_monthly_amount", "monthly_pace", "projected_completion", "status",
    ]

    /// Goals with progress, days remaining and their projections: `current_amount` is the
    /// stored total, `saved_as_of` and every figure after it count only contributions dated on
    /// or before the projection's day — or, for a goal counting its account's balance, that
    /// balance, which `saved_from` names with its day.
    public static func goals(_ projections: [GoalProjection]) -> Listing {
        Listing(columns: goalColumns, rows: projections.map(goalRow))
    }

    static func goalRow(_ p: GoalProjection) -> [ListingCell] {
        let goal = p.goal
        let asOf = p.asOf
        return [
            .int(goal.id ?? 0), .text(goal.name), .text(goal.category.rawValue), .text(goal.priority.rawValue),
            .money(goal.targetAmount), .money(goal.currentAmount), .money(p.saved), .text(savedFrom(p)),
            .text(goal.currency.code),
            .decimal(percentText(p.progressBasisPoints)), .date(goal.startDate), .date(goal.targetDate),
            .int(goal.daysRemaining(asOf: asOf)), .bool(goal.isActive), .money(p.remaining), .int(p.monthsLeft),
            p.requiredMonthly.map { .money($0) } ?? .empty, .money(p.monthlyPace), .date(p.projectedCompletion),
            .text(p.status.rawValue),
        ]
    }

    /// Where a projection's saved figure comes from: `contributions`, or `balance of ACCOUNT on
    /// DAY` (the account masked as reports mask it when `mask` is set).
    public static func savedFrom(_ p: GoalProjection, mask: Bool = false) -> String {
        guard let balance = p.countedBalance else { return "contributions" }
        return "balance of \(mask ? Report.mask(balance.account) : balance.account) on \(balance.date)"
    }

    /// Exchange rates: from_currency, to_currency, date, rate.
    public static func rates(_ rates: [ExchangeRate]) -> Listing {
        Listing(
            columns: ["from_currency", "to_currency", "date", "rate"],
            rows: rates.map { [.text($0.from.code), .text($0.to.code), .date($0.date), .text($0.text)] })
    }

    /// Hundredths of a percent as a decimal with two places: `4167` → `41.67`.
    public static func percentText(_ basisPoints: Int64) -> String {
        let sign = basisPoints < 0 ? "-" : ""
        let magnitude = basisPoints.magnitude
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Contributions: id, goal_id, date, amount, currency, source, notes, created_at.
    public static func contributions(_ contributions: [GoalContribution]) -> Listing {
        Listing(
            columns: ["id", "goal_id", "date", "amount", "currency", "source", "notes", "is_opening"],
            rows: contributions.map {
                [
                    .int($0.id ?? 0), .int($0.goalID), .date($0.date), .money($0.amount),
                    .text($0.amount.currency.code),
                    .text($0.source.rawValue), .text($0.notes), .bool($0.isOpening),
                ]
            })
    }

    /// Budgets: id, name, start_date, end_date, currency, limits (count), limit_total.
    /// - Throws: `AmountOverflowError` naming the budget whose limits add up beyond 64 bits.
    public static func budgets(_ budgets: [Budget]) throws(AmountOverflowError) -> Listing {
        Listing(
            columns: ["id", "name", "start_date", "end_date", "currency", "limits", "limit_total"],
            rows: try budgets.map { budget throws(AmountOverflowError) -> [ListingCell] in
                let total = try CheckedAmount.sum(
                    budget.limits.map(\.amount.minorUnits), "budget \(budget.name): limit total")
                return [
                    .int(budget.id ?? 0), .text(budget.name), .date(budget.startDate), .date(budget.endDate),
                    .text(budget.currency.code), .int(budget.limits.count),
                    .money(Money(minorUnits: total, currency: budget.currency)),
                ]
            })
    }

    /// One budget's limits: category_id, category, amount, currency.
    public static func budgetLimits(_ budget: Budget) -> Listing {
        Listing(
            columns: ["category_id", "category", "amount", "currency"],
            rows: budget.limits.map {
                [.int($0.categoryID), .text($0.categoryName), .money($0.amount), .text($0.amount.currency.code)]
            })
    }

    /// Categories: id, name, parent (name), kind, owner (shipped or user).
    public static func categories(_ categories: [Category]) -> Listing {
        let names = Dictionary(
            categories.compactMap { c in c.id.map { ($0, c.name) } }, uniquingKeysWith: { a, _ in a })
        return Listing(
            columns: ["id", "name", "parent", "kind", "shipped"],
            rows: categories.map {
                [
                    .int($0.id ?? 0), .text($0.name), .text($0.parentID.flatMap { names[$0] }), .text($0.kind.rawValue),
                    .bool($0.userID == nil),
                ]
            })
    }
}
