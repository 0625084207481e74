import Foundation
import GoalKit

extension MT940Parser {
    /// A `YYMMDD` date (years 00–79 are 2000–2079).
    static func date(_ text: String) -> LocalDate? {
        let bytes = Array(text.utf8)
        guard bytes.count == 6, let y = LocalDate.digits(bytes, 0, 2), let m = LocalDate.digits(bytes, 2, 2),
            let d = LocalDate.digits(bytes, 4, 2)
        else { return nil }
        return LocalDate(year: y < 80 ? 2000 + y : 1900 + y, month: m, day: d)
    }

    /// Payee and memo from `:86:` text: structured (`/NAME/`, `/CNTP/iban/bic/name/`, `/REMI/`,
    /// `/ORDP//NAME/`) or free text.
    static func information(_ raw: String) -> (payee: String, memo: String) {
        let text = raw.replacingOccurrences(of: "\n", with: "")
        guard text.hasPrefix("/") else {
            let free = raw.replacingOccurrences(of: "\n", with: " ").trimmed
            return (String(free.prefix(70)), free)
        }
        let parts = text.components(separatedBy: "/")
        func after(_ key: String, skip: Int = 0) -> String? {
            guard let index = parts.firstIndex(of: key) else { return nil }
            var values = Array(parts[(index + 1)...])
            while values.first == "" { values.removeFirst() }
            let value = values.dropFirst(skip).first.map { $0.trimmed } ?? ""
            return value.isEmpty ? nil : value
        }
        var name = after("NAME")
        if name == nil, let index = parts.firstIndex(of: "CNTP"), parts.count > index + 3 {
            let value = parts[index + 3].trimmed
            name = value.isEmpty ? nil : value
        }
        var remittance: String?
        if let index = parts.firstIndex(of: "REMI") {
            let rest = parts[(index + 1)...].filter { !$0.isEmpty && $0 != "USTD" && $0 != "STRD" && $0 != "CUR" }
            let keys: Set<String> = [
                "EREF", "PREF", "CNTP", "MARF", "CSID", "RTRN", "ORDP", "BENM", "NAME", "ADDR", "ISDT", "SUM", "ID",
            ]
            remittance = rest.prefix { !keys.contains($0) }.joined(separator: " ").trimmed
        }
        let memo = (remittance?.isEmpty ?? true) ? text : remittance!
        return (name ?? String(memo.prefix(70)), memo)
    }
}
