import Foundation
public import GoalKit

/// Finds recurring charges: the same payee (references and store numbers left out, see
/// `RecurringPayeeKey`) and account, money out, at a cadence (weekly, biweekly, semi-monthly,
/// monthly, quarterly, annual) with at least 80% of the gaps accepted by it, and
///
/// - amounts that move by at most a third from one charge to the next (but for up to two
///   price changes), or — for a monthly or quarterly bill (a utility, an insurance, a loan:
///   `variableBillCategories`) of four charges or more — amounts within a robust band around
///   their median (median ± 3 × 1.4826 × MAD, the MAD at most a quarter of the median): a
///   utility bill of 84.75 to 140.51 is one charge, while groceries or fuel, whose amounts vary
///   as much at whatever rhythm, are shopping, not a bill;
/// - at least three charges over at least two and a half cycles — so a week of restaurant
///   visits on one trip is not a weekly charge — or, for an annual charge, two or more a year
///   apart (±15 days) at a similar amount;
/// - one payee with two plans (2.99 on the 3rd, 9.99 on the 22nd) is two charges: when the
///   payee's charges together are no stream, its amounts are split into clusters (a third
///   apart) and each cluster is tried on its own.
public enum RecurringDetector {
    /// One expense as the detector sees it.
    public struct Item: Hashable, Sendable {
        public var id: Int64
        public var date: LocalDate
        public var amount: Money
        public var payee: String
        public var account: String
        public var category: String?

        /// Creates an item.
        public init(id: Int64, date: LocalDate, amount: Money, payee: String, account: String, category: String? = nil)
        {
            self.id = id
            self.date = date
            self.amount = amount
            self.payee = payee
            self.account = account
            self.category = category
        }
    }

    /// The recurring charges among items, as of a day, most expensive per month first.
    ///
    /// Whether a charge has ended is judged within the data horizon of its account: at
    /// `asOf`, or at the last day the account's statements cover when that is earlier — a
    /// charge due after the statements end has not been missed, it is not known yet.
    public static func detect(_ items: [Item], asOf: LocalDate, horizon: DataHorizon = DataHorizon())
        -> [RecurringCharge]
    {
        let outflows = items.filter { $0.amount.isNegative && !$0.payee.isEmpty }
        let groups = Dictionary(grouping: outflows) {
            GroupKey(
                payee: RecurringPayeeKey.key($0.payee), account: $0.account, currency: $0.amount.currency.code)
        }
        var found: [RecurringCharge] = []
        for (_, group) in groups where group.count >= 2 {
            let sorted = group.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
            let day = horizon.day(for: sorted[0].account, asOf: asOf)
            if let charge = stream(sorted, asOf: day) {
                found.append(charge)
                continue
            }
            for cluster in clusters(sorted) where cluster.count < sorted.count {
                if let charge = stream(cluster, asOf: day, plan: true) { found.append(charge) }
            }
        }
        return found.sorted { ($0.monthlyAmount.minorUnits, $0.payee) > ($1.monthlyAmount.minorUnits, $1.payee) }
    }

    /// The most distinct days one payee's charges can fall on within a span of days and still
    /// be recurring: at least 80% of the gaps between days must fit a cadence, and the
    /// shortest gap any cadence accepts is six days. A payee seen on more days is not looked at.
    public static func maximumDistinctDays(within days: Int) -> Int {
        let shortest = Cadence.allCases.map(\.accepted.lowerBound).min() ?? 1
        // 0.8 × (D − 1) gaps of at least `shortest` days fit in `days`: D ≤ days / (0.8 × shortest) + 1.
        return days * 5 / (4 * shortest) + 2
    }

    /// The categories whose charges are bills that may vary (metered or adjusted), the only
    /// ones a varying amount is recurring in.
    public static let variableBillCategories: Set<String> = [
        "Utilities", "Rent & Mortgage", "Home Insurance", "Car Insurance", "Health Insurance", "Life Insurance",
        "Personal Insurance & Pensions", "Loan Payments", "Debt Payments", "Car Payment", "Childcare", "Tuition",
        "Taxes",
    ]

    struct GroupKey: Hashable {
        var payee: String
        var account: String
        var currency: String
    }

    /// A payee's charges split where their amounts, sorted, jump by more than a third: each
    /// cluster in date order.
    static func clusters(_ items: [Item]) -> [[Item]] {
        let byAmount = items.sorted { $0.amount.minorUnits.magnitude < $1.amount.minorUnits.magnitude }
        var clusters: [[Item]] = []
        for item in byAmount {
            let magnitude = UInt128(item.amount.minorUnits.magnitude)
            if let previous = clusters.last?.last, UInt128(previous.amount.minorUnits.magnitude) * 4 >= magnitude * 3 {
                clusters[clusters.count - 1].append(item)
            } else {
                clusters.append([item])
            }
        }
        return clusters.filter { $0.count >= 2 }.map { $0.sorted { ($0.date, $0.id) < ($1.date, $1.id) } }
    }

