import GoalKit

extension CSVProfile {
    /// Why a profile cannot be used, one reason per field (empty when it can): a negative or
    /// huge `skip`, a column number beyond what a row holds, a date format, decimal mark or
    /// currency that means nothing, a delimiter that cannot separate fields. Checked when a
    /// profile is added and again whenever one is read, so a stored profile never traps.
    public var problems: [String] {
        var problems: [String] = []
        if let skip, skip < 0 || skip > Self.maximumSkip {
            problems.append("skip: \(skip) is not a number of rows from 0 to \(Self.maximumSkip)")
        }
        let columns: [(String, String?)] = [
            ("date_column", dateColumn), ("amount_column", amountColumn), ("debit_column", debitColumn),
            ("credit_column", creditColumn), ("direction_column", directionColumn), ("payee_column", payeeColumn),
            ("memo_column", memoColumn), ("balance_column", balanceColumn), ("currency_column", currencyColumn),
            ("account_column", accountColumn), ("category_column", categoryColumn),
        ]
        for (field, value) in columns {
            guard let value = value?.trimmed, !value.isEmpty, let number = Int(value) else { continue }
            if number < 1 || number > CSVRecordReader.maximumFields {
                problems.append(
                    "\(field): column \(number) is not a column number from 1 to \(CSVRecordReader.maximumFields)")
            }
        }
        if let dateFormat, dateOrder == nil {
            problems.append("date_format: '\(dateFormat)' is none of ymd, dmy, mdy or a pattern such as DD/MM/YYYY")
        }
        if let decimalMark, decimalMark != "." && decimalMark != "," {
            problems.append("decimal_mark: '\(decimalMark)' is neither '.' nor ','")
        }
        if let currency, Currency.known[currency.uppercased()] == nil {
            problems.append("currency: '\(currency)' is no ISO 4217 currency code")
        }
        if let delimiter, delimiterByte == nil {
            problems.append(
                "delimiter: '\(delimiter.debugDescription)' cannot separate fields (use one character such as , ; | or tab)"
            )
        }
        return problems
    }

    /// The most rows a profile may skip.
    static let maximumSkip = 100_000

    /// The byte a profile's delimiter names, or nil when it is none that can separate fields.
    var delimiterByte: UInt8? {
        guard let delimiter else { return nil }
        if delimiter == "\\t" || delimiter.lowercased() == "tab" { return 0x09 }
        guard delimiter.utf8.count == 1, let byte = delimiter.utf8.first else { return nil }
        let forbidden: Set<UInt8> = [0x00, 0x0A, 0x0D, 0x22]
        guard byte >= 0x09, byte < 0x7F, !forbidden.contains(byte), !(byte >= 0x30 && byte <= 0x39) else { return nil }
        return byte
    }

    /// The profile, or an error naming each field that cannot be used.
    /// - Throws: `ImportError` `.malformed` naming the file and the fields.
    public func validated(file: String) throws(ImportError) -> CSVProfile {
        let problems = problems
        guard problems.isEmpty else {
            throw ImportError(
                .malformed, file: file, message: "the CSV profile cannot be used: " + problems.joined(separator: "; "))
        }
        return self
    }
}
