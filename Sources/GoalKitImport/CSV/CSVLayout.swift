import GoalKit

/// How a CSV file is read: decided once over the whole file (or pinned by a profile).
struct CSVLayout {
    var delimiter: UInt8
    /// Records before this index are preamble (and the header, when there is one).
    var firstDataRecord = 0
    var header: [String] = []
    var columns: [CSVColumnRole: [Int]] = [:]
    var dateOrder = CSVDateOrder.ymd
    var decimalMark = DecimalMark.period
    var useDirection = false
    var invert = false
    var investment = false
    var notes: [ImportWarning] = []

    func first(_ role: CSVColumnRole) -> Int? { columns[role]?.first }

    /// A column's name for messages: its header, else its number.
    func name(_ index: Int) -> String {
        if index < header.count, !header[index].trimmed.isEmpty { return "'\(header[index].trimmed)'" }
        return "\(index + 1)"
    }
}
