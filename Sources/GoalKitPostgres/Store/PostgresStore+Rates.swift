public import GoalKit
public import GoalKitStorage
import PostgresNIO

extension PostgresStore {
    /// Adds exchange rates, replacing any of the same pair and day.
    /// - Returns: how many it was given.
    @discardableResult
    public func addRates(_ rates: [ExchangeRate]) throws(StoreError) -> Int {
        try write { link in
            for rate in rates {
                try link.execute(
                    """
                    INSERT INTO exchange_rates (from_currency, to_currency, date, rate) VALUES ($1, $2, $3, $4)
                    ON CONFLICT (from_currency, to_currency, date) DO UPDATE SET rate = excluded.rate
                    """, [.text(rate.from.code), .text(rate.to.code), .date(rate.date), .text(rate.text)])
            }
            return rates.count
        }
    }

    /// Every exchange rate, by pair and day.
    public func rates() throws(StoreError) -> [ExchangeRate] {
        try read { link in
            try link.rows("SELECT * FROM exchange_rates ORDER BY from_currency, to_currency, date").map(Self.rate)
        }
    }

    /// The latest rate of a pair on or before a day.
    public func rate(from: Currency, to: Currency, onOrBefore day: LocalDate) throws(StoreError) -> ExchangeRate? {
        try read { link in
            try link.rows(
                """
                SELECT * FROM exchange_rates WHERE from_currency = $1 AND to_currency = $2 AND date <= $3
                ORDER BY date DESC LIMIT 1
                """, [.text(from.code), .text(to.code), .date(day)]
            ).first.map(Self.rate)
        }
    }

    static func rate(_ row: PostgresRandomAccessRow) throws -> ExchangeRate {
        try ExchangeRate(
            from: try row.currency("from_currency"), to: try row.currency("to_currency"), date: try row.date("date"),
            rate: try row.text("rate"))
    }
}
