// The recommender's steps for recurring charges: cancel, price rises, redirect ended ones.
import GoalKit

extension Recommender.Builder {
    /// Days a price rise stays news: one within them is named in the advice.
    static let riseDays = 180

    /// Every recurring charge, uncategorised ones and those in another currency too: services
    /// of one kind first (one recommendation for all of them), then each charge on its own.
    mutating func recurringCharges() throws(AmountOverflowError) {
        var priced: [PricedCharge] = []
        var unpriced: [Currency: [String]] = [:]
        for charge in input.recurring {
            if let charge = try price(charge) {
                priced.append(charge)
            } else if isAdvisable(charge) {
                unpriced[charge.lastAmount.currency, default: []].append(charge.payee)
            }
        }
        for (other, payees) in unpriced.sorted(by: { $0.key.code < $1.key.code }) {
            note(
                "Recurring charges in \(other.code) (\(payees.sorted().joined(separator: ", "))) are left out of the "
                    + "advice for \(currency.code) goals: no exchange rate between \(other.code) and \(currency.code) "
                    + "is stored.")
        }
        let grouped = try serviceKinds(priced)
        for charge in priced where !grouped.contains(charge.charge) { try advise(charge) }
    }

    /// A charge priced in the goal's currency, or nil when it is in another and no stored rate
    /// converts it.
    func price(_ charge: RecurringCharge) throws(AmountOverflowError) -> PricedCharge? {
        guard let (monthly, rate) = try rates.convert(charge.monthlyAmount, to: currency) else { return nil }
        let change = charge.priceChanges.last {
            $0.to.minorUnits > $0.from.minorUnits && $0.date.days(to: asOf) <= Self.riseDays
        }
        var rise: (change: RecurringCharge.PriceChange, monthly: Money)?
        if let change {
            // Bounded: both are magnitudes of one stored charge (at most 9,999,999,999).
            let perCharge = try CheckedAmount.subtract(
                change.to.minorUnits, change.from.minorUnits, context("price increase of \(charge.payee)"))
            let perMonth = Money(minorUnits: charge.cadence.monthly(perCharge), currency: change.to.currency)
            if let (converted, _) = try rates.convert(perMonth, to: currency) { rise = (change, converted) }
        }
        return PricedCharge(charge: charge, monthly: monthly, rate: rate, rise: rise)
    }

    /// Whether a charge would be advice if it could be priced: what a note names when it cannot.
    func isAdvisable(_ charge: RecurringCharge) -> Bool {
        if charge.status == .ended { return charge.lastDate.days(to: asOf) <= 90 }
        return charge.category == nil || isCancellable(charge)
            || charge.priceChanges.contains { $0.to.minorUnits > $0.from.minorUnits }
    }

    /// Whether a charge is one people can do without: its category is discretionary, or it has
    /// none and its payee names a kind of service (`ServiceKind`: a gym, a streaming service).
    func isCancellable(_ charge: RecurringCharge) -> Bool {
        guard let category = charge.category else {
            return ServiceKind.of(payee: charge.payee, category: nil) != nil
        }
        return DiscretionaryCategories.contains(category)
    }

    /// One charge: redirect an ended one; cancel one people can do without (naming a price
    /// rise, which cancelling frees with the rest); any other whose price rose: negotiate the
    /// rise. An uncategorised charge of no known kind is no advice — whether it is a need is not
    /// in the data (rent paid to a person recurs too) — but a note asking for its category.
    mutating func advise(_ priced: PricedCharge) throws(AmountOverflowError) {
        let charge = priced.charge
        if charge.status == .ended {
            guard charge.lastDate.days(to: asOf) <= 90 else { return }
            try add(redirectDraft(priced))
        } else if isCancellable(charge) {
            try add(cancelDraft(priced))
        } else if let rise = priced.rise {
            try add(
                RecommendationDraft(
                    type: .priceIncrease, subject: charge.payee,
                    title:
                        "\(charge.payee) went up from \(rise.change.from.formatted()) to \(rise.change.to.formatted())",
                    description: """
                        \(charge.payee) raised its \(charge.cadence.label) charge on \(rise.change.date) from \
                        \(rise.change.from) to \(rise.change.to). Negotiating it back or switching provider saves \
                        \(rise.monthly) a month\(priced.rate.map { " at the stored rate \($0)" } ?? "").
                        """,
                    category: charge.category ?? "Recurring charges", potentialImpact: rise.monthly,
                    difficulty: .medium,
                    steps: [
                        "Ask \(charge.payee) for the old price or a retention offer.",
                        "Compare two other providers.",
                        RecommendationStep(
                            "Put the difference toward the goal.", action: contribute(rise.monthly, monthly: true)),
                    ],
                    evidence: charge.expenseIDs))
        } else if charge.category == nil {
            note(
                "\(charge.payee) (\(charge.lastAmount) \(charge.cadence.label)) recurs with no category, so the advice "
                    + "cannot tell whether it is a need and leaves it out: give its lines a category (or a rule) to "
                    + "have it weighed.")
        }
    }

    private func redirectDraft(_ priced: PricedCharge) -> RecommendationDraft {
        let (charge, monthly) = (priced.charge, priced.monthly)
        return RecommendationDraft(
            type: .redirectEnded, subject: charge.payee,
            title: "Redirect the \(monthly.formatted()) a month \(charge.payee) no longer takes",
            description: """
                Your \(charge.cadence.label) charge from \(charge.payee) (\(priced.priceText)) stopped after \
                \(charge.lastDate). Moving that money to "\(input.projection.goal.name)" keeps it from being spent \
                elsewhere.
                """,
            category: charge.category ?? "Recurring charges", potentialImpact: monthly, difficulty: .easy,
            steps: [
                RecommendationStep(
                    "Set up a \(monthly.formatted()) monthly transfer to the goal's account.",
                    action: contribute(monthly, monthly: true))
            ],
            evidence: charge.expenseIDs)
    }
}
