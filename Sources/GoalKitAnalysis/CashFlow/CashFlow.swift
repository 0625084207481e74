public import GoalKit

/// Money in and out by calendar month: income, spending by category (refunds netted against
/// their category), net, and free cash flow as the median net of recent months, so one bonus
/// or one big bill does not distort it. Transfers between own accounts are left out; a card
/// payment whose card statement is not imported is money out on its own line (`cardPayments`),
/// in no category, and counts in the net.
public struct CashFlow: Hashable, Sendable {
    /// One expense as cash flow sees it.
    public struct Item: Hashable, Sendable {
        public var date: LocalDate
        public var amount: Money
        /// The category's name, or nil when uncategorised.
        public var category: String?
        /// Whether the category holds income (else spending).
        public var isIncomeCategory: Bool
        public var isTransfer: Bool
        /// Whether it pays a card whose statement is not imported (`CardPayment.isUnpaired`):
        /// counted in `Month.cardPayments`, whatever `isTransfer` says.
        public var isUnpairedCardPayment: Bool

        /// Creates an item.
        public init(
            date: LocalDate, amount: Money, category: String?, isIncomeCategory: Bool = false, isTransfer: Bool = false,
            isUnpairedCardPayment: Bool = false
        ) {
            self.date = date
            self.amount = amount
            self.category = category
            self.isIncomeCategory = isIncomeCategory
            self.isTransfer = isTransfer
            self.isUnpairedCardPayment = isUnpairedCardPayment
        }
    }

    /// One month's figures.
    public struct Month: Hashable, Sendable {
        public var month: YearMonth
        /// Money in: income categories, and uncategorised money in.
        public var income: Money
        /// Money out, net of refunds: spending categories and uncategorised money out.
        public var spending: Money
        /// Spending per category (`Uncategorized` for none), refunds netted; by name.
        public var byCategory: [String: Money]
        /// Money paid to cards whose statements are not imported (positive): for spending
        /// GoalKit cannot see, so in no category and not in `spending`.
        public var cardPayments: Money
        /// Income minus spending minus card payments: what the imported accounts kept.
        public var net: Money
    }

    /// The months, oldest first (every month of the range, empty ones included).
    public var months: [Month]
    /// The median net of the months.
    public var freeCashFlow: Money
    /// The months as an averaging window: what a monthly average over them divides by and names.
    public var window: AveragingWindow

    /// Builds the cash flow of the months of a window the data covers, in one currency: a
    /// month after the data horizon or before the data begins is no month of zero, so it is
    /// not one of the months, and the free cash flow is the median of the covered months.
    /// - Throws: `AmountOverflowError` as `init(items:from:through:currency:)`.
    public init(items: [Item], window: AveragingWindow, currency: Currency) throws(AmountOverflowError) {
        guard let first = window.covered.first, let last = window.covered.last else {
            self.init(months: [], freeCashFlow: .zero(currency), window: window)
            return
        }
        try self.init(items: items, from: first, through: last, currency: currency)
        self.window = window
    }

    private init(months: [Month], freeCashFlow: Money, window: AveragingWindow) {
        self.months = months
        self.freeCashFlow = freeCashFlow
        self.window = window
    }

    /// Builds the cash flow of the months `from` through `through` in one currency.
    /// - Throws: `AmountOverflowError` when a month's income, spending, a category's spending
    ///   or the net does not fit in 64-bit minor units (millions of lines at the storage limit).
    public init(items: [Item], from: YearMonth, through: YearMonth, currency: Currency) throws(AmountOverflowError) {
        var months: [Month] = []
        var next: YearMonth? = from
        while let month = next, month <= through {
            months.append(
                Month(
                    month: month, income: .zero(currency), spending: .zero(currency), byCategory: [:],
                    cardPayments: .zero(currency), net: .zero(currency)))
            next = month.adding(months: 1)
        }
        let index = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1.month, $0) })
        // Sums run in 128 bits (no row can overflow them) and are narrowed once per figure.
        var income = [Int128](repeating: 0, count: months.count)
        var spending = [Int128](repeating: 0, count: months.count)
        var byCategory = [[String: Int128]](repeating: [:], count: months.count)
        var cardPayments = [Int128](repeating: 0, count: months.count)
        for item in items where (!item.isTransfer || item.isUnpairedCardPayment) && item.amount.currency == currency {
            guard let i = index[YearMonth(item.date)] else { continue }
            let minor = Int128(item.amount.minorUnits)
            if item.isUnpairedCardPayment {
                cardPayments[i] -= minor
            } else if item.isIncomeCategory || (item.category == nil && minor > 0) {
                income[i] += minor
            } else {
                spending[i] -= minor
                byCategory[i][item.category ?? "Uncategorized", default: 0] -= minor
            }
        }
        for i in months.indices {
            let label = "cash flow \(months[i].month)"
            let received = try CheckedAmount.narrow(income[i], "\(label): income")
            let spent = try CheckedAmount.narrow(spending[i], "\(label): spending")
            let paid = try CheckedAmount.narrow(
                cardPayments[i], "\(label): card payments (card statement not imported)")
            months[i].income = Money(minorUnits: received, currency: currency)
            months[i].spending = Money(minorUnits: spent, currency: currency)
            months[i].cardPayments = Money(minorUnits: paid, currency: currency)
            let net = try CheckedAmount.narrow(
                Int128(received) - Int128(spent) - Int128(paid),
                "\(label): net (income minus spending minus card payments)")
            months[i].net = Money(minorUnits: net, currency: currency)
            for (name, total) in byCategory[i] {
                let minor = try CheckedAmount.narrow(total, "\(label): spending of \(name)")
                months[i].byCategory[name] = Money(minorUnits: minor, currency: currency)
            }
        }
        self.months = months
        window = AveragingWindow(months: months.map(\.month), covered: months.map(\.month))
        freeCashFlow = Money(minorUnits: CashFlow.median(months.map(\.net.minorUnits)), currency: currency)
    }

    /// The median of values; of two middle values their mean rounded half to even
    /// (4,814.01 and 4,814.02 give 4,814.02). The sum is taken in 128 bits, so it cannot
    /// overflow, and the mean lies between the two values, so it fits in 64 bits.
    static func median(_ values: [Int64]) -> Int64 {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        if sorted.count % 2 == 1 { return sorted[sorted.count / 2] }
        let (a, b) = (sorted[sorted.count / 2 - 1], sorted[sorted.count / 2])
        return Int64(CheckedAmount.divided(Int128(a) + Int128(b), by: 2, rounding: .halfEven))
    }
}
