import GoalKit
import GoalKitAnalysis
import Testing

@Suite struct RecurringDetectorTests {
    static let asOf = LocalDate(iso: "2024-12-31")!

    func items(
        _ payee: String, start: String, every days: Int, count: Int, amount: Int64 = -1_599, account: String = "a"
    ) -> [RecurringDetector.Item] {
        let first = LocalDate(iso: start)!
        return (0..<count).map {
            RecurringDetector.Item(
                id: Int64($0 + 1), date: first.adding(days: $0 * days),
                amount: Money(minorUnits: amount, currency: .usd),
                payee: payee, account: account)
        }
    }

    func monthly(_ payee: String, from: String, count: Int, amounts: [Int64]? = nil) -> [RecurringDetector.Item] {
        let first = LocalDate(iso: from)!
        return (0..<count).map {
            RecurringDetector.Item(
                id: Int64(100 + $0), date: first.adding(months: $0),
                amount: Money(minorUnits: amounts?[$0] ?? -999, currency: .usd), payee: payee, account: "a")
        }
    }

    @Test(arguments: [
        (7, 6, Cadence.weekly), (14, 5, .biweekly), (91, 4, .quarterly), (365, 4, .annual),
    ])
    func findsEachCadence(_ every: Int, _ count: Int, _ cadence: Cadence) {
        let start = LocalDate(iso: "2024-12-20")!.adding(days: -every * (count - 1))
        let found = RecurringDetector.detect(
            items("Service", start: start.isoString, every: every, count: count), asOf: Self.asOf)
        #expect(found.map(\.cadence) == [cadence])
        #expect(found.first?.status == .active)
        #expect(found.first?.count == count)
    }

    @Test func findsMonthlyAndSemiMonthly() {
        let netflix = monthly("Netflix", from: "2024-01-15", count: 12)
        let found = RecurringDetector.detect(netflix, asOf: Self.asOf)
        #expect(found.map(\.cadence) == [.monthly])
        #expect(found.first?.nextExpected.isoString == "2025-01-14")
        var rent: [RecurringDetector.Item] = []
        for month in 1...6 {
            for day in [1, 15] {
                rent.append(
                    RecurringDetector.Item(
                        id: Int64(month * 100 + day), date: LocalDate(year: 2024, month: month + 6, day: day)!,
                        amount: Money(minorUnits: -60_000, currency: .usd), payee: "Landlord", account: "a"))
            }
        }
        #expect(RecurringDetector.detect(rent, asOf: Self.asOf).map(\.cadence) == [.semiMonthly])
    }

    @Test func annualChargesAYearApartAreAnnual() {
        // Two or three charges a year apart (±15 days) at a similar amount are an annual charge.
        for count in [2, 3] {
            let found = RecurringDetector.detect(
                items("Insurer", start: "2022-12-01", every: 365, count: count), asOf: Self.asOf)
            #expect(found.map(\.cadence) == [.annual])
        }
        // A year apart but at very different amounts is not.
        let odd = [
            RecurringDetector.Item(
                id: 1, date: LocalDate(iso: "2023-03-01")!, amount: Money(minorUnits: -2_000, currency: .usd),
                payee: "Shop", account: "a"),
            RecurringDetector.Item(
                id: 2, date: LocalDate(iso: "2024-03-03")!, amount: Money(minorUnits: -9_000, currency: .usd),
                payee: "Shop", account: "a"),
        ]
        #expect(RecurringDetector.detect(odd, asOf: Self.asOf).isEmpty)
    }

    @Test func aTripIsNotAWeeklyCharge() {
        // Three dinners at the same place a week apart on a two-week trip: only two cycles.
        let trip = items("Beach Grill", start: "2024-07-01", every: 7, count: 3, amount: -4_500)
        #expect(RecurringDetector.detect(trip, asOf: Self.asOf).isEmpty)
        // Daily visits are no cadence at all.
        #expect(
            RecurringDetector.detect(items("Cafe", start: "2024-07-01", every: 1, count: 10), asOf: Self.asOf).isEmpty)
    }

    @Test func amountsMustHoldSteady() {
        let groceries = (0..<8).map {
            RecurringDetector.Item(
                id: Int64($0), date: LocalDate(iso: "2024-10-01")!.adding(days: 7 * $0),
                amount: Money(minorUnits: $0 % 2 == 0 ? -4_000 : -12_000, currency: .usd), payee: "Market", account: "a"
            )
        }
        #expect(RecurringDetector.detect(groceries, asOf: Self.asOf).isEmpty)
    }

    @Test func reportsPriceChangesAndEndedStreams() {
        let streaming = monthly(
            "Streamly", from: "2024-01-05", count: 8, amounts: [-999, -999, -999, -999, -1_299, -1_299, -1_299, -1_299])
        let found = RecurringDetector.detect(streaming, asOf: Self.asOf)
        #expect(
            found.first?.priceChanges.map { "\($0.date) \($0.from.decimalString)→\($0.to.decimalString)" } == [
                "2024-05-05 9.99→12.99"
            ])
        #expect(found.first?.lastAmount.decimalString == "12.99")
        #expect(found.first?.averageAmount.decimalString == "11.49")
        // The last charge was in August: by December the stream has ended.
        #expect(found.first?.status == .ended)
        #expect(found.first?.monthlyAmount.decimalString == "12.99")
    }

    @Test func incomeIsNotACharge() {
        #expect(
            RecurringDetector.detect(
                monthly("Employer", from: "2024-01-25", count: 12, amounts: Array(repeating: 300_000, count: 12)),
                asOf: Self.asOf
            ).isEmpty)
    }

    /// The densest charge that still counts (four gaps of six days, then one of a day, again
    /// and again) falls on no more days than the bound the database query filters by.
    @Test(arguments: [120, 365, 730, 1_095])
    func theDensestRecurringChargeFitsTheDistinctDayBound(_ span: Int) {
        let last = LocalDate(iso: "2024-12-20")!
        var offsets = [0]
        var gap = 0
        while true {
            let next = offsets.last! + (gap % 5 == 4 ? 1 : 6)
            guard next <= span else { break }
            offsets.append(next)
            gap += 1
        }
        let first = last.adding(days: -offsets.last!)
        let dense = offsets.enumerated().map { index, offset in
            RecurringDetector.Item(
                id: Int64(index + 1), date: first.adding(days: offset), amount: Money(minorUnits: -500, currency: .usd),
                payee: "Gym", account: "a")
        }
        #expect(RecurringDetector.detect(dense, asOf: last).map(\.cadence) == [.weekly])
        #expect(dense.count <= RecurringDetector.maximumDistinctDays(within: span))
        // One more day a week and it is no longer a charge at a cadence.
        #expect(RecurringDetector.maximumDistinctDays(within: span) < span / 3)
    }
}
