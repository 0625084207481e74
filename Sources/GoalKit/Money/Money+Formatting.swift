extension Money: CustomStringConvertible {
    /// The amount with grouping and its code, as people read it: `-1,234.50 USD`.
    public var description: String { "\(formatted()) \(currency.code)" }

    /// The plain decimal text, no grouping, `.` as the decimal mark: `-1234.50`, `1250` (JPY),
    /// `1.250` (BHD). This is how JSON and CSV output write money.
    public var decimalString: String { render(grouping: nil) }

    /// The amount with a thousands separator: `-1,234.50`.
    /// - Parameter groupingSeparator: the separator between groups of three digits.
    public func formatted(groupingSeparator: String = ",") -> String { render(grouping: groupingSeparator) }

    private func render(grouping: String?) -> String {
        let negative = minorUnits < 0
        let magnitude = minorUnits.magnitude
        let scale = UInt64(currency.minorUnitsPerMajor)
        let whole = String(magnitude / scale)
        var text = negative ? "-" : ""
        if let grouping {
            let digits = Array(whole)
            for (index, digit) in digits.enumerated() {
                if index > 0 && (digits.count - index) % 3 == 0 { text += grouping }
                text.append(digit)
            }
        } else {
            text += whole
        }
        if currency.exponent > 0 {
            let fraction = String(magnitude % scale)
            text += "." + String(repeating: "0", count: currency.exponent - fraction.count) + fraction
        }
        return text
    }
}
