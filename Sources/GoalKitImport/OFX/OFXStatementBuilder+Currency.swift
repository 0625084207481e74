import GoalKit

/// A transaction's amount in its statement's currency, and what it was in its own.
struct TransactionAmounts {
    var amount: Money
    var original: Money?
    var rate: String?
}

extension OFXStatementBuilder {
    /// Reads `TRNAMT` in the currency it is written in and brings it into the statement's.
    ///
    /// OFX (section 5.2): `CURRATE` is the ratio of the `CURDEF` currency to the `CURSYM`
    /// currency. In a `CURRENCY` aggregate the amounts are in `CURSYM`: the line's amount is
    /// `TRNAMT × CURRATE`, rounded once (half to even) to the statement currency, and it cannot
    /// be known without the rate. In an `ORIGCURRENCY` aggregate the amounts were already
    /// converted to `CURDEF`: the amount stays, and the original is `TRNAMT ÷ CURRATE`.
    /// Nil when the line is invalid (the sink was told).
    mutating func amounts(of f: TransactionFields, written: String) throws(ImportError) -> TransactionAmounts? {
        guard let foreign = f.currency, let symbol = foreign.symbol?.uppercased(), !symbol.isEmpty,
            symbol != currency.code
        else { return try plainAmount(f, written: written) }
        guard let other = try? Currency(code: symbol) else {
            if foreign.isOriginal {
                sink.warning(
                    ImportWarning(
                        line: foreign.line, message: "ORIGCURRENCY CURSYM '\(symbol)' is not a known currency; ignored")
                )
                return try plainAmount(f, written: written)
            }
            return try invalid(foreign.line, "CURRENCY CURSYM '\(symbol)' is not a known currency")
        }
        let rate = try? OFXDecimal(foreign.rate ?? "", signed: false)
        if foreign.isOriginal {
            guard var amounts = try plainAmount(f, written: written) else { return nil }
            guard let rate, let exact = try? OFXDecimal(written, signed: true),
                let original = OFXDecimal.quotient(exact, rate, in: other)
            else {
                sink.warning(
                    ImportWarning(
                        line: foreign.line,
                        message:
                            "ORIGCURRENCY \(symbol) has no usable CURRATE ('\(foreign.rate ?? "")'); the original amount is not known"
                    ))
                return amounts
            }
            amounts.original = Money(minorUnits: original, currency: other)
            amounts.rate = foreign.rate
            return amounts
        }
        guard let rateText = foreign.rate, !rateText.isEmpty else {
            return try invalid(
                foreign.line,
                "TRNAMT is in \(symbol) (CURRENCY) but the transaction has no CURRATE: the rate to \(currency.code) is missing"
            )
        }
        guard let rate, rate.mantissa != 0 else {
            return try invalid(foreign.line, "invalid CURRATE '\(rateText)': not a positive decimal rate")
        }
        return try converted(f, written: written, from: other, rate: rate, rateText: rateText)
    }

    /// `TRNAMT × CURRATE` in the statement's currency, keeping the amount as written in `other`.
    private mutating func converted(
        _ f: TransactionFields, written: String, from other: Currency, rate: OFXDecimal, rateText: String
    ) throws(ImportError) -> TransactionAmounts? {
        let original: ParsedMoney
        let exact: OFXDecimal
        do {
            original = try OFXValues.amount(written, currency: other)
            exact = try OFXDecimal(written, signed: true)
        } catch {
            return try invalid(f.amountLine, "invalid TRNAMT '\(written.trimmed)': \(error.reason)")
        }
        guard let minor = OFXDecimal.product(exact, rate, in: currency) else {
            return try invalid(
                f.amountLine, "TRNAMT '\(written.trimmed)' \(other.code) at CURRATE \(rateText) is too large an amount")
        }
        warnIfRounded(original, written: written, currency: other, line: f.amountLine)
        return TransactionAmounts(
            amount: Money(minorUnits: minor, currency: currency), original: original.money, rate: rateText)
    }

    /// `TRNAMT` in the statement's currency, as it is.
    private mutating func plainAmount(_ f: TransactionFields, written: String) throws(ImportError)
        -> TransactionAmounts?
    {
        let parsed: ParsedMoney
        do {
            parsed = try OFXValues.amount(written, currency: currency)
        } catch {
            return try invalid(f.amountLine, "invalid TRNAMT '\(written.trimmed)': \(error.reason)")
        }
        warnIfRounded(parsed, written: written, currency: currency, line: f.amountLine)
        return TransactionAmounts(amount: parsed.money)
    }

    private mutating func warnIfRounded(_ parsed: ParsedMoney, written: String, currency: Currency, line: Int) {
        guard parsed.wasRounded else { return }
        sink.warning(
            ImportWarning(
                line: line,
                message:
                    "TRNAMT '\(written)' has more decimals than \(currency.code); rounded to \(parsed.money.decimalString)"
            ))
    }

    /// Tells the sink the line is invalid; nil when it lets the file go on without the line.
    private mutating func invalid(_ line: Int, _ message: String) throws(ImportError) -> TransactionAmounts? {
        try sink.invalid(ImportError(.badValue, file: file, line: line, message: message))
        return nil
    }
}
