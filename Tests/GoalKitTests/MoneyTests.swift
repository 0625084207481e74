import GoalKit
import Testing

@Suite struct MoneyTests {
    @Test(arguments: [
        (Int64(123_450), "USD", "1234.50", "1,234.50"), (-5, "USD", "-0.05", "-0.05"), (0, "USD", "0.00", "0.00"),
        (1_234_567, "JPY", "1234567", "1,234,567"), (1250, "BHD", "1.250", "1.250"),
        (-100_000_000, "EUR", "-1000000.00", "-1,000,000.00"),
    ])
    func formats(_ minor: Int64, _ code: String, _ plain: String, _ grouped: String) throws {
        let money = Money(minorUnits: minor, currency: try Currency(code: code))
        #expect(money.decimalString == plain)
        #expect(money.formatted() == grouped)
        #expect(money.description == "\(grouped) \(code)")
    }

    @Test func formattingRoundTripsThroughParsing() throws {
        for minor: Int64 in [0, 1, -1, 99, 100, 123_456_789, -987_654_321] {
            let money = Money(minorUnits: minor, currency: .usd)
            #expect(try Money(parsing: money.decimalString, currency: .usd) == money)
            #expect(try Money(parsing: money.formatted(), currency: .usd) == money)
        }
    }

    @Test func refusesToMixCurrencies() {
        let a = Money(minorUnits: 100, currency: .usd)
        let b = Money(minorUnits: 100, currency: .eur)
        #expect(throws: MoneyError.currencyMismatch(.usd, .eur)) { try a.adding(b) }
        #expect(throws: MoneyError.currencyMismatch(.usd, .eur)) { try a.subtracting(b) }
        #expect(throws: MoneyError.currencyMismatch(.usd, .eur)) { try a.isLess(than: b) }
    }

    @Test func refusesToOverflow() {
        let big = Money(minorUnits: .max, currency: .usd)
        #expect(throws: MoneyError.overflow) { try big.adding(Money(minorUnits: 1, currency: .usd)) }
        #expect(throws: MoneyError.overflow) { try big.multiplied(by: 2) }
    }

    @Test func adds() throws {
        let total = try Money.sum([1, 2, 3].map { Money(minorUnits: $0, currency: .usd) }, currency: .usd)
        #expect(total.minorUnits == 6)
        #expect(
            try Money(minorUnits: 5, currency: .usd).subtracting(Money(minorUnits: 7, currency: .usd)).minorUnits == -2)
    }

    @Test func knowsTheCurrencies() throws {
        #expect(Currency.known.count >= 41)
        #expect(try Currency(code: "jpy").exponent == 0)
        #expect(try Currency(code: "BHD").exponent == 3)
        #expect(try Currency(code: "XXX").code == "XXX")
        #expect(throws: DomainValidationError.self) { try Currency(code: "ABC") }
    }
}
