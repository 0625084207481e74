import Foundation
import GoalKit
import GoalKitImport
import GoalKitTestSupport
import Testing

/// OFX lines in another currency than their statement (`CURRENCY`, `ORIGCURRENCY` in `STMTTRN`).
@Suite struct OFXCurrencyTests {
    typealias F = OFXFixture

    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let statement: String
        let amount: String
        let aggregate: String
        let expected: String
        let original: String?
        let rate: String?
        var description: String { name }
    }

    static func currency(_ symbol: String, rate: String?, tag: String = "CURRENCY") -> String {
        "<\(tag)>\n" + (rate.map { "<CURRATE>\($0)\n" } ?? "") + "<CURSYM>\(symbol)\n</\(tag)>\n"
    }

    static let cases: [Case] = [
        Case(
            name: "yen in a dollar statement", statement: "USD", amount: "-100000",
            aggregate: currency("JPY", rate: "0.0067"), expected: "-670.00", original: "-100000 JPY", rate: "0.0067"),
        Case(
            name: "decimal comma rate", statement: "EUR", amount: "-12.35", aggregate: currency("USD", rate: "0,9137"),
            expected: "-11.28", original: "-12.35 USD", rate: "0,9137"),
        Case(
            name: "half to even, down", statement: "EUR", amount: "1.00", aggregate: currency("USD", rate: "0.125"),
            expected: "0.12", original: "1.00 USD", rate: "0.125"),
        Case(
            name: "half to even, up", statement: "EUR", amount: "1.00", aggregate: currency("USD", rate: "0.135"),
            expected: "0.14", original: "1.00 USD", rate: "0.135"),
        Case(
            name: "one rounding, from the written amount", statement: "USD", amount: "12.6",
            aggregate: currency("JPY", rate: "0.5"), expected: "6.30", original: "13 JPY", rate: "0.5"),
        Case(
            name: "into three decimals", statement: "BHD", amount: "10.00", aggregate: currency("USD", rate: "0.376"),
            expected: "3.760", original: "10.00 USD", rate: "0.376"),
        Case(
            name: "the statement's own currency", statement: "USD", amount: "-4.20",
            aggregate: currency("USD", rate: "1.00"), expected: "-4.20", original: nil, rate: nil),
        Case(
            name: "original currency: TRNAMT already converted", statement: "USD", amount: "-670.00",
            aggregate: currency("JPY", rate: "0.0067", tag: "ORIGCURRENCY"), expected: "-670.00",
            original: "-100000 JPY", rate: "0.0067"),
        Case(
            name: "original currency without a rate", statement: "USD", amount: "-670.00",
            aggregate: currency("JPY", rate: nil, tag: "ORIGCURRENCY"), expected: "-670.00", original: nil, rate: nil),
    ]

    static func file(_ c: Case) -> String {
        let transaction = F.transaction("20240105", c.amount, "SHOP", fitID: "T1")
            .replacingOccurrences(of: "</STMTTRN>", with: c.aggregate + "</STMTTRN>")
        return F.file([F.bank(currency: c.statement, [transaction])])
    }

    @Test(arguments: cases)
    func convertsIntoTheStatementCurrency(_ c: Case) throws {
        let parsed = try inspect(Self.file(c))
        let line = try #require(parsed.lines.first)
        #expect(line.amount.decimalString == c.expected)
        #expect(line.amount.currency.code == c.statement)
        #expect(line.amountText == c.amount)
        #expect(line.originalAmount.map { "\($0.decimalString) \($0.currency.code)" } == c.original)
        #expect(line.exchangeRate == c.rate)
    }

    @Test func readsTheSameFromOFX2() throws {
        let content = XMLFormatTests.ofx2.replacingOccurrences(
            of: "<TRNAMT>-4.20</TRNAMT>",
            with: "<TRNAMT>-1000</TRNAMT><CURRENCY><CURRATE>0.0061</CURRATE><CURSYM>JPY</CURSYM></CURRENCY>")
        let parsed = try inspect(content)
        #expect(parsed.lines.first?.amount.decimalString == "-6.10")
        #expect(parsed.lines.first?.originalAmount?.currency.code == "JPY")
        #expect(parsed.lines.first?.exchangeRate == "0.0061")
    }

    struct Rejected: Sendable, CustomStringConvertible {
        let name: String
        let amount: String
        let aggregate: String
        let message: String
        var description: String { name }
    }

    static let rejected: [Rejected] = [
        Rejected(
            name: "no rate", amount: "-100000", aggregate: currency("JPY", rate: nil),
            message: "TRNAMT is in JPY (CURRENCY) but the transaction has no CURRATE: the rate to USD is missing"),
        Rejected(
            name: "empty rate", amount: "-100000", aggregate: currency("JPY", rate: ""),
            message: "TRNAMT is in JPY (CURRENCY) but the transaction has no CURRATE: the rate to USD is missing"),
        Rejected(
            name: "a rate that is no number", amount: "-1", aggregate: currency("JPY", rate: "1e-3"),
            message: "invalid CURRATE '1e-3': not a positive decimal rate"),
        Rejected(
            name: "a zero rate", amount: "-1", aggregate: currency("JPY", rate: "0.000"),
            message: "invalid CURRATE '0.000': not a positive decimal rate"),
        Rejected(
            name: "a negative rate", amount: "-1", aggregate: currency("JPY", rate: "-0.5"),
            message: "invalid CURRATE '-0.5': not a positive decimal rate"),
        Rejected(
            name: "an unknown currency", amount: "-1", aggregate: currency("ZZZ", rate: "1"),
            message: "CURRENCY CURSYM 'ZZZ' is not a known currency"),
        Rejected(
            name: "a product past Int64", amount: "900000000000000000", aggregate: currency("JPY", rate: "1000"),
            message: "TRNAMT '900000000000000000' JPY at CURRATE 1000 is too large an amount"),
    ]

    @Test(arguments: rejected)
    func rejectsWhatCannotBeConverted(_ r: Rejected) throws {
        let c = Case(
            name: r.name, statement: "USD", amount: r.amount, aggregate: r.aggregate, expected: "", original: nil,
            rate: nil)
        let content = Self.file(c)
        let error = try #require(rejection(content))
        #expect(error.message == r.message)
        let line = try #require(error.line)
        #expect(line > 1)
        #expect(error.description.hasPrefix("statement.ofx:\(line): error: "))
    }
}
