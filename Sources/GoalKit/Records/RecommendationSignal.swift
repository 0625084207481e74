/// What one recommendation says to the learning: its type, category and subject, the latest
/// feedback given on it (every row is kept; a recommendation rated three times counts once),
/// whether it was dismissed, and the savings its follow-up measured.
public struct RecommendationSignal: Hashable, Sendable {
    /// The recommendation's type (`cancel_recurring`, ...).
    public var type: String
    /// Its category or area.
    public var category: String
    /// Its subject key (`type:subject`).
    public var key: String
    /// The latest rating (1–5) and helpful flag given, when any.
    public var rating: Int?
    public var wasHelpful: Bool?
    /// Whether it is dismissed: a negative signal, with no rating invented.
    public var dismissed: Bool
    /// The estimated and the measured monthly saving (minor units) once followed up.
    public var estimated: Int64
    public var measured: Int64?

    /// Creates a signal.
    public init(
        type: String, category: String, key: String, rating: Int? = nil, wasHelpful: Bool? = nil,
        dismissed: Bool = false, estimated: Int64 = 0, measured: Int64? = nil
    ) {
        self.type = type
        self.category = category
        self.key = key
        self.rating = rating
        self.wasHelpful = wasHelpful
        self.dismissed = dismissed
        self.estimated = estimated
        self.measured = measured
    }

    /// The subject of its key (after `type:`).
    public var subject: String { String(key.split(separator: ":", maxSplits: 1).last ?? "") }
}
