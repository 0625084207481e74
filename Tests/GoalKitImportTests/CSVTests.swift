import Foundation
import GoalKit
import GoalKitImport
import GoalKitTestSupport
import Testing

/// CSV exports as banks write them; each must read with no configuration.
@Suite struct CSVTests {
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        let csv: String
        let dates: [String]
        let amounts: [String]
        var payees: [String]? = nil
        var description: String { name }
    }

    static let cases: [Case] = [
        // Date formats.
        Case(
            name: "ISO dates", csv: "Date,Description,Amount\n2024-03-05,Coffee,-3.50\n2024-03-17,Salary,2000.00\n",
            dates: ["2024-03-05", "2024-03-17"], amounts: ["-3.50", "2000.00"], payees: ["Coffee", "Salary"]),
        Case(
            name: "DD/MM/YYYY", csv: "Date,Description,Amount\n05/03/2024,A,-1.00\n17/03/2024,B,-2.00\n",
            dates: ["2024-03-05", "2024-03-17"], amounts: ["-1.00", "-2.00"]),
        Case(
            name: "MM/DD/YYYY", csv: "Date,Description,Amount\n03/05/2024,A,-1.00\n03/17/2024,B,-2.00\n",
            dates: ["2024-03-05", "2024-03-17"], amounts: ["-1.00", "-2.00"]),
        Case(
            name: "M/D/YY", csv: "Date,Description,Amount\n3/5/24,A,-1.00\n3/17/24,B,-2.00\n",
            dates: ["2024-03-05", "2024-03-17"], amounts: ["-1.00", "-2.00"]),
        Case(
            name: "DD.MM.YYYY with semicolons and decimal commas",
            csv: "Buchungstag;Text;Betrag\n05.03.2024;A;-1,50\n17.03.2024;B;2.000,00\n",
            dates: ["2024-03-05", "2024-03-17"], amounts: ["-1.50", "2000.00"]),
        Case(
            name: "DD-MM-YYYY", csv: "Datum;Omschrijving;Bedrag\n05-03-2024;A;-1,00\n17-03-2024;B;-2,00\n",
            dates: ["2024-03-05", "2024-03-17"], amounts: ["-1.00", "-2.00"]),
        Case(
            name: "YYYYMMDD", csv: "Datum,Naam,Bedrag\n20240305,A,-1.00\n20240317,B,-2.00\n",
            dates: ["2024-03-05", "2024-03-17"], amounts: ["-1.00", "-2.00"]),
        Case(
            name: "YYYY.MM.DD", csv: "Date,Payee,Amount\n2024.03.05,A,-1\n2024.03.17,B,-2\n",
            dates: ["2024-03-05", "2024-03-17"], amounts: ["-1.00", "-2.00"]),
        Case(
            name: "Y/M/D", csv: "Date,Remarque,Montant\n2024/3/5,A,-1.00\n2024/3/17,B,-2.00\n",
            dates: ["2024-03-05", "2024-03-17"], amounts: ["-1.00", "-2.00"]),
        Case(
            name: "ambiguous days, decimal comma: DD/MM",
            csv: "Date;Label;Amount\n01/02/2024;A;-1,00\n03/04/2024;B;-2,00\n",
            dates: ["2024-02-01", "2024-04-03"], amounts: ["-1.00", "-2.00"]),
        Case(
            name: "ambiguous days, decimal point: MM/DD",
            csv: "Date,Label,Amount\n01/02/2024,A,-1.00\n03/04/2024,B,-2.00\n",
            dates: ["2024-01-02", "2024-03-04"], amounts: ["-1.00", "-2.00"]),
        Case(
            name: "date with a time", csv: "Date,Label,Amount\n2024-03-05 14:22:01,A,-1.00\n2024-03-17T08:00,B,-2.00\n",
            dates: ["2024-03-05", "2024-03-17"], amounts: ["-1.00", "-2.00"]),
        // Marks.
        Case(
            name: "thousands with commas",
            csv: "Date,Label,Amount\n2024-03-05,A,\"-1,234.56\"\n2024-03-06,B,\"12,000.00\"\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-1234.56", "12000.00"]),
        Case(
            name: "thousands with spaces", csv: "Date;Label;Amount\n2024-03-05;A;-1 234,56\n2024-03-06;B;12 000,00\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-1234.56", "12000.00"]),
        Case(
            name: "thousands with apostrophes", csv: "Date;Label;Amount\n2024-03-05;A;-11'373.94\n2024-03-06;B;5.00\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-11373.94", "5.00"]),
        Case(
            name: "dollar signs and parentheses",
            csv: "Date,Label,Amount\n2024-03-05,A,($7.50)\n2024-03-06,B,\"$1,000.00\"\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-7.50", "1000.00"]),
        // Layouts.
        Case(
            name: "debit and credit columns",
            csv: "Date,Description,Withdrawal,Deposit\n2024-03-05,A,$10.00,\n2024-03-06,B,,$25.50\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-10.00", "25.50"]),
        Case(
            name: "Soll and Haben", csv: "Datum;Text;Soll;Haben\n05.03.2024;A;10,00;0,00\n06.03.2024;B;0,00;25,50\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-10.00", "25.50"]),
        Case(
            name: "amount with D/C", csv: "Date,Label,Amount,D/C\n2024-03-05,A,10.00,D\n2024-03-06,B,25.50,C\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-10.00", "25.50"]),
        Case(
            name: "amount with Af/Bij",
            csv: "Datum,Naam / Omschrijving,Af Bij,Bedrag (EUR)\n20240305,A,Af,\"10,00\"\n20240306,B,Bij,\"25,50\"\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-10.00", "25.50"]),
        Case(
            name: "amount with S/H", csv: "Datum;Text;S/H;Betrag\n05.03.2024;A;S;10,00\n06.03.2024;B;H;25,50\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-10.00", "25.50"]),
        Case(
            name: "amount with Debit/Credit words",
            csv: "Date,Description,Debit/Credit,Amount\n2024-03-05,A,Debit,10.00\n2024-03-06,B,Credit,25.50\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-10.00", "25.50"]),
        Case(
            name: "direction wins over a written sign",
            csv: "Date,Label,Amount,D/C\n2024-03-05,A,-10.00,C\n2024-03-06,B,25.50,D\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["10.00", "-25.50"]),
        Case(
            name: "CR and DR suffixes", csv: "Date,Label,Amount\n2024-03-05,A,10.00 DR\n2024-03-06,B,25.50 CR\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-10.00", "25.50"]),
        // Preamble, footer, header.
        Case(
            name: "preamble and footer",
            csv:
                "Account: 1234\nExported 2024-04-01\n\nDate,Description,Amount\n2024-03-05,A,-1.00\n2024-03-06,B,-2.00\n\nTotal,,-3.00\nThank you for banking with us\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-1.00", "-2.00"]),
        Case(
            name: "no header", csv: "05.03.2024;Grocer;-12,50;EUR\n06.03.2024;Employer;2500,00;EUR\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-12.50", "2500.00"], payees: ["Grocer", "Employer"]),
        Case(
            name: "tabs", csv: "Date\tDescription\tAmount\n2024-03-05\tA\t-1.00\n2024-03-06\tB\t-2.00\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-1.00", "-2.00"]),
        Case(
            name: "pipes and CR line ends", csv: "Date|Description|Amount\r2024-03-05|A|-1.00\r2024-03-06|B|-2.00\r",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-1.00", "-2.00"]),
        Case(
            name: "quoted fields with delimiters, quotes and line breaks",
            csv: "Date,Description,Amount\n2024-03-05,\"Smith, \"\"Jr\"\"\nLtd\",-1.00\n2024-03-06,B,-2.00\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["-1.00", "-2.00"], payees: ["Smith, \"Jr\"\nLtd", "B"]),
        Case(
            name: "zero-amount notices are kept",
            csv: "Date,Description,Amount\n2024-03-05,Notice,0.00\n2024-03-06,B,-2.00\n",
            dates: ["2024-03-05", "2024-03-06"], amounts: ["0.00", "-2.00"]),
        Case(
            name: "running balance reveals inverted signs",
            csv:
                "Date,Description,Amount,Balance\n2024-03-01,Shop,10.00,90.00\n2024-03-02,Shop,5.00,85.00\n2024-03-03,Refund,-20.00,105.00\n",
            dates: ["2024-03-01", "2024-03-02", "2024-03-03"], amounts: ["-10.00", "-5.00", "20.00"]),
        Case(
            name: "headerless amount told from a balance-before column",
            csv:
                "13-03-2024,NL01,100.00,EUR,-10.00\n14-03-2024,NL01,90.00,EUR,-5.00\n15-03-2024,NL01,85.00,EUR,20.00\n16-03-2024,NL01,105.00,EUR,-1.00\n",
            dates: ["2024-03-13", "2024-03-14", "2024-03-15", "2024-03-16"],
            amounts: ["-10.00", "-5.00", "20.00", "-1.00"]),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) throws {
        let parsed = try inspect(c.csv, name: "export.csv")
        #expect(parsed.format == .csv)
        #expect(parsed.lines.map(\.date.isoString) == c.dates)
        #expect(parsed.lines.map(\.amount.decimalString) == c.amounts)
        if let payees = c.payees { #expect(parsed.lines.map(\.payee) == payees) }
    }

    @Test func warnsWhenDatesFitBothOrders() throws {
        let parsed = try inspect("Date,Label,Amount\n01/02/2024,A,-1.00\n", name: "a.csv")
        #expect(parsed.warnings.contains { $0.message.contains("fits both DD/MM and MM/DD") })
    }

    @Test func asksAboutSignsItCannotSettle() throws {
        let parsed = try inspect("Date,Merchant,Amount\n2024-03-05,A,10.00\n2024-03-06,B,20.00\n", name: "card.csv")
        #expect(parsed.warnings.contains { $0.message.hasPrefix("question:") && $0.message.contains("--invert") })
    }

    @Test func keepsTheCategoryColumnAndCurrencyAndAccountColumns() throws {
        let parsed = try inspect(
            "Date,Payee,Amount,Category,Currency,Account\n2024-03-05,A,-1.00,Food & Drink,EUR,Main\n2024-03-06,B,-2.00,Rent,EUR,Main\n",
            name: "c.csv")
        #expect(parsed.lines.map(\.category) == ["Food & Drink", "Rent"])
        #expect(parsed.statements.map(\.header.accountID) == ["Main"])
        #expect(parsed.statements.first?.header.currency.code == "EUR")
    }

    @Test func readsWindows1252AndBOM() throws {
        var bytes = Array("Date,Payee,Amount\n2024-03-05,Caf_,-1.00\n".utf8)
        bytes[bytes.firstIndex(of: UInt8(ascii: "_"))!] = 0xE9
        let legacy = try inspect(bytes: bytes, name: "l.csv")
        #expect(legacy.lines.first?.payee == "Café")
        #expect(legacy.encoding == "windows-1252")
        let bom = try inspect(
            bytes: [0xEF, 0xBB, 0xBF] + Array("\"Date\",\"Payee\",\"Amount\"\n2024-03-05,Zoë,-1.00\n".utf8),
            name: "b.csv")
        #expect(bom.lines.first?.payee == "Zoë")
    }

    @Test func skipsInvestmentExports() throws {
        let parsed = try inspect(
            "Date,Product,ISIN,Amount\n2024-03-05,Fund,LU1959429272,-100.00\n2024-03-06,Fund,LU1959429272,5.00\n",
            name: "i.csv")
        #expect(parsed.statements.isEmpty)
        #expect(parsed.skipped.map(\.kind) == [.investment])
    }

    @Test func aHeaderWithoutRowsIsAnEmptyStatement() throws {
        let parsed = try inspect("\"Date\",\"Label\",\"Amount\"\n", name: "e.csv")
        #expect(parsed.lines.isEmpty)
    }

    @Test func aBadRowRejectsTheFileWithItsLine() throws {
        let error = try #require(
            rejection("Date,Label,Amount\n2024-03-05,A,-1.00\n2024-03-06,B,lots\n2024-03-07,C,-3.00\n", name: "bad.csv")
        )
        #expect(error.line == 3)
        #expect(error.message.contains("invalid amount 'lots' in column 'Amount'"))
        let date = try #require(
            rejection(
                "Date,Label,Amount\n2024-03-05,A,-1.00\n2024-02-30,B,-2.00\n2024-03-07,C,-3.00\n", name: "bad.csv"))
        #expect(date.line == 3)
        #expect(date.message.contains("invalid date '2024-02-30'"))
    }

    @Test func aRowWithTooManyColumnsIsRefused() throws {
        let wide = "Date,Label,Amount\n2024-03-05,A," + String(repeating: "1,", count: 5000) + "\n"
        let error = try #require(rejection(wide, name: "wide.csv"))
        #expect(error.message.contains("more than 4096 columns"))
    }

    @Test func aProfilePinsWhatTheFileCannotSay() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.write(
            "card.csv", "skip me\nTxn,When,Where,How much\n1,05/03/2024,A,10.00\n2,17/03/2024,B,-4.00\n")
        var profile = CSVProfile()
        profile.skip = 1
        profile.header = true
        profile.dateColumn = "When"
        profile.amountColumn = "4"
        profile.payeeColumn = "Where"
        profile.dateFormat = "DD/MM/YYYY"
        profile.invert = true
        profile.account = "Visa"
        profile.currency = "GBP"
        let parsed = try StatementReader.inspect(path: path, options: ParseOptions(profile: profile))
        #expect(parsed.lines.map(\.amount.decimalString) == ["-10.00", "4.00"])
        #expect(parsed.lines.map(\.date.isoString) == ["2024-03-05", "2024-03-17"])
        #expect(parsed.statements.first?.header.accountID == "Visa")
        #expect(parsed.statements.first?.header.currency.code == "GBP")
        #expect(CSVProfile.order(of: "MM/DD/YY") == .mdy)
        #expect(try CSVProfile.from(json: profile.json()) == profile)
    }

    /// Columns no role reads are not turned into text, but a row that holds only them is
    /// still no blank row, and their bytes still tell the file's encoding.
    @Test func unreadColumnsStillCountForBlankRowsAndEncoding() throws {
        let text = "Date,Extra,Description,Amount\n2024-01-05,x,A,-1.00\n,only extra,,\n"
        let parsed = try inspect(text, name: "notes.csv")
        #expect(parsed.lines.count == 1)
        #expect(parsed.warnings.contains { $0.message.contains("after the last transaction were ignored as a footer") })
        var bytes = Array("Date,Extra,Description,Amount\n2024-01-05,".utf8)
        bytes += [0x43, 0x61, 0x66, 0xE9]  // "Café" in Windows-1252, in the unread column
        bytes += Array(",A,-1.00\n".utf8)
        #expect(try inspect(bytes: bytes, name: "legacy-note.csv").encoding == "windows-1252")
    }
}
