import Foundation
import GoalKit
import GoalKitImport
import GoalKitTestSupport
import Testing

@Suite struct QIFTests {
    static let bank = """
        !Account
        NEveryday Checking
        TBank
        ^
        !Type:Bank
        D03/15/2024
        T-1,250.00
        PLandlord LLC
        MMarch rent
        LHousing:Rent
        N1001
        ^
        D3/20'24
        U2,500.00
        T2,500.00
        PEmployer
        ^
        D03/22/2024
        T-100.00
        PCostco
        SGroceries
        $-60.00
        SHousehold
        $-40.00
        ^
        !Type:Invst
        D03/01/2024
        NBuy
        YACME
        T500.00
        ^

        """

    @Test func readsBankSectionsSplitsAndLabels() throws {
        let parsed = try inspect(Self.bank, name: "money.qif")
        #expect(parsed.format == .qif)
        #expect(parsed.statements.map(\.header.accountID) == ["Everyday Checking"])
        #expect(parsed.lines.map(\.date.isoString) == ["2024-03-15", "2024-03-20", "2024-03-22"])
        #expect(parsed.lines.map(\.amount.decimalString) == ["-1250.00", "2500.00", "-100.00"])
        #expect(parsed.lines.map(\.payee) == ["Landlord LLC", "Employer", "Costco"])
        #expect(parsed.lines.first?.category == "Housing:Rent")
        #expect(parsed.lines.first?.type == "1001")
        #expect(parsed.lines.last?.memo.contains("-60.00 + -40.00") == true)
        #expect(parsed.skipped.map(\.kind) == [.investment])
    }

    @Test(arguments: [
        ("D15/8/13\n", "D3/3/13\n", ["2013-08-15", "2013-03-03"]),
        ("D8/15/13\n", "D3/3/13\n", ["2013-08-15", "2013-03-03"]),
        ("D13/08/15\n", "D13/3/3\n", ["2013-08-15", "2013-03-03"]),
        ("D2013-08-15\n", "D2013-03-03\n", ["2013-08-15", "2013-03-03"]),
        ("D 8/15'13\n", "D 3/ 3'13\n", ["2013-08-15", "2013-03-03"]),
    ])
    func decidesTheDateOrderOverTheWholeFile(_ first: String, _ second: String, _ dates: [String]) throws {
        let parsed = try inspect("!Type:CCard\n\(first)T-1.00\nPA\n^\n\(second)T-2.00\nPB\n^\n", name: "d.qif")
        #expect(parsed.lines.map(\.date.isoString) == dates)
        #expect(parsed.statements.first?.header.accountType == .creditcard)
    }

    /// Amounts beyond 64 bits and splits adding up beyond them: a bad line, never a trap.
    @Test(arguments: [
        ("T-99999999999999999999.00\n", "too large"),
        ("$90000000000000000.00\n$90000000000000000.00\n", "add up beyond"),
        ("$-90000000000000000.00\n$-90000000000000000.00\n", "add up beyond"),
    ])
    func refusesAmountsBeyondSixtyFourBits(_ amount: String, _ reason: String) throws {
        let text = "!Type:Bank\nD03/15/2024\nT-1.00\n^\nD03/16/2024\nPBig\n\(amount)^\nD03/17/2024\nT-2.00\n^\n"
        let bad = try #require(rejection(text, name: "big.qif"))
        #expect(bad.message.contains(reason))
        #expect(bad.file == "big.qif")
        let skipped = try skipping(text, name: "big.qif")
        #expect(skipped.lines == 2)
        #expect(skipped.invalid.count == 1)
    }

    /// Dates far outside any statement read or fail as a bad line, never a trap.
    @Test(arguments: [
        "D1/1/99999\n", "D12/31/0000\n", "D99999999999999999999/1/1\n", "D9223372036854775807/1'99\n",
        "D1/1'9223372036854775807\n", "D00/00/00\n",
    ])
    func refusesDatesNoCalendarHolds(_ date: String) throws {
        let text = "!Type:Bank\n\(date)T-1.00\nPX\n^\nD03/17/2024\nT-2.00\n^\n"
        let bad = try #require(rejection(text, name: "date.qif"))
        #expect(bad.line == 2)
        #expect(try skipping(text).lines == 1)
    }

    @Test func rejectsMalformedFilesWithTheLine() throws {
        let bad = try #require(rejection("!Type:Bank\nD03/15/2024\nT-1.00\n^\nD02/30/2024\nT-2.00\n^\n", name: "b.qif"))
        #expect(bad.line == 5)
        #expect(bad.message.contains("invalid date '02/30/2024'"))
        let field = try #require(rejection("!Type:Bank\nD03/15/2024\nZ???\n^\n", name: "f.qif"))
        #expect(field.line == 3)
        #expect(field.message.contains("unknown QIF field 'Z'"))
        let amount = try #require(rejection("!Type:Cash\nD03/15/2024\nTlots\n^\n", name: "a.qif"))
        #expect(amount.line == 3)
    }
}

