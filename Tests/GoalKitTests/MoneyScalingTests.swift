import GoalKit
import Testing

/// `Money.scaled(by:over:rounding:)`: exact in 128 bits, rounded once, refused (never trapped)
/// beyond 64 bits.
@Suite struct MoneyScalingTests {
    static let halfMax = Int64.max / 2  // 4,611,686,018,427,387,903

    /// (minor units, numerator, denominator, rounding, expected minor units).
    @Test(
        arguments: [
            // 545.06 / 3 = 181.686…; 2,000.00 / 7 = 285.714…
            (54_506, 1, 3, .halfEven, 18_169),
            (54_506, 1, 3, .down, 18_168), (54_506, 1, 3, .up, 18_169),
            (200_000, 1, 7, .halfEven, 28_571), (200_000, 1, 7, .down, 28_571), (200_000, 1, 7, .up, 28_572),
            // Exact halves go to the even neighbour.
            (1, 1, 2, .halfEven, 0), (3, 1, 2, .halfEven, 2), (5, 1, 2, .halfEven, 2), (7, 1, 2, .halfEven, 4),
            (962_803, 1, 2, .halfEven, 481_402), (962_801, 1, 2, .halfEven, 481_400),
            (-1, 1, 2, .halfEven, 0), (-3, 1, 2, .halfEven, -2), (-5, 1, 2, .halfEven, -2),
            // Away from zero and toward zero, on both signs and with a negative denominator.
            (1, 1, 2, .up, 1), (-1, 1, 2, .up, -1), (1, 1, 2, .down, 0), (-1, 1, 2, .down, 0),
            (-54_506, 1, 3, .halfEven, -18_169), (54_506, -1, 3, .halfEven, -18_169),
            (54_506, 1, -3, .halfEven, -18_169),
            (-54_506, -1, -3, .halfEven, -18_169), (-54_506, -1, 3, .halfEven, 18_169), (-200_000, 1, 7, .up, -28_572),
            (-200_000, 1, 7, .down, -28_571),
            // Calibration-style fractions: 20.00 × 23 333 / 30 000 = 15.5553…
            (2_000, 23_333, 30_000, .halfEven, 1_556), (2_000, 3, 4, .halfEven, 1_500),
            // Exact results are left alone whatever the rounding.
            (600, 1, 3, .up, 200), (600, 1, 3, .down, 200), (0, 5, 7, .up, 0),
            // At the limits: the product passes 64 bits, the result does not.
            (.max, 1, 1, .halfEven, .max), (.max, .max, .max, .down, .max), (.max, 2, 2, .up, .max),
            (.max, 1, 2, .halfEven, halfMax + 1), (.max, 1, 2, .down, halfMax), (.max, 1, 2, .up, halfMax + 1),
            (-.max, 1, 2, .halfEven, -(halfMax + 1)), (.min, 1, 2, .halfEven, -(halfMax + 1)),
            (.min, 1, -2, .down, halfMax + 1), (.max, .max, .min, .down, -(.max - 1)),
        ] as [(Int64, Int64, Int64, MoneyRounding, Int64)])
    func roundsOnce(minor: Int64, numerator: Int64, denominator: Int64, rounding: MoneyRounding, expected: Int64)
        throws
    {
        let money = Money(minorUnits: minor, currency: .usd)
        let scaled = try money.scaled(by: numerator, over: denominator, rounding: rounding)
        #expect(scaled == Money(minorUnits: expected, currency: .usd))
    }

    @Test func roundsHalfToEvenByDefault() throws {
        #expect(try Money(minorUnits: 54_506, currency: .usd).scaled(by: 1, over: 3).minorUnits == 18_169)
        let yen = try Currency(code: "JPY")
        #expect(try Money(minorUnits: 25, currency: yen).scaled(by: 1, over: 10) == Money(minorUnits: 2, currency: yen))
    }

    /// (minor units, numerator, denominator): beyond ±`Int64.max` (or `Int64.min`, which has no
    /// opposite), or a zero denominator: refused with `AmountOverflowError`, never trapped.
    @Test(
        arguments: [
            (.max, 2, 1), (.max, .max, 1), (.min, 1, 1), (.min, -1, 1), (.max, 3, 2),
            (-.max, 2, 1), (.min, .min, 1), (.max, .min, -1), (1, 1, 0), (0, 1, 0),
        ] as [(Int64, Int64, Int64)])
    func refusesWhatDoesNotFit(minor: Int64, numerator: Int64, denominator: Int64) {
        for rounding in MoneyRounding.allCases {
            #expect(throws: AmountOverflowError.self) {
                try Money(minorUnits: minor, currency: .usd).scaled(
                    by: numerator, over: denominator, rounding: rounding)
            }
        }
    }
}
