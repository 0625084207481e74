package import GoalKit

/// Dates written with a month name, as banks' web exports write them: `Jan 5, 2024`,
/// `5 Jan 2024`, `05-Jan-24`, `January 5th, 2024`, `5. März 2024`, `5 janv. 2024`; a time
/// after them is ignored. The month names are those of the languages the importers read.
package enum CSVWrittenDate {
    /// Month names and their usual abbreviations, lower-cased, in English, German, French,
    /// Dutch and Spanish.
    static let months: [String: Int] = {
        let names: [(Int, [String])] = [
            (1, ["jan", "january", "januar", "jän", "jänner", "janv", "janvier", "januari", "ene", "enero"]),
            (2, ["feb", "february", "februar", "feber", "févr", "fevr", "février", "fevrier", "februari", "febrero"]),
            (3, ["mar", "march", "mär", "märz", "mrz", "mars", "maart", "mrt", "marzo"]),
            (4, ["apr", "april", "avr", "avril", "abr", "abril"]),
            (5, ["may", "mai", "mei", "mayo"]),
            (6, ["jun", "june", "juni", "juin", "junio"]),
            (7, ["jul", "july", "juli", "juil", "juillet", "julio"]),
            (8, ["aug", "august", "août", "aout", "augustus", "ago", "agosto"]),
            (9, ["sep", "sept", "september", "septembre", "septiembre", "setiembre"]),
            (10, ["oct", "october", "okt", "oktober", "octobre", "octubre"]),
            (11, ["nov", "november", "novembre", "noviembre"]),
            (12, ["dec", "december", "dez", "dezember", "déc", "décembre", "decembre", "dic", "diciembre"]),
        ]
        var table: [String: Int] = [:]
        for (month, words) in names { for word in words { table[word] = month } }
        return table
    }()

    /// The day a written date names, or nil when the text is not one (or names no real day).
    package static func date(_ text: String) -> LocalDate? {
        parts(text).flatMap { LocalDate(year: $0.year, month: $0.month, day: $0.day) }
    }

    /// The year, month and day of a written date (the day not yet checked against the
    /// month), or nil when the text is not one.
    static func parts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        guard text.utf8.count <= 40, text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return nil }
        var numbers: [(value: Int, digits: Int)] = []
        var month: Int?
        var monthIndex = 0
        for token in text.split(whereSeparator: { " ,-/.\t".contains($0) }) {
            if token.contains(":") { break }  // a time: the date is over
            if let first = token.first, first.isNumber {
                var digits = Substring(token)
                for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) {
                    digits = digits.dropLast(2)
                }
                guard !digits.isEmpty, digits.count <= 4, let value = Int(digits) else { return nil }
                numbers.append((value, digits.count))
            } else {
                if month == nil, let found = months[token.lowercased()] {
                    month = found
                    monthIndex = numbers.count
                } else if numbers.count >= 2 && month != nil {
                    break  // "AM", "PM", a weekday after the date
                } else {
                    return nil
                }
            }
            if numbers.count > 2 { return nil }
        }
        guard let month, numbers.count == 2 else { return nil }
        let year: (value: Int, digits: Int)
        let day: Int
        if numbers[0].digits == 4 {
            (year, day) = (numbers[0], numbers[1].value)
        } else if numbers[1].digits == 4 || monthIndex <= 1 {
            // `Jan 5 2024`, `5 Jan 2024`, `5-Jan-24`, `Jan 05 24`: the day comes before the year.
            (year, day) = (numbers[1], numbers[0].value)
        } else {
            return nil
        }
        guard year.digits == 4 || year.digits == 2, day >= 1, day <= 31 else { return nil }
        return (CSVDate.year(year.value, digits: year.digits), month, day)
    }
}
