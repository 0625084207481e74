import GoalKit
import GoalKitImport
import GoalKitTestSupport
import Testing

/// CSV files that read wrong in silence before: each either reads exactly what it holds or
/// stops with the line and the question.
@Suite struct CSVTrustTests {
    /// What reading a file must give.
    enum Outcome: Sendable {
        /// Lines as `date amount` pairs, and a text some warning holds (or nil).
        case reads([String], warning: String? = nil)
        /// A refusal at a line, holding a text.
        case refused(line: Int, holding: String)
    }

    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let csv: String
        let outcome: Outcome
        var description: String { name }
    }

    static let cases: [Case] = [
        // 1. A bad last row is a transaction with a bad date, not a footer.
        Case(
            name: "impossible day in the last row",
            csv: "Date,Description,Amount\n2012-01-05,Coffee,-3.50\n2012-01-06,Book,-12.00\n2012-02-31,Rent,-900.00\n",
            outcome: .refused(line: 4, holding: "invalid date '2012-02-31'")),
        Case(
            name: "month 13 in the last row",
            csv: "Date,Description,Amount\n2012-01-05,Coffee,-3.50\n2012-13-01,Rent,-900.00\n",
            outcome: .refused(line: 3, holding: "invalid date '2012-13-01'")),
        Case(
            name: "German impossible day in the last row",
            csv: "Buchungstag;Text;Betrag\n05.01.2012;Kaffee;-3,50\n31.02.2012;Miete;-900,00\n",
            outcome: .refused(line: 3, holding: "invalid date '31.02.2012'")),
        Case(
            name: "a footer is quoted when ignored",
            csv: "Date,Description,Amount\n2012-01-05,Coffee,-3.50\nTotal,,-3.50\n",
            outcome: .reads(["2012-01-05 -3.50"], warning: "ignored as a footer: 'Total,,-3.50'")),
        Case(
            name: "written dates with a month name",
            csv:
                "Date,Description,Amount\n\"Jan 5, 2024\",A,-1.00\n5 Feb 2024,B,-2.00\n05-Mar-24,C,-3.00\n\"April 7th, 2024\",D,-4.00\n",
            outcome: .reads(["2024-01-05 -1.00", "2024-02-05 -2.00", "2024-03-05 -3.00", "2024-04-07 -4.00"])),
        Case(
            name: "two-digit years with dots are day first",
            csv: "Datum;Text;Betrag\n05.01.24;A;-1,00\n06.02.24;B;-2,00\n",
            outcome: .reads(["2024-01-05 -1.00", "2024-02-06 -2.00"])),
        Case(
            name: "ISO and slash dates mixed",
            csv: "Date,Description,Amount\n2024-01-05,A,-1.00\n01/17/2024,B,-2.00\n",
            outcome: .reads(["2024-01-05 -1.00", "2024-01-17 -2.00"])),
        // 2. Fields that do not line up.
        Case(
            name: "an unquoted comma inside a text",
            csv:
                "Date,Description,Amount\n2024-01-05,Coffee,-3.50\n2024-01-06,Invoice,1234,-45.10\n2024-01-07,Y,-1.00\n",
            outcome: .refused(line: 3, holding: "the row has 4 fields where the header and the other rows have 3")),
        Case(
            name: "every row has more fields than the header: kept as memo",
            csv: "Buchungsdatum;Text;Betrag\n05.01.2024;Kaffee;-3,50;EUR;AT123\n06.01.2024;Buch;-12,00;EUR;AT124\n",
            outcome: .reads(["2024-01-05 -3.50", "2024-01-06 -12.00"])),
        // 3. The date column.
        Case(
            name: "period start, period end and booking date",
            csv:
                "period_start,period_end,booking_date,description,amount\n2024-01-01,2024-01-31,2024-01-05,A,-1.00\n2024-01-01,2024-01-31,2024-01-09,B,-2.00\n",
            outcome: .reads(["2024-01-05 -1.00", "2024-01-09 -2.00"])),
        Case(
            name: "CSB43 columns: initial, final, transaction, value date",
            csv:
                "initial_date;final_date;transaction_date;value_date;concept;amount\n01/01/2024;31/01/2024;05/01/2024;06/01/2024;A;-1,00\n01/01/2024;31/01/2024;17/01/2024;18/01/2024;B;-2,00\n",
            outcome: .reads(["2024-01-05 -1.00", "2024-01-17 -2.00"])),
        Case(
            name: "a constant unnamed date column is not the transaction date",
            csv: "2024-01-31;2024-01-05;A;-1,00\n2024-01-31;2024-01-09;B;-2,00\n2024-01-31;2024-01-12;C;-3,00\n",
            outcome: .reads(["2024-01-05 -1.00", "2024-01-09 -2.00", "2024-01-12 -3.00"])),
        // 4. Direction, debit and credit.
        Case(
            name: "a direction column found by its values decides over a sign",
            csv: "Date,Description,Amount,Type\n2024-01-05,A,3.50,D\n2024-01-06,B,-2.00,C\n",
            outcome: .reads(["2024-01-05 -3.50", "2024-01-06 2.00"], warning: "contradicts column 'Type'")),
        Case(
            name: "a negative credit keeps its sign",
            csv: "Date,Description,Withdrawal,Deposit\n2024-01-05,A,10.00,\n2024-01-06,Reversal,,-5.00\n",
            outcome: .reads(["2024-01-05 -10.00", "2024-01-06 -5.00"])),
        Case(
            name: "a debit written negative is money out",
            csv: "Date,Description,Debit,Credit\n2024-01-05,A,-10.00,\n2024-01-06,B,,5.00\n",
            outcome: .reads(["2024-01-05 -10.00", "2024-01-06 5.00"])),
        Case(
            name: "both debit and credit filled",
            csv: "Date,Description,Withdrawal,Deposit\n2024-01-05,A,10.00,\n2024-01-07,C,3.00,4.00\n",
            outcome: .refused(line: 3, holding: "both debit 3.00 and credit 4.00 are filled")),
        // 5. A balance column that is no running balance.
        Case(
            name: "two coincidental balance matches flip nothing",
            csv:
                "Date,Description,Amount,Balance\n2024-01-01,A,-10.00,100.00\n2024-01-02,B,-5.00,110.00\n2024-01-03,C,-20.00,115.00\n2024-01-04,D,-7.00,300.00\n2024-01-05,E,-1.00,12.00\n2024-01-06,F,-2.00,40.00\n",
            outcome: .reads(
                [
                    "2024-01-01 -10.00", "2024-01-02 -5.00", "2024-01-03 -20.00", "2024-01-04 -7.00",
                    "2024-01-05 -1.00", "2024-01-06 -2.00",
                ], warning: "no running balance GoalKit can check")),
        Case(
            name: "decimal commas in an unquoted comma file",
            csv: "Date,Description,Amount\n2024-01-05,Coffee,-3,50\n2024-01-06,Rent,-900,00\n",
            outcome: .refused(line: 0, holding: "would lose its cents")),
        Case(
            name: "decimal-comma cents in the next named column",
            csv:
                "Date,Description,Amount,Ref\n2024-01-05,Coffee,-3,50\n2024-01-06,Rent,-900,00\n2024-01-07,Pay,2000,00\n",
            outcome: .refused(line: 0, holding: "would lose its cents")),
        Case(
            name: "unsigned amounts and a balance that says some are money out",
            csv:
                "Date,Description,Amount,Balance\n2024-01-05,Coffee,3.50,996.50\n2024-01-06,Salary,2000.00,2996.50\n2024-01-07,Rent,900.00,2096.50\n",
            outcome: .refused(line: 0, holding: "which lines are money out")),
        Case(
            name: "a balance that tracks nothing is told",
            csv:
                "Date,Description,Amount,Balance\n2024-01-05,A,-3.50,5000.00\n2024-01-06,B,2000.00,1234.00\n2024-01-07,C,-900.00,777.77\n",
            outcome: .reads(
                ["2024-01-05 -3.50", "2024-01-06 2000.00", "2024-01-07 -900.00"],
                warning: "no running balance GoalKit can check")),
        Case(
            name: "a header currency and amounts in another",
            csv: "Date,Description,Amount (EUR)\n2024-01-05,Coffee,$110.60\n",
            outcome: .refused(line: 2, holding: "the header says EUR")),
        // 6. Thousands that look like decimals; dates that disagree on their order.
        Case(
            name: "every amount has three digits after a point",
            csv: "Date,Description,Amount\n2024-01-05,A,-1.234\n2024-01-06,B,-2.499\n",
            outcome: .refused(line: 2, holding: "decimal_mark")),
        Case(
            name: "one DD/MM row among MM/DD rows",
            csv: "Date,Description,Amount\n01/15/2024,A,-1.00\n01/02/2024,B,-2.00\n25/01/2024,C,-3.00\n",
            outcome: .refused(line: 4, holding: "the dates disagree on their order")),
        Case(
            name: "a lone row settling the date order is told",
            csv:
                "Date,Description,Amount\n01/02/2024,A,-1.00\n03/04/2024,B,-2.00\n05/06/2024,C,-3.00\n25/01/2024,D,-4.00\n",
            outcome: .reads(
                ["2024-02-01 -1.00", "2024-04-03 -2.00", "2024-06-05 -3.00", "2024-01-25 -4.00"],
                warning: "read as DD/MM because line 5")),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) throws {
        switch c.outcome {
        case .reads(let expected, let warning):
            let parsed = try inspect(c.csv, name: "trust.csv")
            #expect(parsed.lines.map { "\($0.date.isoString) \($0.amount.decimalString)" } == expected)
            if let warning { #expect(parsed.warnings.contains { $0.message.contains(warning) }, "\(parsed.warnings)") }
        case .refused(let line, let holding):
            let error = try #require(rejection(c.csv, name: "trust.csv"))
            #expect(error.line == (line == 0 ? nil : line))
            #expect(error.message.contains(holding), "\(error.message)")
        }
    }

    /// 1. `--skip-invalid` lists a bad last row instead of dropping it as a footer.
    @Test func aBadLastRowIsSkippedAndListedWhenAsked() throws {
        let sink = try skipping(
            "Date,Description,Amount\n2012-01-05,Coffee,-3.50\n2012-02-31,Rent,-900.00\n", name: "a.csv")
        #expect(sink.lines == 1)
        #expect(sink.invalid.map(\.line) == [3])
    }

    /// 8. The currency a file states: in its header, on its amounts.
    @Test(arguments: [
        ("Date;Description;Bedrag (EUR)\n2024-01-05;A;-1,50\n", "EUR"),
        ("Date,Description,Amount\n2024-01-05,A,£12.50\n2024-01-06,B,-£2.50\n", "GBP"),
        ("Datum;Omschrijving;Bedrag\n05-01-2024;A;12,50 €\n", "EUR"),
        ("Date,Description,Amount in CHF\n2024-01-05,A,-1.50\n", "CHF"),
    ])
    func theCurrencyTheFileStatesIsTheCurrency(csv: String, code: String) throws {
        let parsed = try inspect(csv, name: "c.csv", currency: .usd)
        #expect(parsed.statements.map(\.header.currency.code) == [code])
    }

    /// 8. `$` says dollars, not which: the home currency when it is one, else a question.
    @Test func dollarsAreAskedAboutUnlessTheHomeCurrencyIsOne() throws {
        let csv = "Date,Description,Amount\n2024-01-05,A,$110.60\n"
        #expect(try inspect(csv, name: "d.csv", currency: .usd).statements.first?.header.currency.code == "USD")
        let euro = try inspect(csv, name: "d.csv", currency: .eur)
        #expect(euro.statements.first?.header.currency.code == "XXX")
        #expect(euro.warnings.contains { $0.message.hasPrefix("question:") && $0.message.contains("--currency") })
    }

    /// 8. A German file that names no currency, going into a USD home, is asked about.
    @Test func aFileInAnotherLanguageWithNoCurrencyIsAskedAbout() throws {
        let parsed = try inspect("Buchungstag;Text;Betrag\n05.01.2024;Kaffee;-3,50\n", name: "g.csv", currency: .usd)
        #expect(parsed.warnings.contains { $0.message.contains("its header is German") })
    }

    /// 9. The account a preamble names, and one account per currency.
    @Test func thePreambleNamesTheAccountAndEachCurrencyHasItsOwn() throws {
        let iban = try inspect(
            "Kontoauszug Girokonto DE89 3704 0044 0532 0130 00\n\nBuchungstag;Text;Betrag\n05.01.2024;Kaffee;-3,50\n",
            name: "k.csv")
        #expect(iban.statements.map(\.header.accountID) == ["DE89370400440532013000"])
        let notIBAN = try inspect("Ref DE00 1234 5678\nDate,Payee,Amount\n2024-01-05,A,-1.00\n", name: "n.csv")
        #expect(notIBAN.statements.map(\.header.accountID) == ["default"])
        let mixed = try inspect(
            "Date,Payee,Amount,Currency\n2024-01-05,A,-1.00,EUR\n2024-01-06,B,-2.00,USD\n2024-01-07,C,-3.00,EUR\n",
            name: "m.csv")
        #expect(Set(mixed.statements.map(\.header.accountID)) == ["default/EUR", "default/USD"])
    }

    /// 12. Dates outside 1900–2100 are bad lines; one far from the rest is told.
    @Test func datesOutsideTheCalendarBanksUseAreBadLines() throws {
        let error = try #require(
            rejection("Date,Payee,Amount\n2024-01-05,A,-1.00\n9999-12-31,B,-2.00\n", name: "y.csv"))
        #expect(error.line == 3)
        #expect(error.message.contains("outside 1900–2100"))
        let far = try inspect(
            "Date,Payee,Amount\n2024-01-05,A,-1.00\n2024-01-06,B,-1.00\n2024-01-07,C,-1.00\n2024-01-08,D,-1.00\n"
                + "2024-01-09,E,-1.00\n2024-01-10,F,-1.00\n2024-01-11,G,-1.00\n2024-01-12,H,-1.00\n2024-01-13,I,-1.00\n"
                + "2024-01-14,J,-1.00\n2042-01-06,K,-2.00\n",
            name: "far.csv")
        #expect(far.warnings.contains { $0.line == 12 && $0.message.contains("lies more than") })
    }
}