@Suite struct MT940Tests {
    static let statement = """
        {1:F01BANKNL2AXXX0000000000}{2:I940BANKNL2AXXXN}{4:
        :20:STMT0001
        :25:NL91ABNA0417164300
        :28C:00042/001
        :60F:C240228EUR1000,00
        :61:2403010301D12,50NMSCNONREF//BREF1
        CARD PAYMENT
        :86:/NAME/Blue Bottle/REMI/Coffee and cake/
        :61:2403050305C2500,00NTRFPAYROLL-MAR//BREF2
        :86:Salary March ACME Corp
        :61:2403060306RD12,50NMSCNONREF//BREF3
        :86:/NAME/Blue Bottle/REMI/Refund/
        :62F:C240306EUR3500,00
        -}
        {1:F01BANKNL2AXXX0000000000}{2:I940BANKNL2AXXXN}{4:
        :20:STMT0002
        :25:NL91ABNA0417164300
        :28C:00043/001
        :60F:C240306EUR3500,00
        :61:240310D100,00NTRFNONREF
        :86:/CNTP/NL44RABO0123456789/RABONL2U/J. Doe/REMI/USTD//Loan/
        :62F:C240310EUR3400,00
        -}

        """

    @Test func readsStatementsLinesAndInformation() throws {
        let parsed = try inspect(Self.statement, name: "stmt.940")
        #expect(parsed.format == .mt940)
        #expect(parsed.statements.count == 2)
        #expect(parsed.statements[0].header.accountID == "NL91ABNA0417164300")
        #expect(parsed.statements[0].header.currency.code == "EUR")
        #expect(parsed.lines.map(\.amount.decimalString) == ["-12.50", "2500.00", "12.50", "-100.00"])
        #expect(parsed.lines.map(\.date.isoString) == ["2024-03-01", "2024-03-05", "2024-03-06", "2024-03-10"])
        #expect(parsed.lines.map(\.payee) == ["Blue Bottle", "Salary March ACME Corp", "Blue Bottle", "J. Doe"])
        #expect(parsed.lines[0].memo == "Coffee and cake")
        #expect(parsed.lines[0].bankID == "BREF1")
        #expect(parsed.statements[0].footer.ledgerBalance?.decimalString == "3500.00")
        #expect(parsed.warnings.isEmpty)
    }

    @Test func warnsWhenBalancesDisagree() throws {
        let parsed = try inspect(
            Self.statement.replacingOccurrences(of: ":62F:C240310EUR3400,00", with: ":62F:C240310EUR3000,00"),
            name: "s.940")
        #expect(parsed.warnings.contains { $0.message.contains("lines may be missing") })
    }

    /// One statement around a `:61:` line.
    static func statement(line: String) -> String {
        ":20:S\n:25:NL91ABNA0417164300\n:60F:C240104EUR0,00\n:61:\(line)\n:86:Shop\n:62F:C240105EUR0,00\n-\n"
    }

