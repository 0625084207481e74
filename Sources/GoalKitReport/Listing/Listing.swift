public import GoalKit

/// A table of records as commands list them, rendered as an aligned text table, CSV or JSON.
///
/// Column names are the JSON keys and CSV headers (the schema's column names); a renderer
/// only formats, it never computes.
public struct Listing: Hashable, Sendable {
    /// Column names, in order.
    public var columns: [String]
    /// Rows of cells, one per column.
    public var rows: [[ListingCell]]

    /// Creates a listing.
    public init(columns: [String], rows: [[ListingCell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The output formats of listings.
    public enum Format: String, Sendable, CaseIterable {
        case table, json, csv
    }

    /// The listing in a format, ending with a newline.
    public func rendered(as format: Format) -> String {
        switch format {
        case .table: TextTableRenderer.render(self)
        case .csv: CSVRenderer.render(self)
        case .json: jsonValue.serialized(pretty: true) + "\n"
        }
    }

    /// The listing as a JSON array of objects keyed by column name.
    public var jsonValue: JSONValue {
        .array(
            rows.map { row in
                var object: [String: JSONValue] = [:]
                for (column, cell) in zip(columns, row) { object[column] = cell.jsonValue }
                return .object(object)
            })
    }
}

extension ListingCell {
    /// The cell as a JSON value: money as a decimal string, dates as `YYYY-MM-DD`.
    public var jsonValue: JSONValue {
        switch self {
        case .empty: .null
        case .text(let s): .string(s)
        case .money(let m): .string(m.decimalString)
        case .int(let i): .int(i)
        case .decimal(let d): .number(d)
        case .date(let d): .string(d.isoString)
        case .bool(let b): .bool(b)
        }
    }
}
