// The recommender's steps for the goals themselves: priority and the target date.
import GoalKit

extension Recommender.Builder {
    mutating func higherPriority() throws(AmountOverflowError) {
        let goal = input.projection
        // In a deficit the goals' transfers come back out of savings: moving them between goals
        // only shuffles money that is not there.
        guard let required = goal.requiredMonthly, deficit == nil else { return }
        let gap = try CheckedAmount.subtract(
            required.minorUnits, goal.monthlyPace.minorUnits, context("monthly gap"))
        guard gap > 0 else { return }
        for other in input.otherGoals
        where other.goal.priority.rank > goal.goal.priority.rank && other.monthlyPace.isPositive
            && other.goal.currency == currency
        {
            let redirect = min(other.monthlyPace.minorUnits, gap)
            try add(
                RecommendationDraft(
                    type: .fundHigherPriority, subject: other.goal.name,
                    title:
                        "Fund \"\(goal.goal.name)\" first: move \(money(redirect).formatted()) a month from \"\(other.goal.name)\"",
                    description: """
                        "\(goal.goal.name)" is \(goal.goal.priority.rawValue) priority and \(goal.status.label), while \
                        "\(other.goal.name)" (\(other.goal.priority.rawValue) priority) gets \(other.monthlyPace) a month. Redirecting \
                        \(money(redirect)) a month until "\(goal.goal.name)" is back on track funds the more important goal first.
                        """,
                    category: "Goals", potentialImpact: money(redirect), difficulty: .medium,
                    steps: [
                        "Lower the transfer to \"\(other.goal.name)\" by \(money(redirect).formatted()).",
                        RecommendationStep(
                            "Raise the transfer to \"\(goal.goal.name)\" by the same.",
                            action: contribute(money(redirect), monthly: true)),
                    ],
                    evidence: []))
        }
    }

    mutating func extendDate() throws(AmountOverflowError) {
        let goal = input.projection
        guard let required = goal.requiredMonthly, goal.goal.targetDate != nil else { return }
        let pace = goal.monthlyPace.minorUnits
        let gap = try CheckedAmount.subtract(required.minorUnits, pace, context("monthly gap"))
        // The monthly savings of the other steps (one-offs close no gap), less the deficit they
        // would close first.
        let others = try CheckedAmount.subtract(
            try CheckedAmount.sum(
                drafts.filter { Recommender.countsTowardGap($0.type) }.map(\.potentialImpact.minorUnits),
                context("impact of the steps")),
            deficit?.monthly ?? 0, context("impact of the steps after the deficit"))
        guard gap > 0, others < gap else { return }
        let monthly = try CheckedAmount.add(pace, others, context("monthly saving with every step"))
        guard monthly > 0, goal.remaining.isPositive else { return }
        // Rounded up: the months it takes; at most the remainder, so it fits.
        let months = CheckedAmount.divided(Int128(goal.remaining.minorUnits), by: Int128(monthly), rounding: .up)
        let newDate = asOf.adding(months: Int(min(months, 600)))
        guard let oldDate = goal.goal.targetDate, newDate > oldDate else { return }
        var extended = goal.goal
        extended.targetDate = newDate
        guard let newRequired = extended.requiredMonthlyAmount(asOf: asOf) else { return }
        // Bounded: both are 0...Int64.max, so their difference fits.
        let reduction = required.minorUnits - newRequired.minorUnits
        try add(
            RecommendationDraft(
                type: .extendTargetDate, subject: "target date", title: "Move the target date to \(newDate)",
                description: """
                    Even with every other step here\(deficit == nil ? "" : " and the deficit closed first"), \
                    "\(goal.goal.name)" gets \(money(monthly)) a month against the \(required) it \
                    needs by \(oldDate). Moving the date to \(newDate) lowers the monthly need to \(newRequired) — \(money(reduction)) less.
                    """,
                category: "Goals", potentialImpact: money(reduction), difficulty: .medium,
                steps: [
                    "Decide whether the goal can wait until \(newDate).",
                    RecommendationStep(
                        "Move the target date to \(newDate).",
                        action: .changeTargetDate(goalID: goal.goal.id ?? 0, date: newDate)),
                ],
                evidence: []))
    }
}

extension Recommender.Builder {
    /// The notes on what other goals' recommendations took: steps left out because their money
    /// already backs a higher-priority goal's, and a line when nothing at all is left.
    mutating func noteWhatWasClaimed() {
        let count = claimedAway.values.reduce(0, +)
        if count > 0 {
            let kinds = claimedAway.keys.map(\.rawValue).sorted().joined(separator: ", ")
            let lead = drafts.isEmpty ? "Nothing left after higher-priority goals: " : ""
            notes.append(
                """
                \(lead)\(count) step(s) found in your spending (\(kinds)) already back higher-priority goals' \
                recommendations, and each outflow backs one.
                """)
        } else if drafts.isEmpty {
            notes.append(
                """
                No step found: the data holds no charge to cancel, spending to cut, surplus or idle cash that other \
                goals do not already count.
                """)
        }
    }
}
