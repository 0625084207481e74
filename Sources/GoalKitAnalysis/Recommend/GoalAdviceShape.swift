public import GoalKit

/// How a goal's kind and deadline shape its advice, as an adviser would: which money suits
/// which goal. Each shape weighs the ranking score of some types (the months a step saves per
/// unit of difficulty); a type not listed keeps its score. Idle cash sorts before every score
/// (`Recommender.tiers`), and an undated purchase that idle cash pays for whole is told to buy
/// it now (`use_idle_cash`); a goal's priority decides the order goals are served in, so what a
/// higher-priority goal is offered a lower one is not (and `recommend` says so in a note).
public enum GoalAdviceShape: String, Sendable, Hashable, CaseIterable {
    /// An emergency fund: money that must be there when it is needed, so it is built from cash
    /// on hand and from steady monthly savings (cuts, a raised contribution), which recur; a
    /// windfall or a one-off not repeated is irregular, so it follows them, half weight.
    case emergencyFund = "emergency_fund"
    /// A trip at most six months away: few months for a monthly cut to add up, so it is paid
    /// from money that comes at once — a windfall, a one-off not repeated — at double weight; a
    /// change to what the household spends structurally (the benchmarks: housing, food) pays
    /// off too late, at half weight.
    case shortTrip = "short_trip"
    /// Every other goal: the scores as they are.
    case general

    /// A trip whose deadline is at most this many months away is a short one.
    public static let shortDeadlineMonths = 6

    /// The weights, by shape and type (1 when not listed).
    public static let weights: [GoalAdviceShape: [RecommendationType: Double]] = [
        .emergencyFund: [.windfall: 0.5, .spendingSpike: 0.5],
        .shortTrip: [.windfall: 2, .spendingSpike: 2, .aboveBenchmark: 0.5],
    ]

    /// The shape of a goal as of its projection's day.
    public init(_ projection: GoalProjection) {
        switch projection.goal.category {
        case .emergency: self = .emergencyFund
        case .vacation:
            if let months = projection.monthsLeft, months <= Self.shortDeadlineMonths {
                self = .shortTrip
            } else {
                self = .general
            }
        default: self = .general
        }
    }

    /// The weight of a type's score for a goal of this shape.
    public func weight(_ type: RecommendationType) -> Double { Self.weights[self]?[type] ?? 1 }
}
