public import GoalKit

/// One value in a listing, typed so each renderer can write it its own way.
public enum ListingCell: Hashable, Sendable {
    /// Nothing (JSON `null`, an empty CSV field, `-` in a table).
    case empty
    /// Text.
    case text(String)
    /// An exact amount: grouped in tables, a plain decimal in CSV, a decimal string in JSON.
    case money(Money)
    /// A whole number.
    case int(Int64)
    /// An exact decimal that is not money (a percentage): a number everywhere.
    case decimal(String)
    /// A calendar day, `YYYY-MM-DD` everywhere.
    case date(LocalDate)
    /// Yes or no.
    case bool(Bool)

    /// A text cell, or empty when nil.
    public static func text(_ value: String?) -> ListingCell { value.map { .text($0) } ?? .empty }
    /// A date cell, or empty when nil.
    public static func date(_ value: LocalDate?) -> ListingCell { value.map { .date($0) } ?? .empty }
    /// An integer cell, or empty when nil.
    public static func int(_ value: Int?) -> ListingCell { value.map { .int(Int64($0)) } ?? .empty }

    /// Whether tables right-align it.
    var isNumeric: Bool {
        switch self {
        case .money, .int, .decimal: true
        default: false
        }
    }
}
