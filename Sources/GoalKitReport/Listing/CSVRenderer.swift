import Foundation
import GoalKit

/// Renders a listing as RFC 4180 CSV: a header row, CRLF line ends, money as plain decimals,
/// and text cells a spreadsheet would run as a formula neutralised with a leading `'`.
public enum CSVRenderer {
    static func render(_ listing: Listing) -> String {
        var out = listing.columns.map(field).joined(separator: ",") + "\r\n"
        for row in listing.rows {
            out += row.map(cell).joined(separator: ",") + "\r\n"
        }
        return out
    }

    private static func cell(_ cell: ListingCell) -> String {
        switch cell {
        case .empty: ""
        case .text(let s): field(neutralised(s))
        case .money(let m): m.decimalString
        case .int(let i): String(i)
        case .decimal(let d): d
        case .date(let d): d.isoString
        case .bool(let b): b ? "true" : "false"
        }
    }

    /// Text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return, prefixed with `'`
    /// so spreadsheets show it instead of running it.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        return "=+-@\t\r".unicodeScalars.contains(first) ? "'" + text : text
    }

    /// A field quoted when it holds a comma, a quote or a line break; quotes doubled.
    public static func field(_ text: String) -> String {
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
