import Foundation
import GoalKit

extension Recommender {
    /// Builds the drafts of one run, remembering which expenses they already count so no money
    /// is counted twice.
    struct Builder {
        let input: RecommendationInput
        let currency: Currency
        let asOf: LocalDate
        var drafts: [RecommendationDraft] = []
        /// Expenses an earlier draft already counts.
        var used: Set<Int64> = []
        /// Categories a cut already covers.
        var cutCategories: Set<String> = []

        /// Money out in the goal's currency, not between own accounts: what the steps look at.
        let spending: [RecommendationInput.Item]

        init(input: RecommendationInput) {
            self.input = input
            let currency = input.projection.goal.currency
            self.currency = currency
            asOf = input.projection.asOf
            used = input.claimedExpenses
            spending = input.items.filter {
                !$0.isTransfer && !$0.isIncome && $0.amount.isNegative && $0.amount.currency == currency
            }
        }

        /// Whole months of the cash flow window (at least one).
        var windowMonths: Int { max(1, input.cashFlow.months.count) }

        func money(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: currency) }

        mutating func add(_ draft: RecommendationDraft) {
            guard !input.excludedKeys.contains(draft.key), !input.claimedKeys.contains(draft.key) else { return }
            guard draft.evidence.isEmpty || !draft.evidence.allSatisfy(input.claimedExpenses.contains) else { return }
            var d = draft
            let factor = input.feedback[d.type]?.calibrationFactor ?? 1
            if factor != 1 {
                d.potentialImpact = money(Int64((Double(d.potentialImpact.minorUnits) * factor).rounded(.down)))
            }
            guard d.potentialImpact.isPositive else { return }
            d.title = String(d.title.prefix(100))
            d.category = String(d.category.prefix(50))
            used.formUnion(d.evidence)
            drafts.append(d)
        }

        // MARK: Recurring charges

