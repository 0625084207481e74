import GoalKit

/// A recurring charge as the advice for one goal counts it: what it costs a month, and what
/// its latest price rise adds, in the goal's currency — converted with a stored rate when the
/// charge is in another currency (`RateTable`).
struct PricedCharge {
    /// The charge.
    let charge: RecurringCharge
    /// What it costs a month, in the goal's currency.
    let monthly: Money
    /// The rate that converted it; nil when it is in the goal's currency.
    let rate: ExchangeRate?
    /// The latest price rise within 180 days of the day (`Recommender.Builder.riseDays`), and
    /// what it adds a month in the goal's currency.
    let rise: (change: RecurringCharge.PriceChange, monthly: Money)?

    /// The payee.
    var payee: String { charge.payee }

    /// "22.99 USD monthly — 22.99 USD a month", or with a rate "49.90 EUR monthly — 54.10 USD a
    /// month at the stored rate 1 EUR = 1.0842 USD on 2026-10-30".
    var priceText: String {
        "\(charge.lastAmount) \(charge.cadence.label) — \(monthly) a month"
            + (rate.map { " at the stored rate \($0)" } ?? "")
    }

    /// "up from 15.49 to 22.99 USD on 2026-07-05", or nil without a rise.
    var riseFragment: String? {
        rise.map { "up from \($0.change.from.formatted()) to \($0.change.to) on \($0.change.date)" }
    }

    /// "Its price went up from 15.49 to 22.99 USD on 2026-07-05.", or nil without a rise.
    var riseText: String? { riseFragment.map { "Its price went \($0)." } }
}
