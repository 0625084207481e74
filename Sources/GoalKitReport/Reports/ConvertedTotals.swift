public import GoalKit

/// Totals over every currency of a report, converted to the home currency at rates the person
/// stored: each currency's row names its rate and its day; a currency without a stored rate is
/// listed unconverted and no total is made (never a made-up rate).
public enum ConvertedTotals {
    /// The section, or nil when the report has one currency.
    /// - Parameters:
    ///   - parts: the report's parts, the home currency's first.
    ///   - keys: the summary figures to convert (`(key, column)`), money cells only.
    ///   - rates: rates to the home currency by code.
    /// - Throws: `AmountOverflowError` naming the figure whose conversion or total overflows.
    public static func section(
        parts: [Report.Part], keys: [(key: String, column: String)], home: Currency, rates: [String: ExchangeRate],
        label: String
    ) throws(AmountOverflowError) -> Report.Section? {
        guard parts.count > 1 else { return nil }
        var totals = [Int128](repeating: 0, count: keys.count)
        var rows: [[ListingCell]] = []
        var missing: [String] = []
        var unconvertible: [String] = []
        for part in parts {
            let code = part.currency.code
            let rate: ExchangeRate? = part.currency == home ? nil : rates[code]
            let figures = keys.map { key in
                part.summary.first { $0.key == key.key }.flatMap { item -> Money? in
                    if case .money(let m) = item.value { return m }
                    return nil
                } ?? .zero(part.currency)
            }
            var converted: [Money?] = []
            for figure in figures {
                if part.currency == home {
                    converted.append(figure)
                } else if let rate {
                    // A rate so large the amount leaves the range converts nothing: said, not thrown.
                    do { converted.append(try rate.convert(figure)) } catch {
                        converted.append(nil)
                        if !unconvertible.contains(code) { unconvertible.append(code) }
                    }
                } else {
                    converted.append(nil)
                }
            }
            if part.currency != home && rate == nil { missing.append(code) }
            for (index, value) in converted.enumerated() { totals[index] += Int128(value?.minorUnits ?? 0) }
            rows.append(
                [.text(code)] + figures.map { .money($0) }
                    + [rate.map { .text($0.text) } ?? .empty, .date(rate?.date)]
                    + converted.map { $0.map { .money($0) } ?? .empty })
        }
        var text = [
            "Each currency's figures converted to \(home.code) at the latest rate you stored on or before the report's day (goalkit rates add)."
        ]
        for code in unconvertible {
            text.append(
                "\(code) at its stored rate gives amounts beyond what can be stored, so no total is made: check the rate (goalkit rates list)."
            )
        }
        if missing.isEmpty && unconvertible.isEmpty {
            var total: [ListingCell] = [.text("Total in \(home.code)")]
            total += keys.map { _ in .empty } + [.empty, .empty]
            for (index, key) in keys.enumerated() {
                total.append(
                    .money(
                        Money(
                            minorUnits: try CheckedAmount.narrow(totals[index], "\(label): \(key.key) in \(home.code)"),
                            currency: home)))
            }
            rows.append(total)
        } else if !missing.isEmpty {
            text.append(
                "No stored rate from \(missing.joined(separator: ", ")) to \(home.code), so no total is made: add one with goalkit rates add \(missing[0]) \(home.code) RATE --date DAY."
            )
        }
        return Report.Section(
            heading: "All currencies in \(home.code)", text: text,
            table: (
                "converted",
                Listing(
                    columns: ["currency"] + keys.map(\.column) + ["rate", "rate_date"]
                        + keys.map { "\($0.column)_\(home.code.lowercased())" },
                    rows: rows)
            ))
    }
}
