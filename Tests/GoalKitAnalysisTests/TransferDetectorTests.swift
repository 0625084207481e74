import GoalKit
import GoalKitAnalysis
import Testing

@Suite struct TransferDetectorTests {
    func item(_ id: Int64, _ account: String, _ day: String, _ minor: Int64, _ text: String = "")
        -> TransferDetector.Item
    {
        TransferDetector.Item(
            id: id, account: account, date: LocalDate(iso: day)!, amount: Money(minorUnits: minor, currency: .usd),
            text: text)
    }

    @Test func pairsTheSameAmountOutAndInWithinThreeDays() {
        let result = TransferDetector.detect([
            item(1, "checking", "2024-03-01", -50_000), item(2, "savings", "2024-03-03", 50_000),
            item(3, "checking", "2024-03-10", -20_000), item(4, "savings", "2024-03-14", 20_000),  // four days: no
            item(5, "checking", "2024-03-20", -7_500), item(6, "checking", "2024-03-20", 7_500),  // same account: no
        ])
        #expect(result.transfers == [1, 2])
        #expect(result.pairs.map { [$0.0, $0.1] } == [[1, 2]])
    }

    @Test func pairsTheNearestDayFirst() {
        let result = TransferDetector.detect([
            item(1, "a", "2024-03-05", -100), item(2, "b", "2024-03-02", 100), item(3, "b", "2024-03-05", 100),
        ])
        #expect(result.pairs.map { [$0.0, $0.1] } == [[1, 3]])
    }

    @Test func recognisesTransferWording() {
        let result = TransferDetector.detect([
            item(1, "a", "2024-03-05", -100, "ONLINE TRANSFER TO SAVINGS 1234"),
            item(2, "a", "2024-03-05", -100, "Grocer"),
            item(3, "a", "2024-03-06", 2_000, "Overboeking eigen rekening"),
            item(4, "card", "2024-03-07", 5_000, "PAYMENT THANK YOU"),
        ])
        #expect(result.transfers == [1, 3, 4])
    }

    /// A card payment is a transfer whether its card's side is imported or not: paired, it is
    /// a transfer between accounts; unpaired, the reports name it (it never counts as spending
    /// of a category). Money to the person's own name is a transfer once the name is known.
    @Test func cardPaymentsAndOwnNamesAreTransfers() {
        let items = [
            item(1, "checking", "2024-03-05", -41_255, "CHASE CREDIT CRD AUTOPAY"),
            item(2, "card", "2024-03-06", 41_255, "PAYMENT THANK YOU"),
            item(3, "checking", "2024-03-10", -12_000, "AMEX EPAYMENT ACH PMT"),
            item(4, "checking", "2024-03-12", -20_000, "Zelle to Jane Doe"),
            item(5, "checking", "2024-03-13", -1_500, "NETFLIX.COM"),
        ]
        let result = TransferDetector.detect(items, wording: TransferWording(ownNames: ["Jane Doe"]))
        #expect(result.transfers == [1, 2, 3, 4])
        #expect(result.pairs.map { [$0.0, $0.1] } == [[1, 2]])
        #expect(TransferDetector.detect(items).transfers == [1, 2, 3])
    }
}

@Suite struct TransferPairerTests {
    @Test func streamingPairsEqualTheWholeListPairs() {
        var state: UInt64 = 12_345
        func next(_ bound: UInt64) -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (state >> 33) % bound
        }
        var items: [TransferDetector.Item] = []
        let start = LocalDate(iso: "2024-01-01")!
        for id in 0..<3_000 {
            let amount = Int64(next(40) + 1) * 100 * (next(3) == 0 ? 1 : -1)
            items.append(
                TransferDetector.Item(
                    id: Int64(id), account: ["a", "b", "c"][Int(next(3))], date: start.adding(days: Int(next(200))),
                    amount: Money(minorUnits: amount, currency: .usd), text: ""))
        }
        items.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        let whole = Self.reference(items)
        var pairer = TransferPairer()
        for item in items { pairer.add(item) }
        pairer.finish()
        #expect(!whole.isEmpty)
        #expect(pairer.pairs.map { [$0.0, $0.1] } == whole.map { [$0.0, $0.1] })
        #expect(TransferDetector.detect(items.reversed()).pairs.map { [$0.0, $0.1] } == whole.map { [$0.0, $0.1] })
    }

    /// The rule written the plain way, over the whole list: each outflow in date order takes
    /// the unused inflow of its amount in another account nearest in days, the first on a tie.
    static func reference(_ items: [TransferDetector.Item]) -> [(Int64, Int64)] {
        var pairs: [(Int64, Int64)] = []
        let outflows = items.filter { $0.amount.isNegative }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        var inflows = items.filter { $0.amount.isPositive }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        for out in outflows {
            var best: (index: Int, days: Int)?
            for (index, candidate) in inflows.enumerated()
            where candidate.account != out.account && candidate.amount == out.amount.negated() {
                let days = abs(out.date.days(to: candidate.date))
                if days <= TransferDetector.maximumDays && (best == nil || days < best!.days) { best = (index, days) }
            }
            if let best { pairs.append((out.id, inflows.remove(at: best.index).id)) }
        }
        return pairs
    }

    /// Many lines of one amount on one day (a second account present): each pairs once, and
    /// the work grows with the lines, not their square (200,000 lines took minutes before).
    @Test func manyLinesOfOneAmountOnOneDayPairInLinearTime() {
        var pairer = TransferPairer()
        let day = LocalDate(iso: "2024-03-01")!
        let count = 100_000
        for id in 0..<(2 * count) {
            let out = id < count
            pairer.add(
                TransferDetector.Item(
                    id: Int64(id), account: out ? "checking" : (id % 2 == 0 ? "savings" : "checking"), date: day,
                    amount: Money(minorUnits: out ? -5_000 : 5_000, currency: .usd), text: ""))
        }
        pairer.finish()
        #expect(pairer.pairs.count == count / 2)
        #expect(Set(pairer.pairs.map(\.1)).count == pairer.pairs.count)
    }

    @Test func finishingWithNothingAddedPairsNothing() {
        var pairer = TransferPairer()
        pairer.finish()
        #expect(pairer.pairs.isEmpty)
    }
}
