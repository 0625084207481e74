import GoalKit
import GoalKitReport
import Testing

@Suite struct ListingTests {
    let listing = Listing(
        columns: ["id", "payee", "amount", "day", "ok"],
        rows: [
            [
                .int(1), .text("=HYPERLINK(\"x\")"), .money(Money(minorUnits: -123_456, currency: .usd)),
                .date(LocalDate(iso: "2024-01-02")), .bool(true),
            ],
            [.int(2), .text("Café, \"Le\" Bon"), .money(Money(minorUnits: 5, currency: .usd)), .empty, .bool(false)],
        ])

    @Test func csvIsRFC4180WithFormulasNeutralised() {
        let csv = listing.rendered(as: .csv)
        #expect(
            csv
                == "id,payee,amount,day,ok\r\n1,\"'=HYPERLINK(\"\"x\"\")\",-1234.56,2024-01-02,true\r\n2,\"Café, \"\"Le\"\" Bon\",0.05,,false\r\n"
        )
    }

    @Test(arguments: ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
    func neutralisesFormulaStarts(_ text: String) {
        #expect(CSVRenderer.neutralised(text) == "'" + text)
    }

    @Test func jsonWritesMoneyAsDecimalStrings() {
        let json = listing.jsonValue.serialized()
        #expect(
            json.hasPrefix(#"[{"amount":"-1234.56","day":"2024-01-02","id":1,"ok":true,"payee":"=HYPERLINK(\"x\")"}"#))
        #expect(json.contains(#""day":null"#))
    }

    @Test func tablesAlignNumbersRight() {
        let lines = listing.rendered(as: .table).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[2].contains("-1,234.56"))
        #expect(lines[3].contains("     0.05"))
        #expect(Listing(columns: ["a"]).rendered(as: .table) == "(none)\n")
    }

    @Test(arguments: [(Int64(4167), "41.67"), (5, "0.05"), (10_000, "100.00"), (-250, "-2.50")])
    func percentages(_ basisPoints: Int64, _ text: String) {
        #expect(Listings.percentText(basisPoints) == text)
    }
}