        mutating func recurringCharges() {
            let endedBefore = input.recurring.contains { $0.status == .ended }
            for charge in input.recurring where charge.lastAmount.currency == currency {
                let monthly = charge.monthlyAmount
                if charge.status == .ended {
                    guard charge.lastDate.days(to: asOf) <= 90 else { continue }
                    add(
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
                                "Set up a \(monthly.formatted()) monthly transfer to the goal's account.",
                                "Record it with goalkit goal contribute.",
                            ],
                            evidence: charge.expenseIDs))
                    continue
                }
                let recentIncrease = charge.priceChanges.last {
                    $0.to.minorUnits > $0.from.minorUnits && $0.date.days(to: asOf) <= 180
                }
                if DiscretionaryCategories.contains(charge.category) {
                    add(
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
                                "Cancel it, or switch to a cheaper plan, before \(charge.nextExpected).",
                                "Send the \(monthly.formatted()) a month to the goal.",
                            ],
                            evidence: charge.expenseIDs))
                } else if let increase = recentIncrease {
                    let perCharge = increase.to.minorUnits - increase.from.minorUnits
                    let perMonth = Int64((Double(perCharge) * (365.0 / 12) / charge.cadence.days).rounded())
                    add(
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
                                "Put the difference toward the goal.",
                            ],
                            evidence: charge.expenseIDs))
                }
            }
        }

        // MARK: Fees

        mutating func fees() {
            let feeWords = ["fee", "overdraft", "late charge", "service charge", "nsf", "returned item"]
            let feeCategories: Set<String> = ["bank fees", "late fees", "interest charges"]
            // Statements repeat their payees and categories: each is looked at once.
            var feeCategory: [String: Bool] = [:]
            var feePayee: [String: Bool] = [:]
            let items = spending.filter { item in
                guard !used.contains(item.id) else { return false }
                if let category = item.category {
                    let isFee = feeCategory[category] ?? feeCategories.contains(category.lowercased())
                    feeCategory[category] = isFee
                    if isFee { return true }
                }
                if let known = feePayee[item.payee] { return known }
                let text = item.payee.lowercased()
                let isFee = feeWords.contains { text.contains($0) }
                feePayee[item.payee] = isFee
                return isFee
            }
            guard !items.isEmpty else { return }
            let total = items.reduce(Int64(0)) { $0 - $1.amount.minorUnits }
            let monthly = total / Int64(windowMonths)
            add(
                RecommendationDraft(
                    type: .stopFees, subject: "fees",
                    title: "Stop paying \(money(monthly).formatted()) a month in bank fees",
                    description: """
                        \(items.count) fee(s) came to \(money(total)) over the last \(windowMonths) month(s). A fee-free account, \
                        alerts before overdrafts and paying on time avoid them.
                        """,
                    category: "Fees & Charges", potentialImpact: money(monthly), difficulty: .easy,
                    steps: [
                        "Turn on low-balance alerts.", "Ask the bank to waive recent fees.",
                        "Move to a fee-free account if they repeat.",
                    ],
                    evidence: items.map(\.id)))
        }

        // MARK: Spikes

        mutating func spikes() {
            let byCategory = Dictionary(
                grouping: spending.filter { $0.category != nil && !used.contains($0.id) }, by: { $0.category! })
            let monthlySpend = spending.reduce(Int64(0)) { $0 - $1.amount.minorUnits } / Int64(windowMonths)
            let allMagnitudes = spending.map { -$0.amount.minorUnits }.sorted()
            for (category, items) in byCategory.sorted(by: { $0.key < $1.key }) {
                // A category with little history is compared with spending as a whole.
                let magnitudes = items.count >= 4 ? items.map { -$0.amount.minorUnits }.sorted() : allMagnitudes
                guard !magnitudes.isEmpty else { continue }
                let median = magnitudes[magnitudes.count / 2]
                guard
                    let spike = items.filter({ $0.date.days(to: asOf) <= 90 && $0.date <= asOf })
                        .max(by: { -$0.amount.minorUnits < -$1.amount.minorUnits })
                else { continue }
                let size = -spike.amount.minorUnits
                guard size >= median * 3, size * 20 >= monthlySpend else { continue }
                add(
                    RecommendationDraft(
                        type: .spendingSpike, subject: "\(category):\(spike.id)",
                        title: "Skip repeats of a one-off \(money(size).formatted()) at \(spike.payee)",
                        description: """
                            On \(spike.date) you spent \(money(size)) on \(category) at \(spike.payee), \(size / max(1, median))× your usual \
                            \(money(median)). Not repeating it this year frees \(money(size / 12)) a month.
                            """,
                        category: category, potentialImpact: money(size / 12), difficulty: .medium,
                        steps: [
                            "Wait 48 hours before purchases over \(money(median * 3).formatted()).",
                            "Set a \(category) limit with goalkit budget add.",
                        ],
                        evidence: [spike.id]))
            }
        }

        // MARK: Category cuts

        mutating func categoryCuts() {
            let months = input.cashFlow.months.map(\.month)
            guard months.count >= 4 else { return }
            let recentMonths = Set(months.suffix(3))
            let byCategory = Dictionary(
                grouping: spending.filter { $0.category != nil && !used.contains($0.id) }, by: { $0.category! })
            for (category, items) in byCategory.sorted(by: { $0.key < $1.key })
            where DiscretionaryCategories.contains(category) {
                var totals: [YearMonth: Int64] = [:]
                for item in items { totals[YearMonth(item.date), default: 0] -= item.amount.minorUnits }
                let recent = recentMonths.map { totals[$0] ?? 0 }.reduce(0, +) / 3
                let earlier = months.dropLast(3).map { totals[$0] ?? 0 }.filter { $0 > 0 }
                guard recent > 0, let best = earlier.min(), best < recent else { continue }
                let percent = min(50, Int((Double(recent - best) / Double(recent) * 100).rounded(.down)))
                guard percent >= 10 else { continue }
                let target = recent * Int64(100 - percent) / 100
                let achieved = months.filter { (totals[$0] ?? 0) > 0 && (totals[$0] ?? 0) <= target }.count
                let difficulty: DifficultyLevel = achieved >= 3 ? .easy : (achieved == 2 ? .medium : .hard)
                let evidence = items.filter { recentMonths.contains(YearMonth($0.date)) }.map(\.id)
                cutCategories.insert(category)
                add(
                    RecommendationDraft(
                        type: .cutCategory, subject: category,
                        title: "Cut \(category) by \(percent)% (\(money(recent - target).formatted()) a month)",
                        description: """
                            \(category) averaged \(money(recent)) a month over the last three months. You have spent as little as \
                            \(money(best)) in a month before (\(achieved) month(s) at or under \(money(target))), so \(percent)% less \
                            is within reach: \(money(recent - target)) a month for "\(input.projection.goal.name)".
                            """,
                        category: category, potentialImpact: money(recent - target), difficulty: difficulty,
                        steps: [
                            "Set a \(money(target).formatted()) monthly \(category) budget (goalkit budget add).",
                            "Check it weekly with goalkit expenses list --category \"\(category)\".",
                            "Move what you save to the goal at the end of each month.",
                        ],
                        evidence: evidence))
            }
        }

        // MARK: Benchmarks

        mutating func benchmarks() {
            let items = spending.filter { !used.contains($0.id) && $0.group != nil }
            let total = spending.reduce(Int64(0)) { $0 - $1.amount.minorUnits }
            guard total > 0 else { return }
            let byGroup = Dictionary(grouping: items, by: { $0.group! })
            for (group, groupItems) in byGroup.sorted(by: { $0.key < $1.key }) {
                guard let share = SpendingBenchmarks.blsShare[group],
                    !groupItems.contains(where: { cutCategories.contains($0.category ?? "") })
                else { continue }
                let spent = groupItems.reduce(Int64(0)) { $0 - $1.amount.minorUnits }
                let permille = spent * 1000 / total
                guard permille * 4 > Int64(share) * 5 else { continue }
                let excess = (spent - total * Int64(share) / 1000) / Int64(windowMonths)
                add(
                    RecommendationDraft(
                        type: .aboveBenchmark, subject: group,
                        title: "\(group) takes \(permille / 10)% of your spending; the US average is \(share / 10)%",
                        description: """
                            Over the last \(windowMonths) month(s) \(group) took \(permille / 10).\(permille % 10)% of your spending, against \
                            \(share / 10).\(share % 10)% for the average US household (BLS Consumer Expenditure Survey 2023). Bringing it to \
                            the average frees \(money(excess)) a month.
                            """,
                        category: group, potentialImpact: money(excess),
                        difficulty: group == "Housing" ? .hard : .medium,
                        steps: [
                            "List the \(group) costs that are not fixed.", "Compare providers for the largest one.",
                            "Set a \(group) budget at the average share.",
                        ],
                        evidence: Array(groupItems.map(\.id).prefix(50))))
            }
        }

        // MARK: Contribution and windfalls

        mutating func contribution() {
            let free = input.cashFlow.freeCashFlow.minorUnits - input.claimedSurplus
            let pace = input.projection.monthlyPace.minorUnits
            guard free > pace, input.cashFlow.freeCashFlow.currency == currency else { return }
            var raise = free - pace
            if let required = input.projection.requiredMonthly {
                raise = min(raise, max(0, required.minorUnits - pace))
            }
            let evidence = input.items.filter { $0.isIncome || ($0.amount.isPositive && !$0.isTransfer) }.map(\.id)
                .suffix(20)
            add(
                RecommendationDraft(
                    type: .raiseContribution, subject: "contribution",
                    title: "Raise your monthly contribution by \(money(raise).formatted())",
                    description: """
                        Your income has beaten your spending by \(input.cashFlow.freeCashFlow) in a typical recent month (the median of \
                        \(windowMonths)), while "\(input.projection.goal.name)" gets \(input.projection.monthlyPace) a month. A standing \
                        transfer of \(money(raise)) more puts that surplus to work.
                        """,
                    category: "Savings", potentialImpact: money(raise), difficulty: .easy,
                    steps: [
                        "Set up a standing transfer of \(money(pace + raise).formatted()) on payday.",
                        "Record it with goalkit goal contribute.",
                    ],
                    evidence: Array(evidence)))
        }

        mutating func windfalls() {
            let inflows = input.items.filter {
                !$0.isTransfer && $0.amount.isPositive && $0.amount.currency == currency
            }
            let incomes = input.cashFlow.months.map(\.income.minorUnits).sorted()
            guard inflows.count >= 3, !incomes.isEmpty else { return }
            let monthlyIncome = incomes[incomes.count / 2]
            let median = inflows.map(\.amount.minorUnits).sorted()[inflows.count / 2]
            let payeeCounts = Dictionary(
                grouping: inflows, by: { ExpenseFeatures.words($0.payee).joined(separator: " ") }
            ).mapValues(\.count)
            let monthsLeft = Int64(max(1, input.projection.monthsLeft ?? 12))
            // One-off: a payee seen once in the window; large: at least a quarter of a typical month's income.
            for item in inflows
            where item.date.days(to: asOf) <= 60 && item.date <= asOf && item.amount.minorUnits * 4 >= monthlyIncome
                && payeeCounts[ExpenseFeatures.words(item.payee).joined(separator: " "), default: 0] == 1
            {
                let half = item.amount.minorUnits / 2
                add(
                    RecommendationDraft(
                        type: .windfall, subject: "\(item.payee):\(item.date)",
                        title: "Put half of the \(item.amount.formatted()) from \(item.payee) toward the goal",
                        description: """
                            On \(item.date) \(item.amount) came in from \(item.payee), \(item.amount.minorUnits / max(1, median))× your usual \
                            inflow. Putting half (\(money(half))) toward "\(input.projection.goal.name)" is worth \(money(half / monthsLeft)) \
                            a month over the \(monthsLeft) month(s) left.
                            """,
                        category: "Income", potentialImpact: money(half / monthsLeft), difficulty: .easy,
                        steps: [
                            "Transfer \(money(half).formatted()) to the goal's account now.",
                            "Record it with goalkit goal contribute.",
                        ],
                        evidence: [item.id]))
            }
        }

        // MARK: Goals

        mutating func higherPriority() {
            let goal = input.projection
            guard let gap = goal.requiredMonthly.map({ $0.minorUnits - goal.monthlyPace.minorUnits }), gap > 0 else {
                return
            }
            for other in input.otherGoals
            where other.goal.priority.rank > goal.goal.priority.rank && other.monthlyPace.isPositive
                && other.goal.currency == currency
            {
                let redirect = min(other.monthlyPace.minorUnits, gap)
                add(
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
                            "Raise the transfer to \"\(goal.goal.name)\" by the same.",
                        ],
                        evidence: []))
            }
        }

        mutating func extendDate() {
            let goal = input.projection
            guard let required = goal.requiredMonthly, goal.goal.targetDate != nil else { return }
            let pace = goal.monthlyPace.minorUnits
            let gap = required.minorUnits - pace
            let others = drafts.reduce(Int64(0)) { $0 + $1.potentialImpact.minorUnits }
            guard gap > 0, others < gap else { return }
            let monthly = pace + others
            guard monthly > 0 else { return }
            let months = (goal.remaining.minorUnits + monthly - 1) / monthly
            let newDate = asOf.adding(months: Int(min(months, 600)))
            guard let oldDate = goal.goal.targetDate, newDate > oldDate else { return }
            var extended = goal.goal
            extended.targetDate = newDate
            guard let newRequired = extended.requiredMonthlyAmount(asOf: asOf) else { return }
            let reduction = required.minorUnits - newRequired.minorUnits
            add(
                RecommendationDraft(
                    type: .extendTargetDate, subject: "target date", title: "Move the target date to \(newDate)",
                    description: """
                        Even with every other step here, "\(goal.goal.name)" gets \(money(monthly)) a month against the \(required) it \
                        needs by \(oldDate). Moving the date to \(newDate) lowers the monthly need to \(newRequired) — \(money(reduction)) less.
                        """,
                    category: "Goals", potentialImpact: money(reduction), difficulty: .medium,
                    steps: [
                        "Decide whether the goal can wait until \(newDate).",
                        "Run goalkit goal update \(goal.goal.id ?? 0) --by \(newDate).",
                    ],
                    evidence: []))
        }
    }
}
