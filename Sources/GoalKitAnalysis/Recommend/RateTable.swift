public import GoalKit

/// The exchange rates a person stored, as the advice converts with them: never a rate made
/// up. Between two currencies it takes the latest stored rate in either direction — a stored
/// `1 EUR = 1.0842 USD` turns EUR into USD by multiplying and USD into EUR by dividing by the
/// same figure — each conversion rounded half to even once, in integers.
public struct RateTable: Hashable, Sendable {
    /// The rates, any order.
    public var rates: [ExchangeRate]

    /// Takes the rates.
    public init(_ rates: [ExchangeRate]) { self.rates = rates }

    /// The rate that links two currencies: the latest stored between them (on a tie the one
    /// written from `from` to `to`), or nil.
    public func rate(from: Currency, to: Currency) -> ExchangeRate? {
        rates.filter { ($0.from == from && $0.to == to) || ($0.from == to && $0.to == from) }
            .max { ($0.date, $0.from == from ? 1 : 0) < ($1.date, $1.from == from ? 1 : 0) }
    }

    /// An amount in another currency, with the rate used; nil without a stored rate. An amount
    /// already in that currency comes back as it is, with no rate.
    /// - Throws: `AmountOverflowError` when the result does not fit in 64-bit minor units.
    public func convert(_ money: Money, to currency: Currency) throws(AmountOverflowError)
        -> (money: Money, rate: ExchangeRate?)?
    {
        if money.currency == currency { return (money, nil) }
        guard let rate = rate(from: money.currency, to: currency) else { return nil }
        return (rate.from == money.currency ? try rate.convert(money) : try rate.convertBack(money), rate)
    }
}
