import Foundation
import GoalKit
import GoalKitAnalysis
import GoalKitReport
import Testing

/// A report never adds or drops money across currencies: a part per currency, home first;
/// file names and money cells say the currency; converted totals only at a stored rate.
@Suite struct CurrencyReportTests {
    static func expense(_ id: Int64, _ day: String, _ minor: Int64, _ currency: Currency, _ category: String?)
        -> ReportExpense
    {
        ReportExpense(
            id: id, date: LocalDate(iso: day)!, amount: Money(minorUnits: minor, currency: currency), payee: "P\(id)",
            account: currency == .eur ? "DE89370400440532013000" : "000123450912", category: category,
            group: category, isIncome: minor > 0, isTransfer: false)
    }

    static func charge(_ payee: String, _ minor: Int64, _ currency: Currency) -> RecurringCharge {
        let day = LocalDate(iso: "2026-10-05")!
        return RecurringCharge(
            payee: payee, account: "a", cadence: .monthly, count: 6,
            averageAmount: Money(minorUnits: minor, currency: currency),
            lastAmount: Money(minorUnits: minor, currency: currency), firstDate: day.adding(months: -5),
            lastDate: day, nextExpected: day.adding(months: 1), status: .active, priceChanges: [], expenseIDs: [1],
            category: "Streaming & Subscriptions")
    }

    static func input(rates: [String: ExchangeRate] = [:]) -> MonthlyReport.Input {
        var input = MonthlyReport.Input(
            month: YearMonth("2026-10")!, currency: .usd,
            expenses: [
                expense(1, "2026-10-01", 500_000, .usd, "Salary"),
                expense(2, "2026-10-03", -120_000, .usd, "Rent & Mortgage"),
                expense(3, "2026-10-01", 300_000, .eur, "Salary"),
                expense(4, "2026-10-04", -103_338, .eur, "Groceries"),
            ],
            limits: [:], recurring: [charge("Netflix", 1_599, .usd), charge("Sportverein", 4_990, .eur)],
            contributions: [], goals: [])
        input.rates = rates
        return input
    }

    @Test func eachCurrencyHasItsOwnTotalsHomeFirst() throws {
        let report = try MonthlyReport.build(Self.input())
        #expect(report.parts.map(\.currency.code) == ["USD", "EUR"])
        func figure(_ part: Int, _ key: String) -> ListingCell? {
            report.parts[part].summary.first { $0.key == key }?.value
        }
        #expect(figure(0, "income") == .money(Money(minorUnits: 500_000, currency: .usd)))
        #expect(figure(0, "spending") == .money(Money(minorUnits: 120_000, currency: .usd)))
        #expect(figure(1, "income") == .money(Money(minorUnits: 300_000, currency: .eur)))
        #expect(figure(1, "spending") == .money(Money(minorUnits: 103_338, currency: .eur)))
        // The EUR charge is in the EUR part's recurring table only.
        for (index, payee, other) in [(0, "Netflix", "Sportverein"), (1, "Sportverein", "Netflix")] {
            let table = try #require(report.parts[index].sections.first { $0.table?.name == "recurring" }?.table)
            #expect(table.listing.rows.map { $0[0] } == [.text(payee)])
            #expect(!table.listing.rows.contains { $0[0] == .text(other) })
        }
    }

    @Test func fileNamesAndMoneyCellsSayTheCurrency() throws {
        let report = try MonthlyReport.build(Self.input())
        let names = ReportRenderer.files(report, format: .all).map(\.name)
        #expect(names.contains("monthly-2026-10-categories-EUR.csv"))
        #expect(names.contains("monthly-2026-10-categories-USD.csv"))
        #expect(names.contains("monthly-2026-10-spending-EUR.svg"))
        #expect(!names.contains("monthly-2026-10-categories.csv"))
        let md = ReportRenderer.markdown(report)
        #expect(md.contains("## EUR\n"))
        #expect(md.contains("| Spending | 1,033.38 EUR |"))
        #expect(md.contains("| Income | 5,000.00 USD |"))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(report.json.serialized().utf8)) as? [String: Any])
        #expect(object["schema_version"] as? Int == 2)
        #expect(object["currency_order"] as? [String] == ["USD", "EUR"])
        let eur = try #require((object["currencies"] as? [String: Any])?["EUR"] as? [String: Any])
        #expect((eur["summary"] as? [String: Any])?["spending"] as? String == "1033.38")
    }

