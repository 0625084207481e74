public import GoalKit

/// Everything the recommender looks at for one goal, as plain values.
public struct RecommendationInput: Sendable {
    /// One expense.
    public struct Item: Hashable, Sendable {
        public var id: Int64
        public var date: LocalDate
        public var amount: Money
        public var payee: String
        /// The category and its top-level group, when categorised.
        public var category: String?
        public var group: String?
        public var isIncome: Bool
        public var isTransfer: Bool

        /// Creates an item.
        public init(
            id: Int64, date: LocalDate, amount: Money, payee: String, category: String?, group: String?,
            isIncome: Bool = false, isTransfer: Bool = false
        ) {
            self.id = id
            self.date = date
            self.amount = amount
            self.payee = payee
            self.category = category
            self.group = group
            self.isIncome = isIncome
            self.isTransfer = isTransfer
        }
    }

    /// What feedback says about a type: ratings, helpfulness, and measured against estimated savings.
    public struct TypeFeedback: Hashable, Sendable {
        public var ratings: [Int] = []
        public var helpful = 0
        public var unhelpful = 0
        /// Recommendations dismissed with no helpful flag given: a negative signal, no rating.
        public var dismissed = 0
        /// Measured and estimated saving of implemented ones, after their follow-up.
        public var calibration: [FollowUp] = []

        /// What one implemented recommendation was estimated to save a month and what its
        /// follow-up measured, in minor units.
        public struct FollowUp: Hashable, Sendable {
            public var measured: Int64
            public var estimated: Int64

            /// Creates a follow-up.
            public init(measured: Int64, estimated: Int64) {
                self.measured = measured
                self.estimated = estimated
            }

            /// Measured over estimated in basis points (10 000 is as estimated), rounded half to
            /// even; 10 000 when nothing was estimated. A ratio, not money.
            var basisPoints: Int128 {
                estimated == 0
                    ? 10_000
                    : CheckedAmount.divided(Int128(measured) * 10_000, by: Int128(estimated), rounding: .halfEven)
            }
        }

        /// Creates feedback stats.
        public init(
            ratings: [Int] = [], helpful: Int = 0, unhelpful: Int = 0, dismissed: Int = 0, calibration: [FollowUp] = []
        ) {
            self.ratings = ratings
            self.helpful = helpful
            self.unhelpful = unhelpful
            self.dismissed = dismissed
            self.calibration = calibration
        }

        /// The average rating pulled toward 3 by a prior worth five ratings, times the helpful
        /// share (a dismissal counts as not helpful) pulled toward a half, as a weight around 1.
        public var weight: Double {
            let prior = 5.0
            let average = (prior * 3 + Double(ratings.reduce(0, +))) / (prior + Double(ratings.count))
            let helpfulness = (prior * 0.5 + Double(helpful)) / (prior + Double(helpful + unhelpful + dismissed))
            return (average / 3) * (0.5 + helpfulness)
        }

        /// Measured / estimated savings pulled toward 1 by a prior worth two follow-ups, within
        /// 0.25...1.5, as an exact fraction (money is scaled by it with one rounding step, never
        /// through `Double`): `(2 + Σ ratio) / (2 + count)` with each ratio in basis points.
        public var calibrationFactor: (numerator: Int64, denominator: Int64) {
            // Bounded: 2 + count ≤ Int.max / 10 000 for any array in memory; the sum of ratios
            // runs in 128 bits and the clamp brings it within 1.5 × the denominator.
            let denominator = 10_000 * Int128(2 + calibration.count)
            let numerator = calibration.reduce(Int128(20_000)) { $0 + $1.basisPoints }
            let clamped = min(denominator * 3 / 2, max(denominator / 4, numerator))
            return (Int64(clamped), Int64(denominator))
        }
    }

