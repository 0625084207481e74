public import GoalKit

/// A report, computed once: its sections (text, tables, charts) per currency and its JSON.
/// Renderers only format it (Markdown, CSV per table, JSON, SVG per chart).
///
/// Money is never added across currencies: each currency present has its own part (summary
/// and sections), the home currency's first; `combined` sections hold what is converted at
/// the rates a person stored, each naming its rate.
public struct Report: Sendable {
    /// `monthly`, `goals` or `feedback`.
    public var kind: String
    /// The file name stem: `monthly-2026-10`, `goals-2026-10-31`.
    public var basename: String
    /// The title.
    public var title: String
    /// What the report is for (month, as-of day), for JSON.
    public var parameters: [String: JSONValue]
    /// Sentences a reader must see first (data that stops early, figures that could not be made).
    public var notes: [String] = []
    /// One part per currency, the home currency's first.
    public var parts: [Part]
    /// Sections over every currency at once (totals converted at stored rates), after the parts.
    public var combined: [Section] = []

    /// One currency's figures.
    public struct Part: Sendable {
        /// The currency every amount of the part is in.
        public var currency: Currency
        /// Headline figures, for JSON and the Markdown summary.
        public var summary: [(label: String, key: String, value: ListingCell)]
        /// The sections in order.
        public var sections: [Section]
        /// Sentences about this currency's figures a reader must see first (no data covers the
        /// period, say).
        public var notes: [String] = []

        /// Creates a part.
        public init(
            currency: Currency, summary: [(label: String, key: String, value: ListingCell)], sections: [Section],
            notes: [String] = []
        ) {
            self.notes = notes
            self.currency = currency
            self.summary = summary
            self.sections = sections
        }
    }

    /// Creates a report of several currencies.
    public init(
        kind: String, basename: String, title: String, parameters: [String: JSONValue], parts: [Part],
        combined: [Section] = [], notes: [String] = []
    ) {
        self.kind = kind
        self.basename = basename
        self.title = title
        self.parameters = parameters
        self.parts = parts
        self.combined = combined
        self.notes = notes
    }

    /// Creates a report of one currency.
    public init(
        kind: String, basename: String, title: String, parameters: [String: JSONValue],
        summary: [(label: String, key: String, value: ListingCell)], sections: [Section], currency: Currency
    ) {
        self.init(
            kind: kind, basename: basename, title: title, parameters: parameters,
            parts: [Part(currency: currency, summary: summary, sections: sections)])
    }

    /// The home currency's headline figures (the first part's).
    public var summary: [(label: String, key: String, value: ListingCell)] { parts.first?.summary ?? [] }
    /// Every part's sections in order, then the combined ones.
    public var sections: [Section] { parts.flatMap(\.sections) + combined }
    /// Whether more than one currency is present: file names and money cells then say which.
    public var isMultiCurrency: Bool { parts.count > 1 }

    /// What a part's file names end with: `-EUR` when several currencies are present, else nothing.
    public func suffix(_ part: Part) -> String { isMultiCurrency ? "-\(part.currency.code)" : "" }

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

    /// The JSON of the report (`schema_version` 2): the parameters, the notes, and per
    /// currency its summary and every table (`currencies: {"USD": {summary, tables}}`, the
    /// order in `currency_order`, home first), then the `combined` tables; money as decimal
    /// strings, keys sorted.
    public var json: JSONValue {
        func tables(_ sections: [Section]) -> JSONValue {
            var tables: [String: JSONValue] = [:]
            for section in sections { if let table = section.table { tables[table.name] = table.listing.jsonValue } }
            return .object(tables)
        }
        var currencies: [String: JSONValue] = [:]
        for part in parts {
            var summaryObject: [String: JSONValue] = [:]
            for item in part.summary { summaryObject[item.key] = item.value.jsonValue }
            currencies[part.currency.code] = .object([
                "summary": .object(summaryObject), "tables": tables(part.sections),
                "notes": .array(part.notes.map { .string($0) }),
            ])
        }
        var object: [String: JSONValue] = [
            "schema_version": .int(2), "report": .string(kind), "title": .string(title),
            "parameters": .object(parameters), "notes": .array(notes.map { .string($0) }),
            "currencies": .object(currencies), "currency_order": .array(parts.map { .string($0.currency.code) }),
        ]
        if !combined.isEmpty { object["combined"] = tables(combined) }
        return .object(object)
    }

    /// An account number shown by its last four characters (`…7788`); a name without a
    /// number in it (`default`, `Savings`) is shown as it is.
    public static func mask(_ account: String) -> String {
        AccountName.masked(account)
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
