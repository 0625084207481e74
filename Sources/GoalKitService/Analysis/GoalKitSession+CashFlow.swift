public import GoalKit
public import GoalKitAnalysis
import GoalKitReport

extension GoalKitSession {
    /// The whole months a cash flow covers unless told otherwise.
    public static let cashFlowMonths = 6

    /// Cash flow in the home currency over the `months` whole months ending at the data
    /// horizon (`averagingWindow(asOf:months:)`): months after the data ends or before it
    /// begins are left out, not counted as months of zero.
    /// - Throws: `ServiceError`.
    public func cashFlow(asOf: LocalDate, months: Int = GoalKitSession.cashFlowMonths) throws(ServiceError)
        -> CashFlow
    {
        try cashFlow(asOf: asOf, months: months, currency: homeCurrency, horizon: try dataHorizon())
    }

    /// Cash flow per currency the accounts hold (the home currency's first, present even
    /// without lines), each over its own window: money is never added across currencies.
    /// - Throws: `ServiceError`.
    public func cashFlows(asOf: LocalDate, months: Int = GoalKitSession.cashFlowMonths) throws(ServiceError)
        -> [CashFlow]
    {
        let horizon = try dataHorizon()
        let present = horizon.accounts.compactMap { $0.currency.flatMap { Currency.known[$0] } }
        var flows: [CashFlow] = []
        for currency in Report.currencies(home: homeCurrency, present: present) {
            flows.append(try cashFlow(asOf: asOf, months: months, currency: currency, horizon: horizon))
        }
        return flows
    }

    /// One currency's cash flow over its window.
    func cashFlow(asOf: LocalDate, months: Int, currency: Currency, horizon: DataHorizon) throws(ServiceError)
        -> CashFlow
    {
        let window = try averagingWindow(asOf: asOf, months: months, horizon: horizon, currency: currency)
        guard let first = window.firstDay, let last = window.lastDay else {
            return try cashFlow([], window: window, currency: currency)
        }
        return try cashFlow(try reportExpenses(from: first, through: last), window: window, currency: currency)
    }

    /// The household's averaging window as of a day: `months` whole months ending at the
    /// earliest data horizon among the home currency's accounts with lines in the 90 days
    /// before (or at `asOf` when the data reaches it), covered from the day the data begins.
    /// - Throws: `ServiceError`.
    /// - Parameter currency: whose accounts the window follows (default the home currency).
    public func averagingWindow(
        asOf: LocalDate, months: Int, horizon: DataHorizon? = nil, currency: Currency? = nil
    ) throws(ServiceError) -> AveragingWindow {
        let horizons: DataHorizon
        if let horizon { horizons = horizon } else { horizons = try dataHorizon() }
        let code = (currency ?? homeCurrency).code
        return AveragingWindow(
            months: months, endingAt: horizons.household(asOf: asOf, currency: code),
            dataBegins: horizons.firstDay(currency: code, asOf: asOf))
    }

    /// The cash flow of a window's covered months from expenses already read (those outside
    /// them are left out).
    /// - Throws: `ServiceError` (data) when a month's figures overflow 64-bit minor units.
    func cashFlow(_ expenses: [ReportExpense], window: AveragingWindow, currency: Currency? = nil) throws(ServiceError)
        -> CashFlow
    {
        let items = expenses.map { e in
            CashFlow.Item(
                date: e.date, amount: e.amount, category: e.category, isIncomeCategory: e.isIncome,
                isTransfer: e.isTransfer, isUnpairedCardPayment: e.isUnpairedCardPayment)
        }
        return try ServiceError.wrap { try CashFlow(items: items, window: window, currency: currency ?? homeCurrency) }
    }
}
