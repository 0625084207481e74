public import GoalKit
public import GoalKitAnalysis

/// What a person gives to add a goal; amounts as typed, read in the goal's currency (the home
/// currency unless `currency` names another).
public struct NewGoal: Sendable {
    /// The goal's name.
    public var name: String
    /// The target amount as typed (`3000`, `2,500.50`).
    public var target: String
    /// What it saves for.
    public var category: GoalCategory
    /// How much it matters.
    public var priority: GoalPriority
    /// The deadline, or nil for an ongoing goal.
    public var targetDate: LocalDate?
    /// When saving started; today when nil.
    public var startDate: LocalDate?
    /// Already saved, recorded as an opening contribution.
    public var current: String?
    /// A description.
    public var description: String
    /// The goal's currency as an ISO 4217 code; nil for the home currency.
    public var currency: String?

    /// Creates the input.
    public init(
        name: String, target: String, category: GoalCategory, priority: GoalPriority = .medium,
        targetDate: LocalDate? = nil, startDate: LocalDate? = nil, current: String? = nil,
        description: String = "", currency: String? = nil
    ) {
        self.currency = currency
        self.name = name
        self.target = target
        self.category = category
        self.priority = priority
        self.targetDate = targetDate
        self.startDate = startDate
        self.current = current
        self.description = description
    }
}

/// The fields `goal update` may change; nil leaves a field as it is.
public struct GoalChanges: Sendable {
    public var name: String?
    public var target: String?
    public var category: GoalCategory?
    public var priority: GoalPriority?
    /// `.some(nil)` removes the deadline (an ongoing goal).
    public var targetDate: LocalDate??
    public var startDate: LocalDate?
    public var description: String?
    public var isActive: Bool?
    /// Whether what the goal has saved is its linked account's statement balance.
    public var countsBalance: Bool?

    /// No changes.
    public init() {}
}

/// A goal with what `goal show` prints about it.
public struct GoalDetail: Sendable {
    /// The goal.
    public let goal: Goal
    /// Its contributions, oldest first.
    public let contributions: [GoalContribution]
    /// The day the figures are for.
    public let asOf: LocalDate
    /// The latest statement balance of the goal's account on or before `asOf`, if any.
    public let balance: AccountBalance?

    /// Creates the detail.
    public init(goal: Goal, contributions: [GoalContribution], asOf: LocalDate, balance: AccountBalance? = nil) {
        self.goal = goal
        self.contributions = contributions
        self.asOf = asOf
        self.balance = balance
    }

    /// Days to the deadline; nil for an ongoing goal.
    public var daysRemaining: Int? { goal.daysRemaining(asOf: asOf) }
    /// What must be saved each month from `asOf` to reach the target by the deadline (from what
    /// the projection counts as saved).
    public var requiredMonthly: Money? { projection.requiredMonthly }
    /// Pace, projected completion and status.
    public var projection: GoalProjection {
        GoalProjection(goal: goal, contributions: contributions, asOf: asOf, balance: balance)
    }
}
