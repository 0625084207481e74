import Foundation
public import GoalKit

/// Finds recurring charges: the same normalised payee and account, money out, at a cadence
/// (weekly, biweekly, semi-monthly, monthly, quarterly, annual) with at least 80% of the gaps
/// accepted by it, amounts that move by at most a third from one charge to the next, at least
/// three charges, and a span of at least two and a half cycles — so a week of restaurant
/// visits on one trip is not a weekly charge.
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
                payee: ExpenseFeatures.words($0.payee).joined(separator: " "), account: $0.account,
                currency: $0.amount.currency.code)
        }
        var found: [RecurringCharge] = []
        for (_, group) in groups where group.count >= 3 {
            let sorted = group.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
            if let charge = stream(sorted, asOf: horizon.day(for: sorted[0].account, asOf: asOf)) {
                found.append(charge)
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

    struct GroupKey: Hashable {
        var payee: String
        var account: String
        var currency: String
    }

    static func stream(_ items: [Item], asOf: LocalDate) -> RecurringCharge? {
        // Several charges on one day (a split payment) count once for the cadence.
        let gaps = zip(items, items.dropFirst()).map { $0.date.days(to: $1.date) }.filter { $0 > 0 }
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
        // Consecutive charges may differ by at most a third, but for up to two price changes
        // (a new amount that holds for the next charge, or is the last one).
        var jumps = 0
        for index in amounts.indices.dropFirst()
        where UInt128(max(amounts[index], amounts[index - 1])) * 3 > UInt128(min(amounts[index], amounts[index - 1]))
            * 4
        {
            let holds = index + 1 == amounts.count || amounts[index + 1] == amounts[index]
            jumps += 1
            if !holds || jumps > 2 { return nil }
        }
        let currency = items[0].amount.currency
        var changes: [RecurringCharge.PriceChange] = []
        // A price change is a new amount that holds (the charge after it, if any, is the same).
        for index in items.indices.dropFirst() where items[index].amount != items[index - 1].amount {
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
            priceChanges: changes, expenseIDs: items.map(\.id), category: last.category)
    }
}
