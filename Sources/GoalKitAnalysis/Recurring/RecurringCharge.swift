public import GoalKit

/// A stream of charges from one payee at a steady cadence.
public struct RecurringCharge: Hashable, Sendable {
    /// A price change between two charges.
    public struct PriceChange: Hashable, Sendable {
        /// The day of the first charge at the new price.
        public var date: LocalDate
        /// The price before and after (magnitudes).
        public var from: Money
        public var to: Money
    }

    /// Active while the next charge is not overdue by more than half a cycle (at least a week)
    /// within the data horizon of its account; else ended.
    public enum Status: String, Sendable, Hashable {
        case active, ended
    }

    /// The normalised payee.
    public var payee: String
    /// The account charged.
    public var account: String
    /// How often.
    public var cadence: Cadence
    /// How many charges.
    public var count: Int
    /// The average charge (magnitude), rounded half to even to the minor unit.
    public var averageAmount: Money
    /// The last charge (magnitude).
    public var lastAmount: Money
    /// The first and last charge days.
    public var firstDate: LocalDate
    public var lastDate: LocalDate
    /// When the next charge is expected.
    public var nextExpected: LocalDate
    /// Active or ended.
    public var status: Status
    /// Price changes, oldest first.
    public var priceChanges: [PriceChange]
    /// The expenses of the stream.
    public var expenseIDs: [Int64]
    /// The category of the latest charge, when it has one.
    public var category: String?
    /// Whether the amount varies from charge to charge within a band (a utility bill), so the
    /// average, not the last amount, is what it costs.
    public var isVariable: Bool

    /// Creates a charge (the detector finds them; tests and apps may build one).
    public init(
        payee: String, account: String, cadence: Cadence, count: Int, averageAmount: Money, lastAmount: Money,
        firstDate: LocalDate, lastDate: LocalDate, nextExpected: LocalDate, status: Status,
        priceChanges: [PriceChange], expenseIDs: [Int64], category: String?, isVariable: Bool = false
    ) {
        self.isVariable = isVariable
        self.payee = payee
        self.account = account
        self.cadence = cadence
        self.count = count
        self.averageAmount = averageAmount
        self.lastAmount = lastAmount
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.nextExpected = nextExpected
        self.status = status
        self.priceChanges = priceChanges
        self.expenseIDs = expenseIDs
        self.category = category
    }

    /// The charge per month at the last price, or at the average for a variable bill (for
    /// budgets and recommendations).
    public var monthlyAmount: Money {
        let amount = isVariable ? averageAmount : lastAmount
        return Money(minorUnits: cadence.monthly(amount.minorUnits), currency: amount.currency)
    }
}
