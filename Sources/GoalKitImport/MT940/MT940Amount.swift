import Foundation
import GoalKit

/// An MT940 amount (SWIFT `15d`): digits with one decimal comma, no sign, no grouping
/// (`1234,56`, `1234,`, `,5`). The D/C mark before it gives the sign.
///
/// A decimal point in the comma's place (`1234.56`, written by some bank exports) is read as
/// the decimal mark it plainly is, and said: a grouping separator never appears in MT940, so
/// `1.000` is one unit, not a thousand.
struct MT940Amount {
    /// The amount as written.
    var text: String
    /// The amount, never negative.
    var money: Money
    /// Whether the text used `.` where MT940 writes `,`.
    var usesPoint: Bool

    /// How many characters at the start of `chars` belong to an amount: digits, `,` and `.`.
    /// What follows is the transaction type of a `:61:` line (N, F or S and three characters).
    static func length(in chars: ArraySlice<Character>) -> Int {
        chars.prefix { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }.count
    }

    /// Reads an amount.
    /// - Throws: `ValueProblem` naming the reason (empty, two marks, a sign, too large).
    static func read(_ text: String, currency: Currency) throws(ValueProblem) -> MT940Amount {
        let marks = text.filter { $0 == "," || $0 == "." }
        guard text.contains(where: \.isNumber) else { throw ValueProblem("no digits") }
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }) else {
            throw ValueProblem("only digits and one decimal comma are allowed")
        }
        guard marks.count <= 1 else { throw ValueProblem("more than one decimal mark") }
        let usesPoint = marks == "."
        // `1.234` in a currency of two decimals: a thousand times more as grouping than as a
        // rounded decimal, and MT940 writes neither: asked, not guessed.
        if usesPoint, currency.exponent != 3, let point = text.firstIndex(of: "."),
            text[text.index(after: point)...].count == 3
        {
            throw ValueProblem(
                """
                question: '\(text)' has three digits after a decimal point, where MT940 writes a decimal comma and \
                \(currency.code) has \(currency.exponent) decimals: it may be \(text.replacingOccurrences(of: ".", with: "")) \
                or \(text) rounded; the bank's export should be checked (a decimal comma settles it)
                """)
        }
        do {
            let parsed = try Money.parse(
                text, currency: currency, decimalMark: usesPoint ? .period : .comma, excessDecimals: .roundHalfEven)
            return MT940Amount(text: text, money: parsed.money, usesPoint: usesPoint)
        } catch {
            throw ValueProblem(error.reason)
        }
    }

    /// The amount with the sign of its D/C mark; `nil` when it has no negative (never for an
    /// amount read here, whose magnitude is at most `Int64.max`).
    func signed(negative: Bool) -> Money? {
        guard negative else { return money }
        let (value, overflow) = Int64(0).subtractingReportingOverflow(money.minorUnits)
        return overflow ? nil : Money(minorUnits: value, currency: money.currency)
    }

    /// The warning a decimal point earns.
    func pointWarning(line: Int, field: String) -> ImportWarning? {
        guard usesPoint else { return nil }
        return ImportWarning(
            line: line,
            message: "the amount '\(text)' in :\(field): is written with a decimal point; MT940 writes a decimal comma "
                + "(read as \(money.decimalString))")
    }
}
