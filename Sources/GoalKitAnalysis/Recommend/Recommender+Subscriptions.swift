// The recommender's steps for subscriptions: cancel one, or keep one of several of a kind.
import GoalKit

extension Recommender.Builder {
    /// Cancel easy when the person has ended a recurring charge before, else medium.
    var cancelDifficulty: DifficultyLevel {
        input.recurring.contains { $0.status == .ended } ? .easy : .medium
    }

    /// Cancel or downgrade one charge. A rise is named (cancelling frees it with the rest, so
    /// it is not a second recommendation); an uncategorised one says what kind of service its
    /// name makes it.
    func cancelDraft(_ priced: PricedCharge) -> RecommendationDraft {
        let (charge, monthly) = (priced.charge, priced.monthly)
        let title: String
        if let rise = priced.rise {
            title =
                "Cancel or downgrade \(charge.payee) (\(monthly.formatted()) a month), up from "
                + "\(rise.change.from.formatted()) to \(rise.change.to.formatted()) on \(rise.change.date)"
        } else {
            title = "Cancel or downgrade \(charge.payee) (\(monthly.formatted()) a month)"
        }
        var steps: [RecommendationStep] = []
        if let rise = priced.rise {
            steps.append(
                "Ask \(charge.payee) for the old price of \(rise.change.from.formatted()) or a retention offer.")
        }
        steps += [
            "Check when you last used \(charge.payee).",
            RecommendationStep(
                "Cancel it, or switch to a cheaper plan, before \(charge.nextExpected).",
                action: .cancel(payee: charge.payee)),
            RecommendationStep(
                "Send the \(monthly.formatted()) a month to the goal.", action: contribute(monthly, monthly: true)),
        ]
        let kind = charge.category == nil ? ServiceKind.of(payee: charge.payee, category: nil) : nil
        let unknown = kind.map { " It has no category; by its name it is \($0.singular)." } ?? ""
        return RecommendationDraft(
            type: .cancelRecurring, subject: charge.payee, title: title,
            description: """
                You pay \(charge.payee) \(priced.priceText), \(charge.count) charges since \(charge.firstDate).\
                \(priced.riseText.map { " " + $0 } ?? "")\(unknown) Cancelling it, or moving to a cheaper plan, frees \
                up to \(monthly) a month for "\(input.projection.goal.name)".
                """,
            category: charge.category ?? "Recurring charges", potentialImpact: monthly, difficulty: cancelDifficulty,
            steps: steps, evidence: charge.expenseIDs)
    }

    /// Two or more active services of one kind (`ServiceKind`) are one recommendation naming
    /// them all: keep one. The impact is what the others cost a month — the dearest kept, so it
    /// is the least that keeping any one of them frees, whichever the person keeps.
    /// A service whose own cancel was dismissed or implemented is left out of its kind.
    /// - Returns: the charges it covers (whether or not the recommendation was proposed: a
    ///   dismissed one is not proposed again charge by charge).
    mutating func serviceKinds(_ priced: [PricedCharge]) throws(AmountOverflowError) -> Set<RecurringCharge> {
        // A service whose own cancel was answered (dismissed, or marked done) is not asked again here.
        let answered = input.excludedKeys.union(input.claimedKeys)
        let active = priced.filter { member in
            member.charge.status == .active && isCancellable(member.charge)
                && !answered.contains(RecommendationType.cancelRecurring.rawValue + ":" + member.payee.lowercased())
        }
        let byKind = Dictionary(grouping: active) { ServiceKind.of(payee: $0.payee, category: $0.charge.category) }
        var covered: Set<RecurringCharge> = []
        for kind in ServiceKind.allCases {
            guard let members = byKind[kind], members.count >= 2 else { continue }
            let sorted = members.sorted { ($0.monthly.minorUnits, $1.payee) > ($1.monthly.minorUnits, $0.payee) }
            let others = sorted.dropFirst()
            let freed = money(try CheckedAmount.sum(others.map(\.monthly.minorUnits), context("other \(kind.plural)")))
            covered.formUnion(members.map(\.charge))
            try add(kindDraft(kind, sorted, freed: freed))
        }
        return covered
    }

    private func kindDraft(_ kind: ServiceKind, _ sorted: [PricedCharge], freed: Money) -> RecommendationDraft {
        let kept = sorted[0]
        let list = sorted.map { member in
            "\(member.payee) (\(member.priceText)\(member.riseFragment.map { "; " + $0 } ?? ""))"
        }
        let bundle =
            kind == .videoStreaming || kind == .musicStreaming
            ? " A bundle that covers the ones you watch or listen to can cost less than separate plans." : ""
        let categories = Set(sorted.compactMap(\.charge.category))
        var steps: [RecommendationStep] = [
            "Decide which one you use most: keep that one (or a bundle that covers them)."
        ]
        steps += sorted.map { member in
            RecommendationStep(
                "Cancel \(member.payee) if it is not the one you keep, before \(member.charge.nextExpected).",
                action: .cancel(payee: member.payee))
        }
        steps.append(
            RecommendationStep(
                "Send the \(freed.formatted()) a month to the goal.", action: contribute(freed, monthly: true)))
        return RecommendationDraft(
            type: .cancelRecurring, subject: kind.rawValue,
            title: "Keep one of your \(sorted.count) \(kind.plural) (\(freed.formatted()) a month)",
            description: """
                You pay for \(sorted.count) \(kind.plural): \(list.joined(separator: ", ")).\(bundle) Keeping only \
                the dearest, \(kept.payee), frees \(freed) a month for "\(input.projection.goal.name)"; keeping a \
                cheaper one frees more.
                """,
            category: categories.count == 1 ? categories.first! : "Subscriptions", potentialImpact: freed,
            difficulty: cancelDifficulty, steps: steps, evidence: sorted.flatMap(\.charge.expenseIDs))
    }
}
