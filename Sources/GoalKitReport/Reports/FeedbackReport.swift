public import GoalKit

/// The feedback summary: per recommendation type and category, how many were made,
/// implemented, dismissed and rated; the helpful share; the average rating; estimated against
/// measured savings of implemented ones; and the comments.
public enum FeedbackReport {
    /// One recommendation with its feedback.
    public struct Entry: Sendable {
        public var type: String
        public var category: String
        public var status: String
        public var estimated: Money
        public var measured: Money?
        public var ratings: [Int]
        public var helpful: [Bool]
        public var comments: [String]
        public var title: String

        /// Creates the value.
        public init(
            type: String, category: String, status: String, estimated: Money, measured: Money?, ratings: [Int],
            helpful: [Bool],
            comments: [String], title: String
        ) {
            self.type = type
            self.category = category
            self.status = status
            self.estimated = estimated
            self.measured = measured
            self.ratings = ratings
            self.helpful = helpful
            self.comments = comments
            self.title = title
        }
    }

    /// Builds the report: a part per currency of the recommendations' savings (the home
    /// currency's first, present even when empty).
    /// - Throws: `AmountOverflowError` naming the type and category whose estimated or
    ///   measured savings do not fit in 64-bit minor units.
    public static func build(since: LocalDate, asOf: LocalDate, entries: [Entry], currency: Currency)
        throws(AmountOverflowError) -> Report
    {
        try Report.perCurrency(home: currency, present: entries.map(\.estimated.currency)) {
            code throws(AmountOverflowError) in
            try single(
                since: since, asOf: asOf, entries: entries.filter { $0.estimated.currency == code }, currency: code)
        }
    }

    /// The report of the recommendations whose savings are in one currency.
    static func single(since: LocalDate, asOf: LocalDate, entries: [Entry], currency: Currency)
        throws(AmountOverflowError) -> Report
    {
        let groups = Dictionary(grouping: entries) { "\($0.type)\u{1F}\($0.category)" }
        var rows: [[ListingCell]] = []
        for key in groups.keys.sorted() {
            let items = groups[key]!
            let parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false)
            let ratings = items.flatMap(\.ratings)
            let helpful = items.flatMap(\.helpful)
            let implemented = items.filter { $0.status == "implemented" }
            let measured = implemented.compactMap(\.measured)
            let label = "feedback report \(asOf): \(parts[0]) in \(parts.count > 1 ? parts[1] : "")"
            let estimated = try CheckedAmount.sum(
                implemented.filter { $0.measured != nil }.map(\.estimated.minorUnits), "\(label): estimated savings")
            let measuredTotal = try CheckedAmount.sum(measured.map(\.minorUnits), "\(label): measured savings")
            // Bounded: ratings are 1...5 and flags one each, so `count × 10 000` stays far below
            // `Int.max` for any array that fits in memory.
            rows.append([
                .text(String(parts[0])), .text(String(parts.count > 1 ? parts[1] : "")), .int(items.count),
                .int(implemented.count),
                .int(items.filter { $0.status == "dismissed" }.count), .int(items.filter { !$0.ratings.isEmpty }.count),
                helpful.isEmpty
                    ? .empty
                    : .decimal(
                        Listings.percentText(hundredths(helpful.filter { $0 }.count * 100, over: helpful.count))),
                ratings.isEmpty
                    ? .empty : .decimal(Listings.percentText(hundredths(ratings.reduce(0, +), over: ratings.count))),
                measured.isEmpty ? .empty : .money(Money(minorUnits: estimated, currency: currency)),
                measured.isEmpty
                    ? .empty : .money(Money(minorUnits: measuredTotal, currency: currency)),
            ])
        }
        let comments = entries.flatMap { e in e.comments.filter { !$0.isEmpty }.map { (e.type, e.title, $0) } }
            .sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
            .map { [.text($0.0), .text($0.1), .text($0.2)] as [ListingCell] }
        let allRatings = entries.flatMap(\.ratings)
        return Report(
            kind: "feedback", basename: "feedback-\(asOf)", title: "Recommendation feedback — \(since) to \(asOf)",
            parameters: ["since": .string(since.isoString), "as_of": .string(asOf.isoString)],
            summary: [
                ("Recommendations made", "made", .int(entries.count)),
                ("Implemented", "implemented", .int(entries.filter { $0.status == "implemented" }.count)),
                ("Dismissed", "dismissed", .int(entries.filter { $0.status == "dismissed" }.count)),
                (
                    "Average rating", "average_rating",
                    allRatings.isEmpty
                        ? .empty
                        : .decimal(Listings.percentText(hundredths(allRatings.reduce(0, +), over: allRatings.count)))
                ),
            ],
            sections: [
                Report.Section(
                    heading: "By type and category",
                    text: [
                        "Helpful share and average rating count the latest feedback on each recommendation (every comment is listed); savings compare the estimate with what the expenses showed 60 days after implementing."
                    ],
                    table: (
                        "by_type",
                        Listing(
                            columns: [
                                "type", "category", "made", "implemented", "dismissed", "rated", "helpful_percent",
                                "average_rating", "estimated_monthly", "measured_monthly",
                            ], rows: rows)
                    ),
                    empty: "No recommendations in this period."),
                Report.Section(
                    heading: "Comments",
                    table: ("comments", Listing(columns: ["type", "recommendation", "comment"], rows: comments)),
                    empty: "No comments."),
            ], currency: currency)
    }

    /// `value / count` in hundredths, rounded half to even: ratings 4, 4, 3 average 3.67.
    static func hundredths(_ value: Int, over count: Int) -> Int64 {
        Int64(CheckedAmount.divided(Int128(value) * 100, by: Int128(count), rounding: .halfEven))
    }
}
