import GoalKit
import GoalKitImport
import Testing

@Suite struct DedupKeyTests {
    @Test(arguments: [
        ("2024-01-05", UInt64(0xab), 12, "c:2024-01-05:00000000000000ab:12"),
        ("2015-12-31", UInt64.max, 1, "c:2015-12-31:ffffffffffffffff:1"),
        ("0999-02-03", UInt64(0), 1_000_000, "c:0999-02-03:0000000000000000:1000000"),
    ])
    func contentKeysAreDayHashAndOccurrence(_ day: String, _ hash: UInt64, _ occurrence: Int, _ key: String) {
        #expect(DedupKey.contentKey(day: day, hash: hash, occurrence: occurrence) == key)
    }

    @Test func theHashOfALineEqualsTheHashOfItsStoredParts() {
        var line = StatementLine(
            date: LocalDate(iso: "2024-03-09")!, amount: Money(minorUnits: -1_250, currency: .usd),
            amountText: "-12.50",
            payee: "CAFÉ", memo: "card 1234", bankID: nil, type: nil, sourceLine: 3)
        let parts = DedupKey.contentHash(
            account: "a", day: "2024-03-09", minorUnits: -1_250, currency: "USD", payee: "CAFÉ", memo: "card 1234")
        #expect(DedupKey.contentHash(account: "a", line: line) == parts)
        line.memo = "card 1235"
        #expect(DedupKey.contentHash(account: "a", line: line) != parts)
    }

    /// Keys already stored in people's databases depend on these values never changing.
    @Test func hashesAreStableAcrossVersions() {
        #expect(
            DedupKey.contentHash(
                account: "a", day: "2024-03-09", minorUnits: -1_250, currency: "USD", payee: "CAFÉ", memo: "card 1234")
                == 0xfc15_911a_e2b9_82bb)
        #expect(DedupKey.idHash(account: "a", id: "FITID-1") == 0xc016_ecdd_6ddc_290b)
    }
}
