/// How far a person's label on one expense reaches (`goalkit expenses categorize`).
///
/// A label teaches by default: the categoriser learns from it, and at the next
/// `goalkit categorize` the other lines of the same payee follow it. A label for one line only
/// (`--only-this`) keeps that line's category and teaches nothing.
///
/// The scope is kept in the schema's own columns, no new one: a label is an expense with the
/// category source `user`, and its reason (`category_detail`, what `expenses explain` shows)
/// says which scope it has. A line-only reason begins with `lineOnlyMarker`; the store leaves
/// those labels out of what the categoriser learns from and out of the fingerprint that
/// decides when it retrains. Re-reading a batch keeps a label's reason, so its scope too.
///
/// ```swift
/// LabelScope.payee.detail(category: "Coffee Shops")  // "you labelled it Coffee Shops"
/// LabelScope.line.detail(category: "Business Meals")
/// // "you labelled this line only as Business Meals (it teaches no other line)"
/// ```
public enum LabelScope: String, Sendable, Hashable, CaseIterable {
    /// The label teaches the categoriser: the other lines of its payee follow it.
    case payee
    /// The label is this line's alone: the categoriser does not learn from it.
    case line

    /// The words a line-only label's reason begins with.
    public static let lineOnlyMarker = "you labelled this line only"

    /// The reason stored with a label of this scope.
    public func detail(category: String) -> String {
        switch self {
        case .payee: "you labelled it \(category)"
        case .line: "\(LabelScope.lineOnlyMarker) as \(category) (it teaches no other line)"
        }
    }

    /// The scope of a label by its stored reason.
    public init(detail: String?) {
        self = detail?.hasPrefix(LabelScope.lineOnlyMarker) == true ? .line : .payee
    }
}
