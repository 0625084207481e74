import GRDB
public import GoalKit
public import GoalKitStorage

extension GoalKitStore {
    /// Stores exchange rates the person gave, all or none; a rate for the same pair and day
    /// replaces the one stored.
    /// - Returns: how many were stored.
    /// - Throws: `StoreError`.
    @discardableResult
    public func addRates(_ rates: [ExchangeRate]) throws(StoreError) -> Int {
        try write { db in
            for rate in rates {
                try db.execute(
                    sql: """
                        INSERT INTO exchange_rates(from_currency, to_currency, date, rate) VALUES (?, ?, ?, ?)
                        ON CONFLICT(from_currency, to_currency, date) DO UPDATE SET rate = excluded.rate
                        """, arguments: [rate.from.code, rate.to.code, rate.date.isoString, rate.text])
            }
            return rates.count
        }
    }

    /// Every stored rate, by pair and day.
    /// - Throws: `StoreError`.
    public func rates() throws(StoreError) -> [ExchangeRate] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM exchange_rates ORDER BY from_currency, to_currency, date")
                .map(Self.rate)
        }
    }

    /// The latest rate from one currency to another dated on or before a day, if any.
    /// - Throws: `StoreError`.
    public func rate(from: Currency, to: Currency, onOrBefore day: LocalDate) throws(StoreError) -> ExchangeRate? {
        try read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT * FROM exchange_rates WHERE from_currency = ? AND to_currency = ? AND date <= ?
                    ORDER BY date DESC LIMIT 1
                    """, arguments: [from.code, to.code, day.isoString]
            ).map(Self.rate)
        }
    }

    static func rate(_ row: Row) throws -> ExchangeRate {
        try ExchangeRate(
            from: try row.currency("from_currency"), to: try row.currency("to_currency"), date: try row.date("date"),
            rate: row["rate"])
    }
}
