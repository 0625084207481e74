extension Money {
    /// Reads a written amount exactly, without floating point.
    ///
    /// Accepted: an optional sign before or after the number (`-12.50`, `12.50-`, `+3`, the
    /// minus sign `−`), parentheses for negative amounts (`(12.50)`), a currency symbol or the
    /// currency's own code before or after (`$120`, `12,50 €`, `EUR 5`), thousands grouping with
    /// the characters the decimal mark leaves free (`1,234.56`, `1.234,56`, `1 025,53`,
    /// `11'373.94`, `1,00,000.00`), and a missing whole part (`,50` with a decimal comma).
    ///
    /// - Parameters:
    ///   - text: the amount as written.
    ///   - currency: the currency whose exponent decides the minor units.
    ///   - decimalMark: the mark the text uses for decimals.
    ///   - excessDecimals: what to do with non-zero digits past the exponent. Trailing zeros
    ///     past it (`12.500` in USD) are always exact and accepted.
    /// - Throws: `MoneyParseError` naming the reason.
    public static func parse(
        _ text: some StringProtocol, currency: Currency, decimalMark: DecimalMark = .period,
        excessDecimals: ExcessDecimalsPolicy = .reject
    ) throws(MoneyParseError) -> ParsedMoney {
        var scanner = AmountScanner(text: String(text), currency: currency, mark: decimalMark)
        return try scanner.scan(excessDecimals: excessDecimals)
    }

    /// Reads a written amount, refusing digits beyond the currency's exponent.
    /// - Throws: `MoneyParseError` naming the reason.
    public init(parsing text: some StringProtocol, currency: Currency, decimalMark: DecimalMark = .period)
        throws(MoneyParseError)
    {
        self = try Money.parse(text, currency: currency, decimalMark: decimalMark).money
    }
}
