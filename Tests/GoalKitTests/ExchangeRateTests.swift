import GoalKit
import Testing

@Suite struct ExchangeRateTests {
    static let day = LocalDate(iso: "2026-10-31")!

    @Test(arguments: [
        // 1,000.00 EUR at 1.0842 is 1,084.20 USD exactly.
        ("EUR", "USD", "1.0842", Int64(100_000), Int64(108_420)),
        // 0.05 EUR at 1.0842 is 0.05421: 0.05.
        ("EUR", "USD", "1.0842", 5, 5),
        // Half to even: 0.25 at 0.5 is 0.125 → 0.12; 0.35 at 0.5 is 0.175 → 0.18.
        ("EUR", "USD", "0.5", 25, 12),
        ("EUR", "USD", "0.5", 35, 18),
        // Negative amounts round the same way.
        ("EUR", "USD", "0.5", -25, -12),
        // Exponents differ: 100.00 EUR at 162.5 is 16,250 JPY; 1,000 JPY at 0.0061538 is 6.15 EUR.
        ("EUR", "JPY", "162.5", 10_000, 16_250),
        ("JPY", "EUR", "0.0061538", 1_000, 615),
    ])
    func convertsExactlyAndRoundsHalfToEven(from: String, to: String, rate: String, minor: Int64, expected: Int64)
        throws
    {
        let r = try ExchangeRate(
            from: try Currency(code: from), to: try Currency(code: to), date: Self.day, rate: rate)
        let converted = try r.convert(Money(minorUnits: minor, currency: try Currency(code: from)))
        #expect(converted.minorUnits == expected)
        #expect(converted.currency.code == to)
    }

    @Test(arguments: ["0", "-1.2", "1,08", "abc", "", "1.", ".5", "1.0000000000001", "1e3", "9999999999999999999"])
    func refusesWhatIsNotAPositiveDecimal(_ text: String) {
        #expect(throws: DomainValidationError.self) {
            try ExchangeRate(from: .eur, to: .usd, date: Self.day, rate: text)
        }
    }

    @Test func refusesTheSameCurrencyAndKeepsTheWrittenDigits() throws {
        #expect(throws: DomainValidationError.self) {
            try ExchangeRate(from: .eur, to: .eur, date: Self.day, rate: "1")
        }
        #expect(try ExchangeRate(from: .eur, to: .usd, date: Self.day, rate: "1.08420").text == "1.0842")
        #expect(try ExchangeRate(from: .eur, to: .usd, date: Self.day, rate: "0.0050").text == "0.005")
    }

    @Test func aConversionPastTheRangeThrows() throws {
        let r = try ExchangeRate(from: .eur, to: .usd, date: Self.day, rate: "1000000")
        #expect(throws: AmountOverflowError.self) { try r.convert(Money(minorUnits: .max / 2, currency: .eur)) }
        // 18 digits into a three-decimal currency: the product passes 128 bits.
        let wide = try ExchangeRate(
            from: .eur, to: try Currency(code: "BHD"), date: Self.day, rate: "999999999999.999999")
        #expect(throws: AmountOverflowError.self) { try wide.convert(Money(minorUnits: .max, currency: .eur)) }
    }
}
