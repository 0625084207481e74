import GoalKit

/// What the parser asks of each row besides its values: whether it is a transaction at all,
/// whether its fields line up with the others, and which currency it is in.
extension CSVParser {
    /// A row with a date-shaped value in the date column and an amount-shaped value in an
    /// amount column is a transaction, real date or not; a footer is a row that is not.
    func looksLikeTransaction(_ fields: [String], _ columns: CSVColumns) -> Bool {
        guard let dateColumn = columns.date, dateColumn < fields.count, CSVDate.looksLikeDate(fields[dateColumn])
        else { return false }
        return [columns.amount, columns.debit, columns.credit].contains { column in
            guard let column, column < fields.count else { return false }
            return CSVAmount.isAmount(fields[column])
        }
    }

    /// Why a transaction row cannot be read by position, if it cannot: more filled fields than
    /// the header and the other rows have (a delimiter inside an unquoted text), or fewer, so
    /// that a date or money column is missing.
    func fieldCountProblem(_ fields: [String], _ columns: CSVColumns) -> String? {
        let expected = max(layout.width, layout.header.count)
        guard fields.count != expected, expected > 0 else { return nil }
        if fields.count > expected {
            guard fields[expected...].contains(where: { !$0.trimmed.isEmpty }) else { return nil }
        } else {
            guard columns.positional.contains(where: { $0 >= fields.count }) else { return nil }
        }
        return """
            the row has \(fields.count) fields where the header and the other rows have \(expected) \
            (a '\(Character(Unicode.Scalar(layout.delimiter)))' inside an unquoted text?): it cannot be read by position
            """
    }

    /// The row's currency: the profile's, the currency column's, the one written on the
    /// amount (when the file mixes them), else the file's.
    func rowCurrency(_ fields: [String], _ columns: CSVColumns, default fallback: Currency, profile: Currency?)
        -> Currency
    {
        if let profile { return profile }
        if let column = columns.currency, column < fields.count,
            let known = Currency.known[fields[column].trimmed.uppercased()]
        {
            return known
        }
        if layout.currencyPerAmount {
            for column in columns.amountText where column < fields.count {
                if let sign = CSVCurrencyText.sign(inAmount: fields[column]),
                    let currency = CSVCurrencyText.currency(sign, default: options.defaultCurrency)
                {
                    return currency
                }
            }
        }
        return fallback
    }

    /// A row as it stood in the file, shortened, for a message.
    static func quote(_ fields: [String], delimiter: UInt8) -> String {
        let text = fields.joined(separator: String(Character(Unicode.Scalar(delimiter))))
        return text.count > 60 ? String(text.prefix(57)) + "..." : text
    }
}