    /// The goal and its projection.
    public var projection: GoalProjection
    /// The person's other active goals with their projections.
    public var otherGoals: [GoalProjection]
    /// Expenses in the window — the cash flow's months, whole months ending at the data
    /// horizon — in the goal's currency: what every monthly figure counts.
    public var items: [Item]
    /// Expenses after the window up to the data horizon (the month not yet whole): only the
    /// windfall step, which looks for one-off money in, sees them; no average counts them.
    public var recentItems: [Item] = []
    /// Recurring charges found in the window.
    public var recurring: [RecurringCharge]
    /// Cash flow of the recent whole months.
    public var cashFlow: CashFlow
    /// How the savings accounts' balances moved over the cash flow's months (nil: not measured).
    public var savings: SavingsDrawdown?
    /// Feedback per type.
    public var feedback: [RecommendationType: TypeFeedback]
    /// Feedback per type and category, and per type and merchant for recurring charges, keyed
    /// by `FeedbackLearning.scopes`: it refines the type's weight.
    public var feedbackByScope: [String: TypeFeedback] = [:]
    /// Keys implemented before whose follow-up measured no saving: offered again, saying so.
    public var unchanged: [String: Unchanged] = [:]
    /// Keys (`type:subject`) not to propose: dismissed in the last 90 days, or already implemented.
    public var excludedKeys: Set<String>
    /// Money other goals' recommendations already count (so no money is counted twice across
    /// goals): their keys, their expenses, and the part of the free cash flow they claim.
    public var claimedKeys: Set<String> = []
    public var claimedExpenses: Set<Int64> = []
    public var claimedSurplus: Int64 = 0
    /// Payees whose recurring advice was dismissed lately: their lines back no other
    /// recommendation of any type until the dismissal period ends.
    public var blockedPayees: Set<String> = []

    /// An implemented recommendation whose follow-up measured no saving.
    public struct Unchanged: Hashable, Sendable {
        /// The day it was marked implemented.
        public var implementedOn: LocalDate
        /// The monthly saving measured (zero: no change).
        public var measured: Money

        /// Creates the value.
        public init(implementedOn: LocalDate, measured: Money) {
            self.implementedOn = implementedOn
            self.measured = measured
        }
    }

    /// The feedback weight a draft ranks by: its type's, refined by its category's and, for a
    /// recurring charge, its merchant's (each pulled toward neutral by its prior).
    public func feedbackWeight(for draft: RecommendationDraft) -> Double {
        let type = feedback[draft.type]?.weight ?? 1
        return FeedbackLearning.scopes(type: draft.type, category: draft.category, subject: draft.subject).reduce(type)
        {
            $0 * (feedbackByScope[$1]?.weight ?? 1)
        }
    }

    /// The latest statement balance of each of the person's accounts on or before the day:
    /// where idle cash is looked for (`IdleCash`).
    public var balances: [AccountBalance] = []
    /// Months of median spending to keep in the accounts before any cash counts as idle (the
    /// person's `cash_cushion_months` setting).
    public var cushionMonths = RecommendationInput.defaultCushionMonths
    /// The cushion when the person has not set one: three months of median spending.
    public static let defaultCushionMonths = 3
    /// Minor units of each account's idle cash that other goals' offers already claim, by account.
    public var claimedBalances: [String: Int64] = [:]

    /// The exchange rates stored on or before the day: what converts a recurring charge in
    /// another currency and the US spending benchmarks into the goal's currency (see
    /// `RateTable`). Without one, that advice is left out with a note.
    public var rates: [ExchangeRate] = []

    /// Creates the input.
    public init(
        projection: GoalProjection, otherGoals: [GoalProjection], items: [Item], recurring: [RecurringCharge],
        cashFlow: CashFlow, feedback: [RecommendationType: TypeFeedback], excludedKeys: Set<String>
    ) {
        self.projection = projection
        self.otherGoals = otherGoals
        self.items = items
        self.recurring = recurring
        self.cashFlow = cashFlow
        self.feedback = feedback
        self.excludedKeys = excludedKeys
    }
}
