import Foundation
import GoalKit

extension MT940Parser {
    /// A `:61:` line (SWIFT `6!n[4!n]2a[1!a]15d1!a3!c16x[//16x]`): value date YYMMDD, entry
    /// date MMDD (optional), mark C/D/RC/RD, funds code (one optional letter), the amount
    /// (digits with one decimal comma), the type (a letter, N, F or S, and three characters),
    /// the references; the lines after the first are supplementary details.
    /// - Returns: the line, and a warning when its amount is written with a decimal point.
    /// - Throws: `ImportError` (`.badValue`) naming the line and the reason.
    func statementLine(_ field: Field, currency: Currency) throws(ImportError) -> (StatementLine, ImportWarning?) {
        let firstLine =
            field.value.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let chars = Array(firstLine)
        func fail(_ reason: String) -> ImportError {
            ImportError(.badValue, file: file, line: field.line, message: "invalid :61: line '\(firstLine)': \(reason)")
        }
        guard chars.count >= 6, let valueDate = MT940Parser.date(String(chars[0..<6])) else {
            throw fail("no value date")
        }
        var index = 6
        var date = valueDate
        if chars.count >= index + 4, chars[index..<(index + 4)].allSatisfy(\.isNumber) {
            guard let entry = MT940Parser.entryDate(chars[index..<(index + 4)], valueDate: valueDate) else {
                throw fail("invalid entry date")
            }
            date = entry
            index += 4
        }
        var sign = 0
        var reversal = false
        if index < chars.count && chars[index] == "R" {
            reversal = true
            index += 1
        }
        if index < chars.count && chars[index] == "C" {
            sign = 1
        } else if index < chars.count && chars[index] == "D" {
            sign = -1
        }
        guard sign != 0 else { throw fail("no debit/credit mark (C, D, RC or RD)") }
        index += 1
        // A reversal of a credit takes money out; of a debit, puts it back.
        if reversal { sign = -sign }
        // The funds code: the third letter of the currency code.
        if index < chars.count && chars[index].isLetter { index += 1 }
        let amountEnd = index + MT940Amount.length(in: chars[index...])
        let amountText = String(chars[index..<amountEnd])
        let amount: MT940Amount
        do throws(ValueProblem) {
            amount = try MT940Amount.read(amountText, currency: currency)
        } catch {
            throw fail("invalid amount '\(amountText)': \(error.reason)")
        }
        if amountEnd < chars.count && !chars[amountEnd].isLetter {
            throw fail(
                "the amount '\(amountText)' must be followed by the transaction type (N, F or S and three characters)")
        }
        guard let money = amount.signed(negative: sign < 0) else { throw fail("amount out of range") }
        let rest = String(chars[amountEnd...])
        let type = rest.count >= 4 ? String(rest.prefix(4)) : nil
        let reference = rest.count > 4 ? String(rest.dropFirst(4)) : ""
        let parts = reference.components(separatedBy: "//")
        let customerRef = parts.first.map { $0 == "NONREF" ? "" : $0 } ?? ""
        let bankRef = parts.count > 1 ? parts[1] : ""
        let supplementary = field.value.split(separator: "\n").dropFirst().joined(separator: " ").trimmed
        let id = [customerRef, bankRef].filter { !$0.isEmpty }.joined(separator: "/")
        let line = StatementLine(
            date: date, amount: money, amountText: (reversal ? "R" : "") + (sign < 0 ? "D" : "C") + amountText,
            payee: supplementary, memo: supplementary, bankID: id.isEmpty ? nil : id, type: type,
            sourceLine: field.line)
        return (line, amount.pointWarning(line: field.line, field: field.tag))
    }

    /// The `MMDD` entry date of a `:61:` line, in the year that puts it nearest the value date
    /// (an entry on 12-31 for a value date in January is in the year before).
    static func entryDate(_ chars: ArraySlice<Character>, valueDate: LocalDate) -> LocalDate? {
        guard let month = Int(String(chars.prefix(2))), let day = Int(String(chars.dropFirst(2))) else { return nil }
        var year = valueDate.year
        if month == 12 && valueDate.month == 1 { year -= 1 }
        if month == 1 && valueDate.month == 12 { year += 1 }
        return LocalDate(year: year, month: month, day: day)
    }
}
