import Foundation
public import GoalKit
import GoalKitImport

/// Exchange rates read from a CSV file, in one of two shapes:
///
/// - long: a `date,from,to,rate` row per rate (a header row naming those columns is optional);
/// - the ECB's reference rates (`eurofxref.csv`, `eurofxref-hist.csv`): a `Date` column, then
///   one column per currency of how many units one euro buys (`N/A` and empty cells skipped).
///
/// Dates are `YYYY-MM-DD`, or as the ECB's daily file writes them (`31 October 2026`).
public enum RateFile {
    /// Reads the rates of a file's text.
    /// - Throws: `ServiceError` `.data` naming the file, the line and what is wrong.
    public static func rates(_ text: String, file: String) throws(ServiceError) -> [ExchangeRate] {
        let lines = text.split(whereSeparator: \.isNewline).map { String($0) }
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard let first = lines.first else { throw ServiceError(.data, "\(file): no rates in the file") }
        let header = cells(first).map { $0.lowercased() }
        if header.first == "date", header.count > 1, header.dropFirst().allSatisfy({ $0.count == 3 }) {
            return try wide(lines, header: cells(first), file: file)
        }
        let body = header == ["date", "from", "to", "rate"] ? Array(lines.dropFirst()) : lines
        let offset = body.count == lines.count ? 1 : 2
        var rates: [ExchangeRate] = []
        var seen: [String: (rate: ExchangeRate, line: Int)] = [:]
        for (index, line) in body.enumerated() {
            let row = cells(line)
            let place = "\(file): line \(index + offset)"
            guard row.count == 4 else {
                throw ServiceError(.data, "\(place): expected date,from,to,rate, found \(row.count) cell(s)")
            }
            let value = try rate(row[1], row[2], row[0], row[3], place)
            // Two different rates for one pair and day: which one is meant is not the file's to say.
            let key = "\(value.from.code)\(value.to.code)\(value.date)"
            if let earlier = seen[key], earlier.rate != value {
                throw ServiceError(
                    .data,
                    "\(place): \(value) contradicts line \(earlier.line) (\(earlier.rate.text)); keep one rate per pair and day"
                )
            }
            seen[key] = (value, index + offset)
            rates.append(value)
        }
        if rates.isEmpty { throw ServiceError(.data, "\(file): no rates in the file") }
        return rates
    }

    /// The ECB's shape: from EUR to each column's currency.
    static func wide(_ lines: [String], header: [String], file: String) throws(ServiceError) -> [ExchangeRate] {
        var rates: [ExchangeRate] = []
        for (index, line) in lines.enumerated().dropFirst() {
            let row = cells(line)
            let place = "\(file): line \(index + 1)"
            guard let day = row.first else { continue }
            for (column, value) in zip(header.dropFirst(), row.dropFirst()) where !value.isEmpty && value != "N/A" {
                rates.append(try rate("EUR", column, day, value, "\(place), column \(column)"))
            }
        }
        return rates
    }

    static func rate(_ from: String, _ to: String, _ day: String, _ value: String, _ place: String)
        throws(ServiceError)
        -> ExchangeRate
    {
        guard let date = date(day) else {
            throw ServiceError(.data, "\(place): '\(day)' is not a date (YYYY-MM-DD)")
        }
        do {
            return try ExchangeRate(
                from: try Currency(code: from), to: try Currency(code: to), date: date, rate: value)
        } catch {
            throw ServiceError(.data, "\(place): \(error)")
        }
    }

    /// `2026-10-31`, or a date with a month name as the ECB's daily file writes it
    /// (`31 October 2026`), read as CSV imports read them.
    static func date(_ text: String) -> LocalDate? { LocalDate(iso: text) ?? CSVWrittenDate.date(text) }

    /// A line's comma-separated cells, trimmed (rate files quote nothing).
    static func cells(_ line: String) -> [String] {
        var row = line.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        // The ECB's files end each line with a comma.
        if row.count > 1, row.last == "" { row.removeLast() }
        return row
    }
}
