import GoalKit
import GoalKitAnalysis
import Testing

/// Figures of amounts near 2^63 are computed without trapping: charges per month in integers,
/// recurring-charge detection in 128 bits, goal progress past 64 bits clamped.
@Suite struct ExtremeAmountTests {
    /// (cadence, per charge, per month): exact integer fractions, rounded once, half to even
    /// (weekly 0.42 is 1.825 a month: 1.82; yearly 0.30 is 0.025: 0.02).
    @Test(
        arguments: [
            (Cadence.weekly, 2_999, 13_031), (.biweekly, -1_000, -2_173), (.semiMonthly, 9_999_999_999, 19_999_999_998),
            (.monthly, 1_599, 1_599), (.quarterly, 30_000, 10_000), (.annual, 11_999, 1_000),
            (.weekly, 42, 182), (.weekly, -42, -182), (.weekly, 126, 548), (.biweekly, 84, 182), (.biweekly, -84, -182),
            (.annual, 6, 0), (.annual, 18, 2), (.annual, 30, 2), (.annual, -30, -2), (.quarterly, 2, 1),
            (.weekly, 9_000_000_000_000_000_000, Int64.max), (.weekly, -9_000_000_000_000_000_000, -Int64.max),
        ] as [(Cadence, Int64, Int64)])
    func chargesPerMonthAreIntegers(cadence: Cadence, perCharge: Int64, perMonth: Int64) {
        #expect(cadence.monthly(perCharge) == perMonth)
    }

    @Test(arguments: [-Int64.max, Int64.min, -9_999_999_999])
    func recurringChargesOfHugeAmountsAreFound(minor: Int64) throws {
        let items = (1...4).map { month in
            RecurringDetector.Item(
                id: Int64(month), date: LocalDate(year: 2024, month: month, day: 5)!,
                amount: Money(minorUnits: minor, currency: .usd), payee: "Big", account: "a", category: nil)
        }
        let charges = RecurringDetector.detect(items, asOf: LocalDate(iso: "2024-04-30")!)
        let charge = try #require(charges.first)
        #expect(charge.cadence == .monthly)
        #expect(charge.averageAmount.minorUnits == (minor == .min ? .max : Swift.abs(minor)))
    }

    /// (saved, target, basis points): 10,000 × saved / target passed 64 bits and trapped.
    @Test(
        arguments: [
            (Int64.max, 1, Int64.max), (9_999_999_999, 1, 99_999_999_990_000), (1, 3, 3_333), (1, 8, 1_250),
            (3, 16_000, 2),
        ] as [(Int64, Int64, Int64)])
    func progressPastSixtyFourBitsIsClamped(saved: Int64, target: Int64, basisPoints: Int64) {
        let goal = Goal(
            userID: 1, name: "G", targetAmount: Money(minorUnits: target, currency: .usd),
            currentAmount: Money(minorUnits: saved, currency: .usd), startDate: LocalDate(iso: "2024-01-01")!,
            category: .other, priority: .low)
        #expect(goal.progressBasisPoints == basisPoints)
    }
}
