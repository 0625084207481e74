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
    /// Roles a profile turned off (`"none"`): no finder gives them a column.
    var disabled: Set<CSVColumnRole> = []
    /// How many fields a transaction row has (the most common count among the data rows).
    var width = 0
    /// The currency the header or the amounts state for every line, when they state one.
    var statedCurrency: Currency?
    /// Whether each amount's own symbol or code gives its line's currency (several in one file).
    var currencyPerAmount = false
    /// The account the preamble names (an IBAN, an account number).
    var preambleAccount: String?
    /// Whether an account's lines come in several currencies: each goes to `ACCOUNT/CODE`.
    var splitByCurrency = false

    func first(_ role: CSVColumnRole) -> Int? { columns[role]?.first }

    /// A column's name for messages: its header, else its number.
    func name(_ index: Int) -> String {
        if index < header.count, !header[index].trimmed.isEmpty { return "'\(header[index].trimmed)'" }
        return "\(index + 1)"
    }
}
