import GoalKit
import GoalKitAnalysis

/// The recommender fixture in other currencies: lines charged in one, a goal kept in another,
/// and the stored rates between them.
extension RecommenderFixture {
    /// Adds a line charged in a currency.
    mutating func add(
        _ day: String, _ minor: Int64, _ payee: String, _ category: String?, group: String? = nil,
        currency: Currency
    ) {
        add(day, minor, payee, category, group: group)
        items[items.count - 1].amount = Money(minorUnits: minor, currency: currency)
    }

    /// The fixture with every line and the goal in one currency.
    func all(in currency: Currency) -> RecommenderFixture {
        var f = self
        f.items = items.map { item in
            var moved = item
            moved.amount = Money(minorUnits: item.amount.minorUnits, currency: currency)
            return moved
        }
        f.goal.targetAmount = Money(minorUnits: goal.targetAmount.minorUnits, currency: currency)
        f.goal.currentAmount = Money(minorUnits: goal.currentAmount.minorUnits, currency: currency)
        return f
    }

    /// The input with the cash flow in the goal's currency and the given stored rates.
    func input(rates: [ExchangeRate]) throws -> RecommendationInput {
        var input = try input()
        input.cashFlow = try CashFlow(
            items: items.map {
                CashFlow.Item(
                    date: $0.date, amount: $0.amount, category: $0.category, isIncomeCategory: $0.isIncome,
                    isTransfer: $0.isTransfer)
            }, from: YearMonth("2024-01")!, through: YearMonth("2024-06")!, currency: goal.currency)
        input.rates = rates
        return input
    }

    /// A stored rate of 2024-06-30.
    static func rate(_ from: Currency, _ to: Currency, _ text: String) -> ExchangeRate {
        try! ExchangeRate(from: from, to: to, date: LocalDate(iso: "2024-06-30")!, rate: text)
    }
}
