/// The data rows detection looks at, with what it asks of a column: its values and how
/// full it is.
struct CSVColumnSample {
    let rows: [[String]]

    /// The widest row's field count.
    var width: Int { rows.map(\.count).max() ?? 0 }

    /// The column's trimmed, non-empty values.
    func values(_ column: Int) -> [String] {
        rows.map { column < $0.count ? $0[column].trimmed : "" }.filter { !$0.isEmpty }
    }

    /// The share of rows with a value in the column.
    func filled(_ column: Int) -> Double {
        rows.isEmpty ? 0 : Double(values(column).count) / Double(rows.count)
    }

    /// The average length of the column's text per row, in thousandths.
    func textWeight(_ column: Int) -> Int {
        values(column).reduce(0) { $0 + $1.count } * 1000 / max(1, rows.count)
    }
}
