public import GoalKit

/// A report, computed once: its sections (text, tables, charts) and its JSON. Renderers only
/// format it (Markdown, CSV per table, JSON, SVG per chart).
public struct Report: Sendable {
    /// `monthly`, `goals` or `feedback`.
    public var kind: String
    /// The file name stem: `monthly-2026-10`, `goals-2026-10-31`.
    public var basename: String
    /// The title.
    public var title: String
    /// What the report is for (month, as-of day), for JSON.
    public var parameters: [String: JSONValue]
    /// Headline figures, for JSON and the Markdown summary.
    public var summary: [(label: String, key: String, value: ListingCell)]
    /// The sections in order.
    public var sections: [Section]

    /// A part of a report: a heading, sentences, a table, a chart.
    public struct Section: Sendable {
        public var heading: String
        public var text: [String] = []
        /// The table's name (CSV file suffix and JSON key) and its rows.
        public var table: (name: String, listing: Listing)?
        public var chart: Chart?
        /// Shown when the table has no rows.
        public var empty = "Nothing this time."

        /// Creates a section.
        public init(
            heading: String, text: [String] = [], table: (name: String, listing: Listing)? = nil, chart: Chart? = nil,
            empty: String = "Nothing this time."
        ) {
            self.heading = heading
            self.text = text
            self.table = table
            self.chart = chart
            self.empty = empty
        }
    }

    /// The JSON of the report: `schema_version`, the parameters, the summary and every table,
    /// money as decimal strings, keys sorted.
    public var json: JSONValue {
        var tables: [String: JSONValue] = [:]
        for section in sections { if let table = section.table { tables[table.name] = table.listing.jsonValue } }
        var summaryObject: [String: JSONValue] = [:]
        for item in summary { summaryObject[item.key] = item.value.jsonValue }
        return .object([
            "schema_version": .int(1), "report": .string(kind), "title": .string(title),
            "parameters": .object(parameters),
            "summary": .object(summaryObject), "tables": .object(tables),
        ])
    }

    /// An account number shown by its last four characters (`…7788`); a name without a
    /// number in it (`default`, `Savings`) is shown as it is.
    public static func mask(_ account: String) -> String {
        account.count > 4 && account.filter(\.isNumber).count >= 4 ? "…" + account.suffix(4) : account
    }
}

/// A bar chart, written as plain SVG.
///
/// A money chart scales its bars to the largest amount and names its currency (the axis and
/// the title); a percent chart draws progress against its target: the axis ends at 100%, marked
/// `target`, a bar past it is drawn to the axis end and labelled with its real value.
public struct Chart: Sendable {
    /// The file name suffix: `spending` → `monthly-2026-10-spending.svg`.
    public var name: String
    public var title: String
    /// Bars: a label and one or two values (minor units), e.g. income and spending.
    public var bars: [(label: String, values: [Int64])]
    /// Names of the values (a legend when there are two).
    public var series: [String]
    /// Whether values are percentages of a target in hundredths (progress: `10000` is the
    /// target reached), else money in minor units of `currency`.
    public var percent = false
    public var currency: Currency
    /// What the values are measured in, written on the axis: the currency code for money
    /// (`USD`), `% of target` for percentages.
    public var unit: String

    /// Creates a chart.
    /// - Parameter unit: the axis label; by default the currency code, or `% of target`.
    public init(
        name: String, title: String, bars: [(label: String, values: [Int64])], series: [String], percent: Bool = false,
        currency: Currency, unit: String? = nil
    ) {
        self.name = name
        self.title = title
        self.bars = bars
        self.series = series
        self.percent = percent
        self.currency = currency
        self.unit = unit ?? (percent ? "% of target" : currency.code)
    }

    /// The title as shown: a money chart's says its currency (`Spending by category, 2026-10
    /// (USD)`) unless it already does.
    public var heading: String {
        percent || title.contains(currency.code) ? title : "\(title) (\(currency.code))"
    }
}
