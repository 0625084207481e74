public import GoalKit

/// Exchange rates the user gave.
///
/// Every call is one transaction; ids of another user are not found.
public protocol RateRepository {

    func addRates(_ rates: [ExchangeRate]) throws(StoreError) -> Int

    /// Every stored rate, by pair and day.
    /// - Throws: `StoreError`.
    func rates() throws(StoreError) -> [ExchangeRate]

    /// The latest rate from one currency to another dated on or before a day, if any.
    /// - Throws: `StoreError`.
    func rate(from: Currency, to: Currency, onOrBefore day: LocalDate) throws(StoreError) -> ExchangeRate?
}
