import GoalKit

/// Rows whose amount carries a sign that its direction column contradicts (`-10.00` beside
/// `C`): the direction decides, and the rows are told as one question at the end.
struct CSVSignContradictions {
    var lines: [Int] = []
    var count = 0

    mutating func check(_ fields: [String], _ columns: CSVColumns, line: Int) {
        guard let amount = columns.amount, let direction = columns.direction, amount < fields.count,
            direction < fields.count, let sign = CSVDirection.sign(fields[direction])
        else { return }
        let text = fields[amount].trimmed
        let negative = text.hasPrefix("-") || text.hasSuffix("-") || text.hasPrefix("(") || text.hasPrefix("\u{2212}")
        let positive = text.hasPrefix("+")
        guard (negative && sign > 0) || (positive && sign < 0) else { return }
        count += 1
        if lines.count < 5 { lines.append(line) }
    }

    /// The question, when any row contradicted its direction.
    func question(_ layout: CSVLayout) -> ImportWarning? {
        guard count > 0, let column = layout.first(.direction) else { return nil }
        let named = lines.map(String.init).joined(separator: ", ") + (count > lines.count ? ", ..." : "")
        return ImportWarning(
            line: lines.first,
            message: """
                question: on \(count) line(s) (\(named)) the amount's own sign contradicts column \(layout.name(column)); \
                the direction column was followed; a profile with direction_column "none" (--direction-column none) \
                reads the signs as written instead
                """)
    }
}
