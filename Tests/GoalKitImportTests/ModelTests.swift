import GoalKitImport
import Testing

@Suite struct ModelTests {
    @Test func errorsSayWhere() {
        let e = ImportError(.badValue, file: "stmt.ofx", line: 12, message: "invalid date '20231345'")
        #expect(e.description == "stmt.ofx:12: error: invalid date '20231345'")
        let x = ImportError(.malformed, file: "c.xml", line: 3, element: "Document/BkToCstmrStmt", message: "bad")
        #expect(x.description == "c.xml:3: error: bad (at Document/BkToCstmrStmt)")
    }

    @Test(arguments: [
        ("CHECKING", AccountType.checking), ("savings", .savings), ("MONEYMRKT", .moneymarket),
        ("CREDITLINE", .creditline), ("CACC", .checking), ("SVGS", .savings), ("CARD", .creditcard), ("XYZ", .unknown),
    ])
    func accountTypes(_ code: String, _ type: AccountType) {
        #expect(AccountType(code: code) == type)
    }
}
