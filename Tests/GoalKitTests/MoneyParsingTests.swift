import GoalKit
import Testing

@Suite struct MoneyParsingTests {
    static let usd = Currency.usd
    static let jpy = try! Currency(code: "JPY")
    static let bhd = try! Currency(code: "BHD")

    struct Good: Sendable, CustomStringConvertible {
        let text: String
        let code: String
        let mark: DecimalMark
        let minor: Int64
        var description: String { "\(text) [\(code) \(mark.rawValue)]" }
    }

    static let good: [Good] = [
        Good(text: "1,234.56", code: "USD", mark: .period, minor: 123_456),
        Good(text: "1.234,56", code: "EUR", mark: .comma, minor: 123_456),
        Good(text: "-0.50", code: "USD", mark: .period, minor: -50),
        Good(text: "(12.50)", code: "USD", mark: .period, minor: -1250),
        Good(text: "12.50-", code: "USD", mark: .period, minor: -1250),
        Good(text: ",50", code: "EUR", mark: .comma, minor: 50),
        Good(text: "$120", code: "USD", mark: .period, minor: 12000),
        Good(text: "-$120.10", code: "USD", mark: .period, minor: -12010),
        Good(text: "1 025,53", code: "EUR", mark: .comma, minor: 102_553),
        Good(text: "11'373.94", code: "CHF", mark: .period, minor: 1_137_394),
        Good(text: "1,234", code: "JPY", mark: .period, minor: 1234),
        Good(text: "¥500", code: "JPY", mark: .period, minor: 500),
        Good(text: "1.234", code: "BHD", mark: .period, minor: 1234),
        Good(text: "12.500", code: "USD", mark: .period, minor: 1250),
        Good(text: "+7", code: "USD", mark: .period, minor: 700),
        Good(text: "  42.1  ", code: "USD", mark: .period, minor: 4210),
        Good(text: "EUR 5,00", code: "EUR", mark: .comma, minor: 500),
        Good(text: "12,50 €", code: "EUR", mark: .comma, minor: 1250),
        Good(text: "1,00,000.00", code: "INR", mark: .period, minor: 10_000_000),
        Good(text: "−3.00", code: "USD", mark: .period, minor: -300),
        Good(text: "0", code: "USD", mark: .period, minor: 0),
        Good(text: "-0.00", code: "USD", mark: .period, minor: 0),
        Good(text: "99999999.99", code: "USD", mark: .period, minor: 9_999_999_999),
    ]

    @Test(arguments: good)
    func parsesExactly(_ c: Good) throws {
        let currency = try Currency(code: c.code)
        let parsed = try Money.parse(c.text, currency: currency, decimalMark: c.mark)
        #expect(parsed.money == Money(minorUnits: c.minor, currency: currency))
        #expect(!parsed.wasRounded)
    }

    struct Bad: Sendable, CustomStringConvertible {
        let text: String
        let code: String
        let mark: DecimalMark
        let reason: String
        var description: String { "\(text) [\(code) \(mark.rawValue)]" }
    }

    static let bad: [Bad] = [
        Bad(text: "", code: "USD", mark: .period, reason: "empty"),
        Bad(text: "abc", code: "USD", mark: .period, reason: "unexpected letters"),
        Bad(text: "1.2.3", code: "USD", mark: .period, reason: "more than one decimal mark"),
        Bad(text: "12.345", code: "USD", mark: .period, reason: "has 3 decimals"),
        Bad(text: "1.5", code: "JPY", mark: .period, reason: "has 1 decimals; JPY allows 0"),
        Bad(text: "1.2345", code: "BHD", mark: .period, reason: "BHD allows 3"),
        Bad(text: "--5", code: "USD", mark: .period, reason: "more than one sign"),
        Bad(text: "-(5)", code: "USD", mark: .period, reason: "more than one sign"),
        Bad(text: "1,23.45", code: "USD", mark: .period, reason: "not thousands"),
        Bad(text: "1,,234", code: "USD", mark: .period, reason: "misplaced grouping"),
        Bad(text: "1,234,", code: "USD", mark: .period, reason: "ends with a grouping"),
        Bad(text: "1.234'567,00", code: "EUR", mark: .comma, reason: "mixed grouping"),
        Bad(text: "12,50", code: "USD", mark: .period, reason: "not thousands"),
        Bad(text: "EUR 5", code: "USD", mark: .period, reason: "written in EUR"),
        Bad(text: "$", code: "USD", mark: .period, reason: "no digits"),
        Bad(text: "99999999999999999999", code: "USD", mark: .period, reason: "too large"),
        Bad(text: "1.5e3", code: "USD", mark: .period, reason: "unexpected"),
    ]

    @Test(arguments: bad)
    func refuses(_ c: Bad) throws {
        let currency = try Currency(code: c.code)
        do {
            let parsed = try Money.parse(c.text, currency: currency, decimalMark: c.mark)
            Issue.record("parsed '\(c.text)' as \(parsed.money)")
        } catch {
            #expect(error.reason.contains(c.reason), "\(error.reason)")
        }
    }

    @Test(arguments: [
        ("0.125", Int64(12), true), ("0.135", 14, true), ("0.1251", 13, true), ("-0.125", -12, true),
        ("1.005", 100, true), ("2.9950", 300, true), ("1.2500", 125, false),
    ])
    func roundsHalfToEvenWhenAsked(_ text: String, _ minor: Int64, _ rounded: Bool) throws {
        let parsed = try Money.parse(text, currency: .usd, excessDecimals: .roundHalfEven)
        #expect(parsed.money.minorUnits == minor)
        #expect(parsed.wasRounded == rounded)
    }
}
