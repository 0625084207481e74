public import GoalKit
public import GoalKitAnalysis

/// The monthly report: income, spending, net and savings rate; spending by category against
/// the previous month, the three-month average, the budget and the BLS share; the largest
/// expenses and top merchants; recurring charges paid, new and ended; contributions; each
/// goal at month end; uncategorised lines to review.
public enum MonthlyReport {
    /// What the report is built from.
    public struct Input: Sendable {
        public var month: YearMonth
        public var currency: Currency
        /// Expenses of the month and the three before it (at least).
        public var expenses: [ReportExpense]
        /// Budget limits of the month by category name.
        public var limits: [String: Money]
        /// Recurring charges as of the month's last day.
        public var recurring: [RecurringCharge]
        /// Contributions of the month with their goal's name.
        public var contributions: [(goal: String, contribution: GoalContribution)]
        /// Each active goal's projection at the month's last day.
        public var goals: [GoalProjection]
        /// Rates from other currencies to `currency` (the home currency) on or before the
        /// month's last day, by code: only these are converted, never a made-up one.
        public var rates: [String: ExchangeRate] = [:]
        /// The accounts' data horizons: the trend shows no month after the data ends (or
        /// before it begins), and the three-month average divides by the months it covers.
        public var horizon = DataHorizon()

        /// Creates the input.
        public init(
            month: YearMonth, currency: Currency, expenses: [ReportExpense], limits: [String: Money],
            recurring: [RecurringCharge],
            contributions: [(goal: String, contribution: GoalContribution)], goals: [GoalProjection]
        ) {
            self.month = month
            self.currency = currency
            self.expenses = expenses
            self.limits = limits
            self.recurring = recurring
            self.contributions = contributions
            self.goals = goals
        }
    }

    /// Builds the report: a part per currency present (the home currency's first), and the
    /// totals converted to the home currency where a rate is stored.
    /// - Throws: `AmountOverflowError` naming the month and the figure (income, spending, a
    ///   category's spending, a merchant's total, a share) that does not fit in 64-bit minor units.
    public static func build(_ input: Input) throws(AmountOverflowError) -> Report {
        var parts: [Report.Part] = []
        for currency in input.currencies { parts.append(try part(input.only(currency))) }
        let label = "monthly report \(input.month)"
        let converted = try ConvertedTotals.section(
            parts: parts, keys: [("income", "income"), ("spending", "spending"), ("net", "net")],
            home: input.currency, rates: input.rates, label: label)
        return Report(
            kind: "monthly", basename: "monthly-\(input.month)", title: "Monthly report — \(input.month)",
            parameters: ["month": .string(input.month.description), "currency": .string(input.currency.code)],
            parts: parts, combined: converted.map { [$0] } ?? [])
    }

    /// One currency's part: the input holds only what is in `input.currency`.
    static func part(_ input: Input) throws(AmountOverflowError) -> Report.Part {
        let currency = input.currency
        func money(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: currency) }
        let label = "monthly report \(input.month)"
        let flowItems = input.expenses.map {
            CashFlow.Item(
                date: $0.date, amount: $0.amount, category: $0.category, isIncomeCategory: $0.isIncome,
                isTransfer: $0.isTransfer, isUnpairedCardPayment: $0.isUnpairedCardPayment)
        }
        let firstMonth = input.month.adding(months: -5) ?? YearMonth(LocalDate.minimum)
        let flow = try CashFlow(items: flowItems, from: firstMonth, through: input.month, currency: currency)
        let current = flow.months[flow.months.count - 1]
        let rate: Int64 =
            current.income.isPositive
            ? try CheckedAmount.scaled(
                current.net.minorUnits, times: 10_000, over: current.income.minorUnits, rounding: .halfEven,
                "\(label): savings rate")
            : 0
        let inMonth = input.expenses.filter { YearMonth($0.date) == input.month && $0.amount.currency == currency }
        let dataEnd = input.horizon.household(asOf: input.month.lastDay, currency: currency.code)
        let dataBegins = input.horizon.firstDay(currency: currency.code, asOf: input.month.lastDay)
        // A month no statement of the currency covers has no figures: not known is not zero.
        let hasAccounts = input.horizon.accounts.contains { $0.currency == currency.code }
        let before = dataBegins.map { $0 > input.month.lastDay } ?? false
        let uncovered = hasAccounts && (dataEnd < input.month.firstDay || before)
        let uncoveredNote =
            before
            ? "No \(currency.code) statement covers \(input.month): the data begins \(dataBegins.map(\.isoString) ?? "later"). Its figures are not known, not zero."
            : "No \(currency.code) statement covers \(input.month): the data ends \(dataEnd). Its figures are not known, not zero."
        let threeMonths = AveragingWindow(
            months: 3, through: input.month.adding(months: -1), horizon: dataEnd, dataBegins: dataBegins)
        let categoryRows = try Self.categoryRows(input, flow: flow, threeMonths: threeMonths, label: label)
        let categories = Listing(
            columns: [
                "category", "spent", "previous_month", "three_month_average", "budget", "share_percent",
                "bls_group_share_percent",
            ],
            rows: categoryRows)

        // Largest expenses and top merchants.
        let outflows = inMonth.filter { $0.amount.isNegative && !$0.isTransfer }
        let largest = Listing(
            columns: ["date", "payee", "category", "account", "amount"],
            rows:
                outflows
                .sorted { ($0.amount.minorUnits, $0.date, $0.id) < ($1.amount.minorUnits, $1.date, $1.id) }.prefix(10)
                .map {
                    [
                        .date($0.date), .text($0.payee), .text($0.category ?? "Uncategorized"),
                        .text(Report.mask($0.account)), .money($0.amount.magnitude),
                    ]
                })
        let merchants = try Self.merchants(outflows, currency: currency, label: label)

