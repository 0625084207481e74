// The recommender's steps for recurring charges: cancel, price rises, redirect ended ones.
import GoalKit

extension Recommender.Builder {
    mutating func recurringCharges() throws(AmountOverflowError) {
        let endedBefore = input.recurring.contains { $0.status == .ended }
        for charge in input.recurring where charge.lastAmount.currency == currency {
            let monthly = charge.monthlyAmount
            if charge.status == .ended {
                guard charge.lastDate.days(to: asOf) <= 90 else { continue }
                try add(
                    RecommendationDraft(
                        type: .redirectEnded, subject: charge.payee,
                        title: "Redirect the \(monthly.formatted()) a month \(charge.payee) no longer takes",
                        description: """
                            Your \(charge.cadence.label) charge from \(charge.payee) (\(charge.lastAmount) each, \(monthly) a month) \
                            stopped after \(charge.lastDate). Moving that money to "\(input.projection.goal.name)" keeps it from \
                            being spent elsewhere.
                            """,
                        category: charge.category ?? "Recurring charges", potentialImpact: monthly,
                        difficulty: .easy,
                        steps: [
                            RecommendationStep(
                                "Set up a \(monthly.formatted()) monthly transfer to the goal's account.",
                                action: contribute(monthly, monthly: true))
                        ],
                        evidence: charge.expenseIDs))
                continue
            }
            let recentIncrease = charge.priceChanges.last {
                $0.to.minorUnits > $0.from.minorUnits && $0.date.days(to: asOf) <= 180
            }
            if DiscretionaryCategories.contains(charge.category) {
                try add(
                    RecommendationDraft(
                        type: .cancelRecurring, subject: charge.payee,
                        title: "Cancel or downgrade \(charge.payee) (\(monthly.formatted()) a month)",
                        description: """
                            You pay \(charge.payee) \(charge.lastAmount) \(charge.cadence.label) — \(monthly) a month, \(charge.count) \
                            charges since \(charge.firstDate). Cancelling it, or moving to a cheaper plan, frees up to \(monthly) a \
                            month for "\(input.projection.goal.name)".
                            """,
                        category: charge.category ?? "Subscriptions", potentialImpact: monthly,
                        difficulty: endedBefore ? .easy : .medium,
                        steps: [
                            "Check when you last used \(charge.payee).",
                            RecommendationStep(
                                "Cancel it, or switch to a cheaper plan, before \(charge.nextExpected).",
                                action: .cancel(payee: charge.payee)),
                            RecommendationStep(
                                "Send the \(monthly.formatted()) a month to the goal.",
                                action: contribute(monthly, monthly: true)),
                        ],
                        evidence: charge.expenseIDs))
            } else if let increase = recentIncrease {
                // Bounded: both are magnitudes of one stored charge (at most 9,999,999,999).
                let perCharge = try CheckedAmount.subtract(
                    increase.to.minorUnits, increase.from.minorUnits, context("price increase of \(charge.payee)"))
                let perMonth = charge.cadence.monthly(perCharge)
                try add(
                    RecommendationDraft(
                        type: .priceIncrease, subject: charge.payee,
                        title:
                            "\(charge.payee) went up from \(increase.from.formatted()) to \(increase.to.formatted())",
                        description: """
                            \(charge.payee) raised its \(charge.cadence.label) charge on \(increase.date) from \(increase.from) to \
                            \(increase.to). Negotiating it back or switching provider saves \(money(perMonth)) a month.
                            """,
                        category: charge.category ?? "Recurring charges", potentialImpact: money(perMonth),
                        difficulty: .medium,
                        steps: [
                            "Ask \(charge.payee) for the old price or a retention offer.",
                            "Compare two other providers.",
                            RecommendationStep(
                                "Put the difference toward the goal.",
                                action: contribute(money(perMonth), monthly: true)),
                        ],
                        evidence: charge.expenseIDs))
            }
        }
    }
}