    @Test(arguments: [
        ("2401050105D1234.56NTRFNONREF", "-1234.56", "NTRF", true),
        ("2401050105D1234,56NTRFNONREF", "-1234.56", "NTRF", false),
        ("2401050105CR1234,56NTRFNONREF//B1", "1234.56", "NTRF", false),
        ("2401050105RDR12.5NMSCNONREF", "12.50", "NMSC", true),
        ("240105RC7,NCHGNONREF", "-7.00", "NCHG", false),
        ("240105C0,5S103REF", "0.50", "S103", false),
        ("240105D,25FCHKNONREF", "-0.25", "FCHK", false),
        ("240105CE1.5NTRFX", "1.50", "NTRF", true),
        ("240105D000000000400,00N541NONREF", "-400.00", "N541", false),
    ])
    func readsTheAmountOfAStatementLine(_ line: String, _ amount: String, _ type: String, _ warns: Bool) throws {
        let parsed = try inspect(Self.statement(line: line), name: "a.940")
        #expect(parsed.lines.map(\.amount.decimalString) == [amount])
        #expect(parsed.lines.first?.type == type)
        let warning = parsed.warnings.first { $0.message.contains("MT940 writes a decimal comma") }
        #expect((warning != nil) == warns)
        if warns { #expect(warning?.line == 4) }
    }

    @Test(arguments: [
        ("240105D12,3,4NTRFX", "more than one decimal mark"),
        ("240105D12.3,4NTRFX", "more than one decimal mark"),
        ("240105D12.50 NTRF", "must be followed by the transaction type"),
        ("240105D12,50/NTRF", "must be followed by the transaction type"),
        ("240105DNTRF", "no digits"),
        ("240105D999999999999999999999,00NTRFX", "too large"),
    ])
    func rejectsABadAmountWithItsLine(_ line: String, _ reason: String) throws {
        let bad = try #require(rejection(Self.statement(line: line), name: "b.940"))
        #expect(bad.line == 4)
        #expect(bad.message.contains(reason))
    }

    @Test(arguments: ["60F", "60M"], ["62F", "62M"])
    func readsBalancesWithADecimalPoint(_ open: String, _ close: String) throws {
        let text = """
            :20:S
            :25:NL91ABNA0417164300
            :\(open):C240228EUR1000.00
            :61:2403010301D12.50NMSCNONREF
            :\(close):C240301EUR987.50
            :64:C240301EUR987.5
            :65:D240302EUR1234,56

            """
        let parsed = try inspect(text, name: "p.940")
        #expect(parsed.lines.map(\.amount.decimalString) == ["-12.50"])
        #expect(parsed.statements.first?.footer.ledgerBalance?.decimalString == "987.50")
        #expect(!parsed.warnings.contains { $0.message.contains("lines may be missing") })
        let pointed = parsed.warnings.filter { $0.message.contains("MT940 writes a decimal comma") }
        #expect(pointed.compactMap(\.line) == [3, 4, 5, 6])
        let badAvailable = try #require(rejection(text.replacingOccurrences(of: "EUR987.5\n", with: "EUR9.8.7\n")))
        #expect(badAvailable.line == 6)
    }

    /// Amounts whose sums leave 64 bits: the line is a bad line, never a trap.
    @Test(arguments: [
        ("C240104EUR0,00", ["C90000000000000000,00", "C90000000000000000,00"], 5),
        ("C240104EUR0,00", ["D90000000000000000,00", "D90000000000000000,00"], 5),
    ])
    func refusesLinesThatAddUpBeyondSixtyFourBits(_ opening: String, _ amounts: [String], _ badLine: Int) throws {
        let lines = amounts.map { ":61:240105\($0)NTRFNONREF" }.joined(separator: "\n")
        let text = ":20:S\n:25:A\n:60F:\(opening)\n\(lines)\n:62F:C240105EUR0,00\n"
        // Each line is beyond what GoalKit stores, so the first is refused for that; skipped,
        // the sum of the two still leaves 64 bits and the second is refused for it.
        let bad = try #require(rejection(text, name: "o.940"))
        #expect(bad.line == badLine - 1)
        #expect(bad.message.contains("larger than GoalKit stores"))
        let skipping = try skipping(text)
        #expect(skipping.lines == 0)
        #expect(skipping.invalid.map(\.line) == [badLine - 1, badLine])
        #expect(skipping.invalid.last?.message.contains("add up beyond") == true)
    }

    @Test func warnsWhenOpeningPlusLinesLeavesSixtyFourBits() throws {
        let text = """
            :20:S
            :25:A
            :60F:C240104EUR90000000000000000,00
            :61:240105C90000000000000000,00NTRFNONREF
            :62F:C240105EUR1,00

            """
        // The line itself is beyond what GoalKit stores (a bad line); skipped, the balances
        // still do not trap.
        let parsed = try skipping(text, name: "w.940")
        #expect(parsed.invalid.map(\.line) == [4])
        #expect(parsed.warnings.contains { $0.message.contains("lines may be missing") })
    }

    /// Dates at the edges of MT940's two-digit years read or fail cleanly.
    @Test(arguments: [
        ("9912310101C1,00NTRFX", "2000-01-01"),
        ("8001011231C1,00NTRFX", "1979-12-31"),
        ("000229C1,00NTRFX", "2000-02-29"),
        ("7912311231C1,00NTRFX", "2079-12-31"),
    ])
    func readsDatesAtTheEdgesOfTheCentury(_ line: String, _ date: String) throws {
        let parsed = try inspect(Self.statement(line: line), name: "d.940")
        #expect(parsed.lines.map(\.date.isoString) == [date])
    }

    @Test(arguments: ["790229C1,00NTRFX", "2401059999C1,00NTRFX", "240105\u{0663}\u{0663}\u{0663}\u{0663}C1,00NTRFX"])
    func rejectsImpossibleDatesWithTheLine(_ line: String) throws {
        let bad = try #require(rejection(Self.statement(line: line), name: "e.940"))
        #expect(bad.line == 4)
    }

    /// The fields of message `n`: one line, opening 100,00, closing 90,00.
    static func message(_ n: Int, info: String = "") -> String {
        """
        :20:STMT\(n)
        :25:NL91RABO012345678\(n)
        :28C:0000\(n)/001
        :60F:C24030\(n)EUR100,00
        :61:24030\(n)D10,00NTRFNONREF
        :86:/NAME/Shop \(n)/\(info)
        :62F:C24030\(n)EUR90,00

        """
    }

    static let header = "{1:F01BANKNL2AXXXX0000000000}{2:O9400000000000BANKNL2AXXXXN}"

    /// Files as SWIFT FIN (blocks 1–5) and as banks send MT940: every message's statement reads.
    @Test(arguments: [
        // Trailer on the line of the next message's header, block 3 with a nested field.
        "\(header){3:{108:MSG1}}{4:\n\(message(1))-}{5:{CHK:ABCDEF123456}}\(header){3:{108:MSG2}}{4:\n"
            + "\(message(2))-}{5:{CHK:ABCDEF123457}}\(header){4:\n\(message(3))-}{5:{CHK:ABCDEF123458}}\n",
        // Block 4 opening on its own line; trailers on their own lines, with an S block.
        "\(header)\n{4:\n\(message(1))-}\n{5:{CHK:ABCDEF123456}}{S:{SAC:}{COP:P}}\n{1:F01BANKNL2AXXXX0000000000}\n"
            + "{2:O9400000000000BANKNL2AXXXXN}\n{4:\n\(message(2))-}\n{5:{CHK:1}}\n\(header){4:\n\(message(3))-}",
        // `-}` followed by nothing, CRLF line ends, blank lines between messages.
        "\(header){4:\n\(message(1))-}\n\n\(header){4:\n\(message(2))-}\n\(header){4:\n\(message(3))-}\n"
            .replacingOccurrences(of: "\n", with: "\r\n"),
        // Block 4's first field on the line that opens it.
        "\(header){4::20:X\n\(message(1).drop { $0 != "\n" }.dropFirst())-}{5:}\(header){4:\n\(message(2))-}"
            + "\(header){4:\n\(message(3))-}",
        // Bare messages separated by `-` or `$` lines; Rabobank's `:940:` header.
        "\(message(1))-\n\(message(2))-\n\(message(3))-\n",
        ":940:\n\(message(1))$\n\(message(2))$\n\(message(3))$\n",
        // A `-` line inside an :86: field is its text (ING), in an envelope and bare.
        "\(header){4:\n\(message(1, info: "\n-\n/REMI/x/"))-}\(header){4:\n\(message(2))-}\(header){4:\n\(message(3))-}",
        "\(message(1, info: "\n-\n/REMI/x/"))-\n\(message(2))-\n\(message(3))",
    ])
    func readsEveryMessageOfAFile(_ text: String) throws {
        let parsed = try inspect(text, name: "fin.940")
        #expect(parsed.statements.map(\.header.accountID) == (1...3).map { "NL91RABO012345678\($0)" })
        #expect(parsed.lines.map(\.amount.decimalString) == ["-10.00", "-10.00", "-10.00"])
        #expect(parsed.lines.map(\.payee) == ["Shop 1", "Shop 2", "Shop 3"])
        #expect(parsed.statements.map { $0.footer.ledgerBalance?.decimalString } == ["90.00", "90.00", "90.00"])
        #expect(parsed.warnings.isEmpty)
    }

    @Test func rejectsAMessageCutBeforeItsClosingBalance() throws {
        let text = "\(Self.header){4:\n:20:A\n:25:B\n:60F:C240301EUR1,00\n-}\(Self.header){4:\n\(Self.message(2))-}"
        let bad = try #require(rejection(text, name: "cut.940"))
        #expect(bad.message.contains("before the closing balance"))
    }

    @Test func rejectsMalformedFilesWithTheLine() throws {
        let unknown = try #require(
            rejection(":9401:\n:20:X\n:25:A\n:60F:C240101EUR1,00\n:62F:C240101EUR1,00\n", name: "w.940"))
        #expect(unknown.line == 1)
        #expect(unknown.message.contains("unknown MT940 field ':9401:'"))
        let badLine = try #require(
            rejection(
                Self.statement.replacingOccurrences(of: "2403050305C2500,00", with: "2403050305X2500,00"), name: "b.940"
            ))
        #expect(badLine.message.contains("no debit/credit mark"))
        #expect(badLine.line == 9)
        let truncated = try #require(
            rejection(":20:X\n:25:A\n:60F:C240101EUR1,00\n:61:240102C1,00NTRFNONREF\n", name: "t.940"))
        #expect(truncated.kind == .truncated)
    }

}

/// `1.234` in MT940: a thousand times apart as grouping or decimals, and MT940 writes neither.
@Suite struct MT940ThreeDigitTests {
    @Test func threeDigitsAfterAPointAreAskedAbout() throws {
        let text = ":20:S\n:25:A\n:60F:C240101EUR5000,00\n:61:2401050105D1.234NTRFNONREF\n:62F:C240105EUR3766,00\n"
        let error = try #require(rejection(text, name: "t.940"))
        #expect(error.line == 4)
        #expect(error.message.contains("three digits after a decimal point"))
    }
}