        // Recurring charges.
        let first = input.month.firstDay
        let last = input.month.lastDay
        let recurringRows = input.recurring.compactMap { c -> [ListingCell]? in
            // As of the month's last day: new when the first charge is in the month, paid when
            // the last one is, ended when the charge due in the month did not come.
            let state: String
            if c.firstDate >= first && c.firstDate <= last {
                state = "new"
            } else if c.lastDate >= first {
                state = "paid"
            } else if c.status == .ended && c.nextExpected >= first && c.nextExpected <= last {
                state = "ended"
            } else {
                return nil
            }
            return [
                .text(c.payee), .text(c.cadence.label), .text(state), .money(c.lastAmount), .money(c.monthlyAmount),
                .date(c.lastDate),
            ]
        }.sorted { a, b in
            if case .text(let x) = a[0], case .text(let y) = b[0] { return x < y }
            return false
        }
        let recurring = Listing(
            columns: ["payee", "cadence", "this_month", "last_amount", "monthly_amount", "last_date"],
            rows: recurringRows)

        // Goals.
        let contributionRows = input.contributions.sorted {
            ($0.contribution.date, $0.goal, $0.contribution.id ?? 0) < (
                $1.contribution.date, $1.goal, $1.contribution.id ?? 0
            )
        }
        .map {
            [
                .date($0.contribution.date), .text($0.goal), .text($0.contribution.source.rawValue),
                .money($0.contribution.amount),
            ] as [ListingCell]
        }
        let contributions = Listing(columns: ["date", "goal", "source", "amount"], rows: contributionRows)
        let goalRows = input.goals.map { p -> [ListingCell] in
            [
                .text(p.goal.name), .money(p.goal.targetAmount), .money(p.saved),
                .text(Listings.savedFrom(p, mask: true)), .decimal(Listings.percentText(p.progressBasisPoints)),
                .text(p.status.rawValue), p.requiredMonthly.map { .money($0) } ?? .empty, .money(p.monthlyPace),
            ]
        }
        let goals = Listing(
            columns: [
                "goal", "target", "saved", "saved_from", "progress_percent", "status", "required_monthly",
                "monthly_pace",
            ],
            rows: goalRows)
        let review = Self.review(inMonth)
        // A month after the data ends, or before it begins, is no month of zero: not shown.
        let trendMonths = flow.months.filter { m in
            m.month <= YearMonth(dataEnd) && (dataBegins.map { m.month >= YearMonth($0) } ?? true)
        }
        var trendText: [String] = []
        if trendMonths.last?.month != input.month {
            trendText.append("Months after the data ends (\(dataEnd)) are left out: they are not months of zero.")
        }
        if let begins = dataBegins, trendMonths.first?.month != flow.months.first?.month {
            trendText.append("Months before the data begins (\(begins)) are left out.")
        }
        let trend = Listing(
            columns: ["month", "income", "spending", "card_payments", "net"],
            rows: trendMonths.map {
                [
                    .text($0.month.description), .money($0.income), .money($0.spending), .money($0.cardPayments),
                    .money($0.net),
                ]
            })

        let spendingChart = Chart(
            name: "spending", title: "Spending by category, \(input.month)",
            bars: categoryRows.prefix(10).compactMap { row in
                guard case .text(let name) = row[0], case .money(let m) = row[1], m.isPositive else { return nil }
                return (name, [m.minorUnits])
            }, series: ["Spent"], currency: currency)
        let trendChart = Chart(
            name: "trend", title: "Income and spending, last six months",
            bars: trendMonths.map { ($0.month.description, [$0.income.minorUnits, $0.spending.minorUnits]) },
            series: ["Income", "Spending"], currency: currency)
        let goalChart = Chart(
            name: "goals", title: "Goal progress at month end",
            bars: input.goals.map { ($0.goal.name, [$0.progressBasisPoints]) }, series: ["Progress"],
            percent: true, currency: currency)
        return Report.Part(
            currency: currency,
            summary: [
                ("Income", "income", uncovered ? .empty : .money(current.income)),
                ("Spending", "spending", uncovered ? .empty : .money(current.spending)),
                (
                    "Card payments (card statement not imported)", "card_payments_not_imported",
                    uncovered ? .empty : .money(current.cardPayments)
                ),
                ("Net", "net", uncovered ? .empty : .money(current.net)),
                ("Savings rate (%)", "savings_rate_percent", uncovered ? .empty : .decimal(Listings.percentText(rate))),
                ("Transactions", "transactions", uncovered ? .empty : .int(inMonth.count)),
            ],
            sections: [
                Report.Section(
                    heading: "Spending by category",
                    text: [
                        "Refunds are netted against their category; transfers between your own accounts are left out.",
                        "Three-month average: \(threeMonths).",
                    ] + Self.cardPaymentText(current.cardPayments),
                    table: ("categories", categories), chart: spendingChart),
                Report.Section(heading: "Six-month trend", text: trendText, table: ("trend", trend), chart: trendChart),
                Report.Section(heading: "Largest expenses", table: ("largest", largest)),
                Report.Section(heading: "Top merchants", table: ("merchants", merchants)),
                Report.Section(
                    heading: "Recurring charges", table: ("recurring", recurring),
                    empty: "No recurring charges this month."),
                Report.Section(
                    heading: "Contributions to goals", table: ("contributions", contributions),
                    empty: "No contributions this month."),
                Report.Section(
                    heading: "Goals at month end", table: ("goals", goals), chart: goalChart, empty: "No active goals."),
                Report.Section(
                    heading: "To review", text: Self.reviewText, table: ("uncategorized", review),
                    empty: "Everything is categorised."),
            ], notes: uncovered ? [uncoveredNote] : [])
    }
}
