public import GoalKit

/// Money in and out by calendar month: income, spending by category (refunds netted against
/// their category), net, and free cash flow as the median net of recent months, so one bonus
/// or one big bill does not distort it. Transfers between own accounts are left out.
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

        /// Creates an item.
        public init(
            date: LocalDate, amount: Money, category: String?, isIncomeCategory: Bool = false, isTransfer: Bool = false
        ) {
            self.date = date
            self.amount = amount
            self.category = category
            self.isIncomeCategory = isIncomeCategory
            self.isTransfer = isTransfer
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
        /// Income minus spending.
        public var net: Money { Money(minorUnits: income.minorUnits - spending.minorUnits, currency: income.currency) }
    }

    /// The months, oldest first (every month of the range, empty ones included).
    public var months: [Month]
    /// The median net of the months.
    public var freeCashFlow: Money

    /// Builds the cash flow of the months `from` through `through` in one currency.
    public init(items: [Item], from: YearMonth, through: YearMonth, currency: Currency) {
        var months: [Month] = []
        var month = from
        while month <= through {
            months.append(Month(month: month, income: .zero(currency), spending: .zero(currency), byCategory: [:]))
            month = YearMonth(month.firstDay.adding(months: 1))
        }
        let index = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1.month, $0) })
        for item in items where !item.isTransfer && item.amount.currency == currency {
            guard let i = index[YearMonth(item.date)] else { continue }
            let minor = item.amount.minorUnits
            if item.isIncomeCategory || (item.category == nil && minor > 0) {
                months[i].income = Money(minorUnits: months[i].income.minorUnits + minor, currency: currency)
            } else {
                let name = item.category ?? "Uncategorized"
                months[i].spending = Money(minorUnits: months[i].spending.minorUnits - minor, currency: currency)
                let previous = months[i].byCategory[name]?.minorUnits ?? 0
                months[i].byCategory[name] = Money(minorUnits: previous - minor, currency: currency)
            }
        }
        self.months = months
        let nets = months.map(\.net.minorUnits).sorted()
        let median: Int64
        if nets.isEmpty {
            median = 0
        } else if nets.count % 2 == 1 {
            median = nets[nets.count / 2]
        } else {
            let (a, b) = (nets[nets.count / 2 - 1], nets[nets.count / 2])
            median = a / 2 + b / 2 + (a % 2 + b % 2) / 2
        }
        freeCashFlow = Money(minorUnits: median, currency: currency)
    }
}
