import Foundation
import GoalKitStorage

/// A CHECK constraint SQLite refused a row with, said in words.
///
/// SQLite reports `CHECK constraint failed: typeof(current_amount) = 'integer' AND …`; the
/// shapes `SQLFragments` writes (money, dates, currencies, booleans, choice lists, lengths)
/// become "goals.current_amount must be a whole number of minor units between …".
struct CheckRule: Sendable, Equatable {
    /// The expression as SQLite printed it.
    let expression: String
    /// The column the expression is about.
    let column: String
    /// What the column must be, in words ("must be a real calendar date (YYYY-MM-DD)").
    let rule: String

    /// Reads SQLite's message; nil when it is not a CHECK failure.
    init?(message: String) {
        let prefix = "CHECK constraint failed: "
        guard let range = message.range(of: prefix) else { return nil }
        self.init(expression: String(message[range.upperBound...]).trimmingCharacters(in: .whitespaces))
    }

    /// Describes an expression of the schema.
    init(expression: String) {
        self.expression = expression
        column = CheckRule.firstColumn(in: expression) ?? "a column"
        rule = CheckRule.words(for: expression, column: column)
    }

    /// The whole sentence, with the table when one table holds the expression.
    func sentence(tables: [String]) -> String {
        let owner = tables.count == 1 ? "\(tables[0])." : ""
        let also = tables.count > 1 ? " (in \(tables.joined(separator: " or ")))" : ""
        return "\(owner)\(column)\(also) \(rule)"
    }

    private static let keywords: Set<String> = ["and", "or", "not", "is", "null", "between", "in", "like", "glob"]

    /// The first name in the expression that is neither a keyword, a function called, nor
    /// inside a string.
    static func firstColumn(in expression: String) -> String? {
        let characters = Array(expression)
        var index = 0
        var inString = false
        while index < characters.count {
            let character = characters[index]
            if character == "'" { inString.toggle() }
            guard !inString, character.isLetter || character == "_" else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isLetter || characters[end].isNumber || characters[end] == "_"
            {
                end += 1
            }
            let word = String(characters[index..<end])
            var next = end
            while next < characters.count, characters[next] == " " { next += 1 }
            let isCall = next < characters.count && characters[next] == "("
            if !isCall, !keywords.contains(word.lowercased()) { return word }
            index = end
        }
        return nil
    }

    static func words(for expression: String, column c: String) -> String {
        if expression.contains("typeof(\(c)) = 'integer'") {
            var text = "must be a whole number of minor units between -99,999,999.99 and 99,999,999.99"
            if expression.hasSuffix("\(c) > 0") { text += " and more than zero" }
            if expression.hasSuffix("\(c) >= 0") { text += " and not negative" }
            return text
        }
        if expression.contains("\(c) IS date(\(c)") { return "must be a real calendar date (YYYY-MM-DD)" }
        if expression.contains("length(\(c)) = 3 AND \(c) = upper(\(c))") {
            return "must be a three-letter ISO 4217 currency code in capitals"
        }
        if expression == "(\(c) = 0 OR \(c) = 1)" { return "must be 0 or 1" }
        if expression.hasPrefix("(\(c) = '") {
            let values = expression.split(separator: "'").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            return "must be one of: " + values.joined(separator: ", ")
        }
        if let match = expression.firstMatch(of: /length\(trim\((\w+)\)\) BETWEEN (\d+) AND (\d+)/) {
            return "must be \(match.2) to \(match.3) characters long, not only spaces"
        }
        if let match = expression.firstMatch(of: /length\((\w+)\) <= (\d+)/) {
            return "must be at most \(match.2) characters long"
        }
        return "breaks the rule \(expression)"
    }
}
