import GoalKit

/// The order of day, month and year in a CSV's dates, decided over the whole file.
public enum CSVDateOrder: String, Sendable, Hashable, CaseIterable {
    /// `2024-03-05`, `2024/3/5`, `2024.03.05`, `20240305`
    case ymd
    /// `05/03/2024`, `05.03.2024`, `05-03-24`
    case dmy
    /// `03/05/2024`, `3/5/24`
    case mdy
}

/// Reading CSV dates: three numbers with separators (or eight digits), a time after them ignored.
enum CSVDate {
    /// The three numbers of a date field, or nil when it is no date at all.
    static func parts(_ text: String) -> (Int, Int, Int, firstDigits: Int, lastDigits: Int)? {
        // Two finished numbers at most: kept in locals, not arrays (this runs twice a line).
        var first = 0
        var second = 0
        var firstDigits = 0
        var secondDigits = 0
        var finished = 0
        var current = 0
        var count = 0
        var separator: UInt8?
        for byte in text.utf8 {
            if byte >= 48 && byte <= 57 {
                current = current * 10 + Int(byte - 48)
                count += 1
                if count > 8 { return nil }
            } else if finished < 2 && count > 0 && (byte == 0x2F || byte == 0x2D || byte == 0x2E)
                && (separator == nil || separator == byte)
            {
                separator = byte
                if finished == 0 {
                    first = current
                    firstDigits = count
                } else {
                    second = current
                    secondDigits = count
                }
                finished += 1
                current = 0
                count = 0
            } else if finished == 2 && count > 0 && (byte == 0x20 || byte == 0x54) {
                break
            } else if finished == 0 && count == 8 && (byte == 0x20 || byte == 0x54) {
                break
            } else if byte == 0x20 && finished == 0 && count == 0 {
                continue
            } else {
                return nil
            }
        }
        if finished == 0 && count == 8 {
            return (current / 10000, (current / 100) % 100, current % 100, 4, 2)
        }
        guard finished == 2, count > 0, secondDigits > 0 else { return nil }
        return (first, second, current, firstDigits, count)
    }

    /// The calendar day of a date field in an order, or nil. A date whose first number has
    /// four digits is year first whatever the order; a written month (`Jan 5, 2024`,
    /// `5 Jan 2024`) needs no order.
    static func day(_ text: String, order: CSVDateOrder) -> LocalDate? {
        guard let (a, b, c, firstDigits, lastDigits) = parts(text) else {
            return CSVWrittenDate.date(text)
        }
        if firstDigits == 4 { return LocalDate(year: a, month: b, day: c) }
        switch order {
        case .ymd:
            return nil
        case .dmy:
            guard firstDigits <= 2 else { return nil }
            return LocalDate(year: year(c, digits: lastDigits), month: b, day: a)
        case .mdy:
            guard firstDigits <= 2 else { return nil }
            return LocalDate(year: year(c, digits: lastDigits), month: a, day: b)
        }
    }

    /// Whether a field is shaped like a date (three numbers, eight digits or a written month),
    /// real day or not: what tells a transaction with a bad date from a footer.
    static func looksLikeDate(_ text: String) -> Bool {
        parts(text) != nil || CSVWrittenDate.parts(text) != nil
    }

    /// Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999.
    static func year(_ value: Int, digits: Int) -> Int {
        guard digits <= 2 else { return value }
        return value < 70 ? 2000 + value : 1900 + value
    }

    /// Whether a field reads as a date in some order.
    static func isDate(_ text: String) -> Bool {
        guard let (a, b, c, firstDigits, lastDigits) = parts(text) else {
            return CSVWrittenDate.date(text) != nil
        }
        if firstDigits == 4 { return LocalDate(year: a, month: b, day: c) != nil }
        guard firstDigits <= 2 else { return false }
        let y = year(c, digits: lastDigits)
        return LocalDate(year: y, month: b, day: a) != nil || LocalDate(year: y, month: a, day: b) != nil
    }
}
