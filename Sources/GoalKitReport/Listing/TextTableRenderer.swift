import Foundation
import GoalKit

/// Renders a listing as an aligned plain-text table for a terminal; text shows its control
/// characters as `\xNN` (see `TextEscaping`), so a cell can neither move the cursor nor fake a row.
enum TextTableRenderer {
    static func render(_ listing: Listing) -> String {
        if listing.rows.isEmpty { return "(none)\n" }
        let texts = listing.rows.map { $0.map(text) }
        var widths = listing.columns.map(\.count)
        for row in texts {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        var out = line(listing.columns, widths: widths, numeric: listing.columns.map { _ in false })
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for (row, cells) in zip(texts, listing.rows) {
            out += line(row, widths: widths, numeric: cells.map(\.isNumeric))
        }
        return out
    }

    private static func line(_ cells: [String], widths: [Int], numeric: [Bool]) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let pad = String(repeating: " ", count: max(0, widths[index] - cell.count))
            parts.append(numeric[index] ? pad + cell : cell + pad)
        }
        var result = parts.joined(separator: "  ")
        while result.hasSuffix(" ") { result.removeLast() }
        return result + "\n"
    }

    private static func text(_ cell: ListingCell) -> String {
        switch cell {
        case .empty: "-"
        case .text(let s): TextEscaping.visible(s)
        case .money(let m): m.formatted()
        case .int(let i): String(i)
        case .decimal(let d): d
        case .date(let d): d.isoString
        case .bool(let b): b ? "yes" : "no"
        }
    }
}