    @Test func oneCurrencyKeepsPlainNames() throws {
        var input = Self.input()
        input.expenses = input.expenses.filter { $0.amount.currency == .usd }
        input.recurring = input.recurring.filter { $0.lastAmount.currency == .usd }
        let report = try MonthlyReport.build(input)
        #expect(report.parts.count == 1)
        #expect(report.combined.isEmpty)
        #expect(ReportRenderer.files(report, format: .csv).map(\.name).contains("monthly-2026-10-categories.csv"))
        #expect(ReportRenderer.markdown(report).contains("Amounts in USD."))
    }

    @Test func aConvertedTotalNeedsAStoredRateAndNamesIt() throws {
        let without = try MonthlyReport.build(Self.input())
        let section = try #require(without.combined.first)
        #expect(section.text.joined().contains("No stored rate from EUR to USD"))
        #expect(!(section.table?.listing.rows.contains { $0[0] == .text("Total in USD") } ?? true))

        let rate = try ExchangeRate(from: .eur, to: .usd, date: LocalDate(iso: "2026-10-30")!, rate: "1.0842")
        let with = try MonthlyReport.build(Self.input(rates: ["EUR": rate]))
        let listing = try #require(with.combined.first?.table?.listing)
        let eur = try #require(listing.rows.first { $0[0] == .text("EUR") })
        let rateColumn = try #require(listing.columns.firstIndex(of: "rate"))
        #expect(eur[rateColumn] == .text("1.0842"))
        #expect(eur[rateColumn + 1] == .date(LocalDate(iso: "2026-10-30")))
        // 1,033.38 EUR × 1.0842 = 1,120.389... → 1,120.39 USD; total spending 1,200.00 + 1,120.39.
        let spending = try #require(listing.columns.firstIndex(of: "spending_usd"))
        #expect(eur[spending] == .money(Money(minorUnits: 112_039, currency: .usd)))
        let total = try #require(listing.rows.first { $0[0] == .text("Total in USD") })
        #expect(total[spending] == .money(Money(minorUnits: 232_039, currency: .usd)))
    }

    @Test func aRateThatOverflowsIsSaidNotThrown() throws {
        let absurd = try ExchangeRate(from: .eur, to: .usd, date: LocalDate(iso: "2026-10-30")!, rate: "99999999999")
        var input = Self.input(rates: ["EUR": absurd])
        input.expenses[3].amount = Money(minorUnits: -999_999_999_999, currency: .eur)
        let report = try MonthlyReport.build(input)
        let section = try #require(report.combined.first)
        #expect(section.text.joined().contains("EUR at its stored rate gives amounts beyond what can be stored"))
        #expect(!(section.table?.listing.rows.contains { $0[0] == .text("Total in USD") } ?? true))
    }

    @Test(arguments: [("2026-11", "the data ends 2026-10-31"), ("2026-03", "the data begins 2026-05-01")])
    func aMonthNoStatementCoversHasNoFiguresNotZeros(_ month: String, _ says: String) throws {
        var input = Self.input()
        input.month = YearMonth(month)!
        input.horizon = DataHorizon([
            DataHorizon.Account(
                account: "000123450912", currency: "USD", firstLine: LocalDate(iso: "2026-05-01"),
                lastLine: LocalDate(iso: "2026-10-25"), statementEnd: LocalDate(iso: "2026-10-31"))
        ])
        let report = try MonthlyReport.build(input)
        let usd = try #require(report.parts.first)
        #expect(usd.summary.first { $0.key == "income" }?.value == .empty)
        #expect(usd.notes == ["No USD statement covers \(month): \(says). Its figures are not known, not zero."])
        #expect(ReportRenderer.markdown(report).contains("> **Note:** No USD statement covers \(month)"))
        // October is covered: its figures stand.
        input.month = YearMonth("2026-10")!
        #expect(try MonthlyReport.build(input).parts.first?.notes.isEmpty == true)
    }
}
