import Foundation
import GoalKit

/// Reading OFX dates and amounts exactly.
enum OFXValues {
    /// The calendar day of an OFX date-time: its first 8 digits, never shifted by its time zone
    /// (`20231231230000[-5:EST]` is 2023-12-31). Nil when it is not a real day.
    static func date(_ text: String) -> LocalDate? {
        let bytes = Array(text.utf8.prefix(8))
        guard bytes.count == 8, let y = LocalDate.digits(bytes, 0, 4), let m = LocalDate.digits(bytes, 4, 2),
            let d = LocalDate.digits(bytes, 6, 2)
        else { return nil }
        return LocalDate(year: y, month: m, day: d)
    }

    /// An OFX amount: an optional sign, digits, one optional decimal mark (`.`, or `,` as some
    /// banks write it); no symbols, no grouping. Digits past the currency's exponent are
    /// rounded half to even (reported through `wasRounded`).
    static func amount(_ raw: String, currency: Currency) throws(ValueProblem) -> ParsedMoney {
        let text = raw.trimmed
        var sawDigit = false
        var marks = 0
        var mark = DecimalMark.period
        for (index, scalar) in text.unicodeScalars.enumerated() {
            switch scalar {
            case "0"..."9": sawDigit = true
            case "+", "-": if index != 0 { throw ValueProblem("sign inside the number") }
            case ".": marks += 1
            case ",":
                marks += 1
                mark = .comma
            default: throw ValueProblem("unexpected character '\(scalar)'")
            }
        }
        guard sawDigit else { throw ValueProblem(text.isEmpty ? "empty" : "no digits") }
        guard marks <= 1 else { throw ValueProblem("more than one decimal mark") }
        do {
            return try Money.parse(text, currency: currency, decimalMark: mark, excessDecimals: .roundHalfEven)
        } catch {
            throw ValueProblem(error.reason)
        }
    }
}

/// Why a single value could not be read.
struct ValueProblem: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
