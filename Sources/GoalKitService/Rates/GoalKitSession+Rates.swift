import Foundation
public import GoalKit
import GoalKitStorage

extension GoalKitSession {
    /// Stores a rate the person gave (`goalkit rates add EUR USD 1.0842 --date 2026-10-31`);
    /// one for the same pair and day replaces it.
    /// - Returns: the rate stored and the one it replaced, if any.
    /// - Throws: `ServiceError` `.usage` for a bad currency or rate.
    public func replaceRate(from: String, to: String, rate: String, date: LocalDate) throws(ServiceError)
        -> (stored: ExchangeRate, replaced: ExchangeRate?)
    {
        let value: ExchangeRate
        do {
            value = try ExchangeRate(from: try Currency(code: from), to: try Currency(code: to), date: date, rate: rate)
        } catch {
            throw ServiceError(.usage, error.description)
        }
        let before = try service { try store.rate(from: value.from, to: value.to, onOrBefore: date) }
        _ = try service { try store.addRates([value]) }
        return (value, before.flatMap { $0.date == date && $0 != value ? $0 : nil })
    }

    /// Stores a rate (see `replaceRate`).
    /// - Throws: `ServiceError` `.usage` for a bad currency or rate.
    public func addRate(from: String, to: String, rate: String, date: LocalDate) throws(ServiceError)
        -> ExchangeRate
    {
        try replaceRate(from: from, to: to, rate: rate, date: date).stored
    }

    /// Stores every rate of a CSV file (see `RateFile`), all or none.
    /// - Throws: `ServiceError` naming the file, the line and the reason; nothing is stored then.
    public func importRates(path: String) throws(ServiceError) -> [ExchangeRate] {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw ServiceError(.io, FileErrorText.message(error, path: path))
        }
        let rates = try RateFile.rates(text, file: path)
        _ = try service { try store.addRates(rates) }
        return rates
    }

    /// Every stored rate.
    /// - Throws: `ServiceError`.
    public func rates() throws(ServiceError) -> [ExchangeRate] {
        try service { try store.rates() }
    }

    /// The latest stored rate from one currency to another on or before a day; never made up.
    /// - Throws: `ServiceError`.
    public func rate(from: Currency, to: Currency, onOrBefore day: LocalDate) throws(ServiceError) -> ExchangeRate? {
        try service { try store.rate(from: from, to: to, onOrBefore: day) }
    }

    /// The latest stored rate of each pair (as given, from → to) on or before a day: what the
    /// advice converts with (`RateTable`).
    /// - Throws: `ServiceError`.
    func latestRates(onOrBefore day: LocalDate) throws(ServiceError) -> [ExchangeRate] {
        var latest: [String: ExchangeRate] = [:]
        for rate in try rates() where rate.date <= day {
            let pair = rate.from.code + rate.to.code
            if let known = latest[pair], known.date >= rate.date { continue }
            latest[pair] = rate
        }
        return latest.values.sorted { ($0.from.code, $0.to.code) < ($1.from.code, $1.to.code) }
    }
}
