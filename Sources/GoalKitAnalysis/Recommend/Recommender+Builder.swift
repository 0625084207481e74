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

        /// Takes the input.
        /// - Throws: `AmountOverflowError` when an amount is `Int64.min`, which has no magnitude in
        ///   64 bits; every other amount can then be negated without trapping (store rows hold
        ///   ±9,999,999,999).
        init(input: RecommendationInput) throws(AmountOverflowError) {
            self.input = input
            let currency = input.projection.goal.currency
            self.currency = currency
            asOf = input.projection.asOf
            used = input.claimedExpenses
            if let item = (input.items + input.recentItems).first(where: { $0.amount.minorUnits == .min }) {
                throw AmountOverflowError("recommendations for \(input.projection.goal.name): expense \(item.id)")
            }
            spending = input.items.filter {
                !$0.isTransfer && !$0.isIncome && $0.amount.isNegative && $0.amount.currency == currency
            }
        }

        /// What a failing figure is named by: the goal and the figure.
        func context(_ figure: String) -> String { "recommendations for \(input.projection.goal.name): \(figure)" }

        /// The total of what items spent (the negated sum of their amounts).
        func spent(_ items: some Sequence<RecommendationInput.Item>, _ figure: String) throws(AmountOverflowError)
            -> Int64
        {
            try CheckedAmount.sum(items.map { -$0.amount.minorUnits }, context(figure))
        }

        /// The months of the cash flow window the data covers (at least one): what every
        /// monthly average here divides by (`AveragingWindow`).
        var windowMonths: Int { input.cashFlow.window.divisor }
        /// The covered months by name, for the text: "May–October 2026 (6 months)".
        var windowText: String { input.cashFlow.window.description }

        func money(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: currency) }

        /// The action of paying an amount into this goal.
        func contribute(_ amount: Money, monthly: Bool) -> RecommendationAction {
            .contribute(goalID: input.projection.goal.id ?? 0, amount: amount, monthly: monthly)
        }

        /// `value / divisor` rounded half to even, for a divisor of at least one (months, a
        /// year's 12), so the quotient fits wherever the value does.
        func quotient(_ value: Int64, over divisor: Int) -> Int64 {
            Int64(CheckedAmount.divided(Int128(value), by: Int128(max(1, divisor)), rounding: .halfEven))
        }

        mutating func add(_ draft: RecommendationDraft) throws(AmountOverflowError) {
            guard !input.excludedKeys.contains(draft.key), !input.claimedKeys.contains(draft.key) else { return }
            guard draft.evidence.isEmpty || !draft.evidence.allSatisfy(input.claimedExpenses.contains) else { return }
            var d = draft
            if let factor = input.feedback[d.type]?.calibrationFactor, factor.numerator != factor.denominator {
                d.potentialImpact = money(
                    try CheckedAmount.scaled(
                        d.potentialImpact.minorUnits, times: factor.numerator, over: factor.denominator,
                        rounding: .halfEven, context("calibrated impact of \(d.key)")))
            }
            guard d.potentialImpact.isPositive else { return }
            d.title = String(d.title.prefix(100))
            d.category = String(d.category.prefix(50))
            used.formUnion(d.evidence)
            drafts.append(d)
        }

        // MARK: Recurring charges

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

        // MARK: Fees

        mutating func fees() throws(AmountOverflowError) {
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
            let total = try spent(items, "fees")
            let monthly = quotient(total, over: windowMonths)
            try add(
                RecommendationDraft(
                    type: .stopFees, subject: "fees",
                    title: "Stop paying \(money(monthly).formatted()) a month in bank fees",
                    description: """
                        \(items.count) fee(s) came to \(money(total)) over \(windowText). A fee-free account, \
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

        mutating func spikes() throws(AmountOverflowError) {
            let byCategory = Dictionary(
                grouping: spending.filter { $0.category != nil && !used.contains($0.id) }, by: { $0.category! })
            let monthlySpend = quotient(try spent(spending, "spending"), over: windowMonths)
            let allMagnitudes = spending.map { -$0.amount.minorUnits }.sorted()
            for (category, items) in byCategory.sorted(by: { $0.key < $1.key }) {
                // A category with little history is compared with spending as a whole.
                let magnitudes = items.count >= 4 ? items.map { -$0.amount.minorUnits }.sorted() : allMagnitudes
                guard !magnitudes.isEmpty else { continue }
                let median = magnitudes[magnitudes.count / 2]
                // A bill (rent, a utility, an insurance) is not a one-off to skip.
                guard !RecurringDetector.variableBillCategories.contains(category),
                    let spike = items.filter({ $0.date.days(to: asOf) <= 90 && $0.date <= asOf })
                        .max(by: { -$0.amount.minorUnits < -$1.amount.minorUnits })
                else { continue }
                let size = -spike.amount.minorUnits
                // Nor is a charge the same payee made before at about the same amount: a one-off
                // is one.
                let payee = RecurringPayeeKey.key(spike.payee)
                guard
                    !spending.contains(where: { other in
                        other.id != spike.id && RecurringPayeeKey.key(other.payee) == payee
                            && Int128(-other.amount.minorUnits) * 4 >= Int128(size) * 3
                            && Int128(-other.amount.minorUnits) * 3 <= Int128(size) * 4
                    })
                else { continue }
                // In 128 bits: `median × 3` and `size × 20` pass `Int64.max` for huge amounts.
                guard Int128(size) >= Int128(median) * 3, Int128(size) * 20 >= Int128(monthlySpend) else { continue }
                let threshold = try CheckedAmount.multiply(median, 3, context("spike threshold in \(category)"))
                let perMonth = quotient(size, over: 12)
                try add(
                    RecommendationDraft(
                        type: .spendingSpike, subject: "\(category):\(spike.id)",
                        title: "Skip repeats of a one-off \(money(size).formatted()) at \(spike.payee)",
                        description: """
                            On \(spike.date) you spent \(money(size)) on \(category) at \(spike.payee), \(size / max(1, median))× your usual \
                            \(money(median)). Not repeating it this year frees \(money(perMonth)) a month.
                            """,
                        category: category, potentialImpact: money(perMonth), difficulty: .medium,
                        steps: [
                            "Wait 48 hours before purchases over \(money(threshold).formatted()).",
                            RecommendationStep(
                                "Look back at your \(category) spending before the next large purchase.",
                                action: .review(category: category)),
                        ],
                        evidence: [spike.id]))
            }
        }

        // MARK: Category cuts

        mutating func categoryCuts() throws(AmountOverflowError) {
            let months = input.cashFlow.months.map(\.month)
            guard months.count >= 4 else { return }
            let recentMonths = Set(months.suffix(3))
            // The cash flow's months are covered ones: the last three are three months of data.
            let recentText = AveragingWindow(months: Array(months.suffix(3)), covered: Array(months.suffix(3)))
                .description
            let byCategory = Dictionary(
                grouping: spending.filter { $0.category != nil && !used.contains($0.id) }, by: { $0.category! })
            for (category, items) in byCategory.sorted(by: { $0.key < $1.key })
            where DiscretionaryCategories.contains(category) {
                let totals = try monthlyTotals(items, category)
                let recent = quotient(
                    try CheckedAmount.sum(
                        recentMonths.map { totals[$0] ?? 0 }, context("\(category), last three months")),
                    over: 3)
                let earlier = months.dropLast(3).map { totals[$0] ?? 0 }.filter { $0 > 0 }
                guard recent > 0, let best = earlier.min(), best < recent else { continue }
                // The whole percent below what was reached (rounded down), in integers.
                let percent = min(
                    50, Int(CheckedAmount.divided(Int128(recent - best) * 100, by: Int128(recent), rounding: .down)))
                guard percent >= 10 else { continue }
                let target = try CheckedAmount.scaled(
                    recent, times: Int64(100 - percent), over: 100, rounding: .halfEven, context("\(category) target"))
                // Bounded: 0 < best < recent and 0 ≤ target ≤ recent, so `recent - best` and
                // `recent - target` below cannot overflow.
                let achieved = months.filter { (totals[$0] ?? 0) > 0 && (totals[$0] ?? 0) <= target }.count
                let difficulty: DifficultyLevel = achieved >= 3 ? .easy : (achieved == 2 ? .medium : .hard)
                let evidence = items.filter { recentMonths.contains(YearMonth($0.date)) }.map(\.id)
                cutCategories.insert(category)
                try add(
                    RecommendationDraft(
                        type: .cutCategory, subject: category,
                        title: "Cut \(category) by \(percent)% (\(money(recent - target).formatted()) a month)",
                        description: """
                            \(category) averaged \(money(recent)) a month over \(recentText). You have spent as little as \
                            \(money(best)) in a month before (\(achieved) month(s) at or under \(money(target))), so \(percent)% less \
                            is within reach: \(money(recent - target)) a month for "\(input.projection.goal.name)".
                            """,
                        category: category, potentialImpact: money(recent - target), difficulty: difficulty,
                        steps: [
                            RecommendationStep(
                                "Set a \(money(target).formatted()) monthly \(category) budget.",
                                action: .setBudget(
                                    category: category, limit: money(target),
                                    from: YearMonth(asOf).adding(months: 1) ?? YearMonth(asOf))),
                            RecommendationStep(
                                "Check your \(category) lines weekly.", action: .review(category: category)),
                            RecommendationStep(
                                "Move what you save to the goal at the end of each month.",
                                action: contribute(money(recent - target), monthly: true)),
                        ],
                        evidence: evidence))
            }
        }

        // MARK: Benchmarks

        mutating func benchmarks() throws(AmountOverflowError) {
            let items = spending.filter { !used.contains($0.id) && $0.group != nil }
            let total = try spent(spending, "spending")
            guard total > 0 else { return }
            let byGroup = Dictionary(grouping: items, by: { $0.group! })
            for (group, groupItems) in byGroup.sorted(by: { $0.key < $1.key }) {
                guard let share = SpendingBenchmarks.blsShare[group],
                    !groupItems.contains(where: { cutCategories.contains($0.category ?? "") })
                else { continue }
                let spent = try spent(groupItems, group)
                // Bounded: the group's items are some of the spending items, all money out, so
                // 0 ≤ spent ≤ total and the permille is 0...1000. The test and the excess over
                // the average share are exact in 128 bits, rounded once: 0 < excess ≤ spent.
                let permille = try CheckedAmount.scaled(
                    spent, times: 1000, over: total, rounding: .halfEven, context("share of \(group)"))
                guard Int128(spent) * 4000 > Int128(total) * Int128(share) * 5 else { continue }
                let percent = CheckedAmount.divided(Int128(spent) * 100, by: Int128(total), rounding: .halfEven)
                let excess = try CheckedAmount.divide(
                    Int128(spent) * 1000 - Int128(total) * Int128(share), by: 1000 * Int128(windowMonths),
                    rounding: .halfEven, context("\(group) above the average"))
                try add(
                    RecommendationDraft(
                        type: .aboveBenchmark, subject: group,
                        title:
                            "\(group) takes \(percent)% of your spending; the US average is \(CheckedAmount.divided(Int128(share), by: 10, rounding: .halfEven))%",
                        description: """
                            Over \(windowText) \(group) took \(permille / 10).\(permille % 10)% of your spending, against \
                            \(share / 10).\(share % 10)% for the average US household (BLS Consumer Expenditure Survey 2023). Bringing it to \
                            the average frees \(money(excess)) a month.
                            """,
                        category: group, potentialImpact: money(excess),
                        difficulty: group == "Housing" ? .hard : .medium,
                        steps: [
                            RecommendationStep(
                                "List the \(group) costs that are not fixed.", action: .review(category: group)),
                            "Compare providers for the largest one.",
                            "Set a \(group) budget at the average share.",
                        ],
                        evidence: Array(groupItems.map(\.id).prefix(50))))
            }
        }

        // MARK: Contribution and windfalls

        mutating func contribution() throws(AmountOverflowError) {
            // The surplus already goes, in part, to the other goals of the currency (their pace)
            // and to the raises their open recommendations claim: only the rest is free.
            let otherPaces = try CheckedAmount.sum(
                input.otherGoals.filter { $0.goal.currency == currency && $0.goal.isActive }.map(
                    \.monthlyPace.minorUnits),
                context("other goals' pace"))
            let free = try CheckedAmount.subtract(
                try CheckedAmount.subtract(
                    input.cashFlow.freeCashFlow.minorUnits, input.claimedSurplus, context("free cash flow")),
                otherPaces, context("free cash flow"))
            let pace = input.projection.monthlyPace.minorUnits
            guard free > pace, input.cashFlow.freeCashFlow.currency == currency else { return }
            var raise = try CheckedAmount.subtract(free, pace, context("contribution raise"))
            if let required = input.projection.requiredMonthly {
                raise = min(
                    raise, max(0, try CheckedAmount.subtract(required.minorUnits, pace, context("monthly gap"))))
            } else {
                // An ongoing goal never needs more a month than is still missing.
                raise = min(raise, input.projection.remaining.minorUnits)
            }
            guard raise > 0 else { return }
            let standing = try CheckedAmount.add(pace, raise, context("standing transfer"))
            let evidence = input.items.filter { $0.isIncome || ($0.amount.isPositive && !$0.isTransfer) }.map(\.id)
                .suffix(20)
            try add(
                RecommendationDraft(
                    type: .raiseContribution, subject: "contribution",
                    title: "Raise your monthly contribution by \(money(raise).formatted())",
                    description: """
                        Your income has beaten your spending by \(input.cashFlow.freeCashFlow) in a typical recent month (the median of \
                        \(windowText)), while "\(input.projection.goal.name)" gets \(input.projection.monthlyPace) a month. A standing \
                        transfer of \(money(raise)) more puts that surplus to work.
                        """,
                    category: "Savings", potentialImpact: money(raise), difficulty: .easy,
                    steps: [
                        RecommendationStep(
                            "Set up a standing transfer of \(money(standing).formatted()) on payday.",
                            action: contribute(money(standing), monthly: true))
                    ],
                    evidence: Array(evidence)))
        }

        mutating func windfalls() throws(AmountOverflowError) {
            // A windfall is an event: one in the month not yet whole counts too.
            let inflows = (input.items + input.recentItems).filter {
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
            where item.date.days(to: asOf) <= 60 && item.date <= asOf
                && Int128(item.amount.minorUnits) * 4 >= Int128(monthlyIncome)
                && payeeCounts[ExpenseFeatures.words(item.payee).joined(separator: " "), default: 0] == 1
            {
                // Half now, and what it is worth a month: each rounded once, half to even.
                let half = quotient(item.amount.minorUnits, over: 2)
                let perMonth = Int64(
                    CheckedAmount.divided(
                        Int128(item.amount.minorUnits), by: 2 * Int128(monthsLeft), rounding: .halfEven))
                try add(
                    RecommendationDraft(
                        type: .windfall, subject: "\(item.payee):\(item.date)",
                        title: "Put half of the \(item.amount.formatted()) from \(item.payee) toward the goal",
                        description: """
                            On \(item.date) \(item.amount) came in from \(item.payee), \(item.amount.minorUnits / max(1, median))× your usual \
                            inflow. Putting half (\(money(half))) toward "\(input.projection.goal.name)" is worth \(money(perMonth)) \
                            a month over the \(monthsLeft) month(s) left.
                            """,
                        category: "Income", potentialImpact: money(perMonth), difficulty: .easy,
                        steps: [
                            RecommendationStep(
                                "Transfer \(money(half).formatted()) to the goal's account now.",
                                action: contribute(money(half), monthly: false))
                        ],
                        evidence: [item.id]))
            }
        }

        // MARK: Goals

        mutating func higherPriority() throws(AmountOverflowError) {
            let goal = input.projection
            guard let required = goal.requiredMonthly else { return }
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
            let others = try CheckedAmount.sum(drafts.map(\.potentialImpact.minorUnits), context("impact of the steps"))
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
                        Even with every other step here, "\(goal.goal.name)" gets \(money(monthly)) a month against the \(required) it \
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

        /// A category's spending per month, summed in 128 bits and narrowed once per month.
        func monthlyTotals(_ items: [RecommendationInput.Item], _ category: String) throws(AmountOverflowError)
            -> [YearMonth: Int64]
        {
            var wide: [YearMonth: Int128] = [:]
            for item in items { wide[YearMonth(item.date), default: 0] -= Int128(item.amount.minorUnits) }
            var totals: [YearMonth: Int64] = [:]
            for (month, total) in wide {
                totals[month] = try CheckedAmount.narrow(total, context("\(category) in \(month)"))
            }
            return totals
        }
    }
}