    /// The charge the items make, if any.
    /// - Parameter plan: whether the items are one amount cluster of a payee's charges: a plan
    ///   is monthly or longer at one price (or two, a price change), so a store's cheaper and
    ///   dearer visits are not taken for plans.
    static func stream(_ items: [Item], asOf: LocalDate, plan: Bool = false) -> RecurringCharge? {
        // Several charges on one day (a split payment) count once for the cadence.
        let gaps = zip(items, items.dropFirst()).map { $0.date.days(to: $1.date) }.filter { $0 > 0 }
        guard !gaps.isEmpty else { return nil }
        // An annual charge: every gap a year (±15 days), at a similar amount.
        if gaps.allSatisfy(Cadence.annual.accepted.contains) {
            return annual(items, asOf: asOf)
        }
        guard gaps.count >= 2 else { return nil }
        let median = Double(gaps.sorted()[gaps.count / 2])
        // The cadence that accepts the most gaps; on a tie, the one nearest the median gap.
        let scored = Cadence.allCases.map { cadence in (cadence, gaps.filter { cadence.accepted.contains($0) }.count) }
        guard
            let (cadence, fitting) = scored.max(by: { a, b in
                a.1 != b.1 ? a.1 < b.1 : abs(a.0.days - median) > abs(b.0.days - median)
            }), fitting * 5 >= gaps.count * 4
        else { return nil }
        let span = items.first!.date.days(to: items.last!.date)
        guard Double(span) >= 2.5 * cadence.days else { return nil }
        let amounts = items.map { $0.amount.minorUnits.magnitude }
        if plan {
            guard cadence == .monthly || cadence == .quarterly, Set(amounts).count <= 2, stepsHold(amounts) else {
                return nil
            }
        }
        let variable: Bool
        if Set(amounts).count > 3, cadence == .monthly || cadence == .quarterly, amounts.count >= 4,
            variableBillCategories.contains(items.last?.category ?? ""), withinBand(amounts)
        {
            variable = true
        } else if stepsHold(amounts) {
            variable = false
        } else {
            return nil
        }
        return charge(items, cadence: cadence, asOf: asOf, variable: variable)
    }

    /// Two or more charges a year apart: annual when the amounts are similar (at most a third
    /// apart from one to the next).
    static func annual(_ items: [Item], asOf: LocalDate) -> RecurringCharge? {
        let amounts = items.map { $0.amount.minorUnits.magnitude }
        for (a, b) in zip(amounts, amounts.dropFirst()) where UInt128(max(a, b)) * 3 > UInt128(min(a, b)) * 4 {
            return nil
        }
        return charge(items, cadence: .annual, asOf: asOf, variable: false)
    }

    /// Consecutive charges differ by at most a third, but for up to two price changes (a new
    /// amount that holds for the next charge, or is the last one).
    static func stepsHold(_ amounts: [UInt64]) -> Bool {
        var jumps = 0
        for index in amounts.indices.dropFirst()
        where UInt128(max(amounts[index], amounts[index - 1])) * 3 > UInt128(min(amounts[index], amounts[index - 1]))
            * 4
        {
            let holds = index + 1 == amounts.count || amounts[index + 1] == amounts[index]
            jumps += 1
            if !holds || jumps > 2 { return false }
        }
        return true
    }

    /// Every amount within median ± 3 × 1.4826 × MAD (as 44,478 / 10,000 in integers), the
    /// MAD (median absolute deviation) at most a quarter of the median.
    static func withinBand(_ amounts: [UInt64]) -> Bool {
        func median(_ values: [UInt128]) -> UInt128 { values.sorted()[values.count / 2] }
        let wide = amounts.map { UInt128($0) }
        let middle = median(wide)
        let deviations = wide.map { $0 > middle ? $0 - middle : middle - $0 }
        let mad = median(deviations)
        guard mad * 4 <= middle else { return false }
        return deviations.allSatisfy { $0 * 10_000 <= mad * 44_478 }
    }

    /// The charge of a stream that fits its cadence.
    static func charge(_ items: [Item], cadence: Cadence, asOf: LocalDate, variable: Bool) -> RecurringCharge {
        let amounts = items.map { $0.amount.minorUnits.magnitude }
        let currency = items[0].amount.currency
        var changes: [RecurringCharge.PriceChange] = []
        // A variable bill moves every month: its amounts are no price changes.
        // A price change is a new amount that holds (the charge after it, if any, is the same).
        for index in items.indices.dropFirst() where !variable && items[index].amount != items[index - 1].amount {
            let holds = index + 1 == items.count || items[index + 1].amount == items[index].amount
            if holds {
                changes.append(
                    RecurringCharge.PriceChange(
                        date: items[index].date, from: items[index - 1].amount.magnitude,
                        to: items[index].amount.magnitude))
            }
        }
        let last = items.last!
        let next = last.date.adding(days: Int(cadence.days.rounded()))
        let grace = max(7, Int((cadence.days / 2).rounded()))
        let status: RecurringCharge.Status = asOf.days(to: next) + grace >= 0 ? .active : .ended
        // In 128 bits; the average is at most the largest magnitude, clamped only for `Int64.min`.
        let total = amounts.reduce(Int128(0)) { $0 + Int128($1) }
        let average = CheckedAmount.divided(total, by: Int128(items.count), rounding: .halfEven)
        return RecurringCharge(
            payee: last.payee, account: last.account, cadence: cadence, count: items.count,
            averageAmount: Money(minorUnits: Int64(clamping: average), currency: currency),
            lastAmount: last.amount.magnitude, firstDate: items[0].date, lastDate: last.date, nextExpected: next,
            status: status,
            priceChanges: changes, expenseIDs: items.map(\.id), category: last.category, isVariable: variable)
    }
}
