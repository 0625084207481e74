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
