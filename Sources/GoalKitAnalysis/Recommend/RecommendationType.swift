/// The kinds of advice the recommender gives, each produced only when the data supports it.
public enum RecommendationType: String, Sendable, Hashable, CaseIterable, Codable {
    /// Cancel or downgrade a discretionary recurring charge.
    case cancelRecurring = "cancel_recurring"
    /// A recurring charge whose price went up: downgrade or negotiate.
    case priceIncrease = "price_increase"
    /// Cut a discretionary category to a level the person has reached before.
    case cutCategory = "cut_category"
    /// A one-off spending spike not to repeat.
    case spendingSpike = "spending_spike"
    /// A category well above its US BLS share of spending.
    case aboveBenchmark = "above_benchmark"
    /// Raise the monthly contribution by what free cash flow allows.
    case raiseContribution = "raise_contribution"
    /// Put part of a large one-off inflow toward the goal.
    case windfall
    /// Redirect the money an ended recurring charge freed.
    case redirectEnded = "redirect_ended"
    /// Fund the higher-priority goal first.
    case fundHigherPriority = "fund_higher_priority"
    /// Extend the target date when nothing else closes the gap.
    case extendTargetDate = "extend_target_date"
    /// Stop paying bank fees.
    case stopFees = "stop_fees"
    /// Move cash an account holds beyond the cushion to the goal, once (or buy it now from there).
    case useIdleCash = "use_idle_cash"

    /// Spending beats income, or savings fall month over month: close the deficit before
    /// saving more.
    case closeDeficit = "close_deficit"

    /// Whether it is advice about one recurring charge, its subject the charge's payee (to
    /// cancel, or to negotiate a price rise back).
    public var isAboutOneCharge: Bool { self == .cancelRecurring || self == .priceIncrease }

    /// Whether its saving is arithmetic on money the person already has or is already paid
    /// (a raise, a windfall, redirected money, a date, the deficit the statements show, a balance): what follow-ups measured of behaviour
    /// never discounts it.
    public var isDeterministic: Bool {
        switch self {
        case .raiseContribution, .windfall, .redirectEnded, .fundHigherPriority, .extendTargetDate, .closeDeficit,
            .useIdleCash:
            true
        default: false
        }
    }
}

/// Categories people can cut back without hardship (the 50/30/20 rule's "wants").
public enum DiscretionaryCategories {
    /// Names, lower-cased.
    public static let names: Set<String> = [
        "restaurants", "coffee shops", "food delivery", "entertainment", "streaming & subscriptions",
        "events & tickets",
        "hobbies & games", "fitness", "shopping", "clothing", "electronics & software", "online marketplaces",
        "personal care", "travel", "flights", "lodging", "rideshare & taxi", "gifts & donations",
    ]

    /// Whether a category is discretionary.
    public static func contains(_ category: String?) -> Bool {
        category.map { names.contains($0.lowercased()) } ?? false
    }
}
