import Foundation
public import GoalKit

/// Finds the money that closes a goal's gap in the person's own spending: typed, evidenced
/// recommendations, each produced only when the data supports it, no money counted twice,
/// ranked by months saved on the goal per unit of difficulty and weighted by feedback.
public enum Recommender {
    /// Recommendations for one goal, best first; the smallest set that closes the monthly gap
    /// is marked `closesGap`.
    /// - Throws: `AmountOverflowError` naming the goal and the figure (a category's spending, a
    ///   share, the gap) that does not fit in 64-bit minor units: refused, never trapped.
    public static func recommend(_ input: RecommendationInput) throws(AmountOverflowError) -> [RecommendationDraft] {
        try advise(input).drafts
    }

    /// Recommendations for one goal, best first, with notes on what the data left out (money
    /// in a currency no stored rate converts).
    /// - Throws: `AmountOverflowError` as `recommend`.
    public static func advise(_ input: RecommendationInput) throws(AmountOverflowError) -> RecommendationAdvice {
        let p = input.projection
        guard !p.remaining.isZero, p.goal.isActive else { return RecommendationAdvice(drafts: [], notes: []) }
        var builder = try Builder(input: input)
        try builder.recurringCharges()
        try builder.fees()
        try builder.spikes()
        try builder.categoryCuts()
        try builder.benchmarks()
        try builder.contribution()
        try builder.windfalls()
        try builder.higherPriority()
        try builder.extendDate()
        return RecommendationAdvice(drafts: rank(builder.drafts, input: input), notes: builder.notes)
    }

    static func rank(_ drafts: [RecommendationDraft], input: RecommendationInput) -> [RecommendationDraft] {
        let p = input.projection
        // Months to completion at the current pace, with the pace floored at a tenth of what the
        // goal needs a month (or of the remainder over ten years), so a goal nobody pays into yet
        // still ranks its steps by what they are worth. Money stays in integers: the pace is in
        // tenths of a minor unit and the months are counted in billionths, exactly in 128 bits
        // (at most 2^63 × 10^10 < 2^97); only that count of months, a duration, becomes the
        // `Double` score, with the feedback weight (from ratings, not money).
        let remaining = Int128(p.remaining.minorUnits) * 10_000_000_000
        let needed =
            p.requiredMonthly.map { Int128($0.minorUnits) }
            ?? CheckedAmount.divided(Int128(p.remaining.minorUnits), by: 120, rounding: .halfEven)
        let pace = max(Int128(p.monthlyPace.minorUnits) * 10, max(10, needed))
        let monthsAtPace = CheckedAmount.divided(remaining, by: pace, rounding: .halfEven)
        var ranked = drafts.map { draft -> RecommendationDraft in
            var d = draft
            let faster = pace + Int128(max(0, d.potentialImpact.minorUnits)) * 10
            let saved = monthsAtPace - CheckedAmount.divided(remaining, by: faster, rounding: .halfEven)
            let units: Double = d.difficulty == .easy ? 1 : (d.difficulty == .medium ? 2 : 3)
            let weight = input.feedback[d.type]?.weight ?? 1
            d.score = Double(saved) / 1e9 / units * weight
            return d
        }
        ranked.sort {
            ($0.score, $0.potentialImpact.minorUnits, $1.key) > ($1.score, $1.potentialImpact.minorUnits, $0.key)
        }
        // The smallest set that closes the gap: the largest impacts first.
        if let required = p.requiredMonthly {
            // In 128 bits: the gap and the running total of impacts cannot overflow there.
            let gap = Int128(required.minorUnits) - Int128(p.monthlyPace.minorUnits)
            if gap > 0 {
                let candidates = ranked.indices.filter { ranked[$0].type != .extendTargetDate }
                    .sorted { ranked[$0].potentialImpact.minorUnits > ranked[$1].potentialImpact.minorUnits }
                var total: Int128 = 0
                var chosen: [Int] = []
                for index in candidates where total < gap {
                    total += Int128(ranked[index].potentialImpact.minorUnits)
                    chosen.append(index)
                }
                if total >= gap { for index in chosen { ranked[index].closesGap = true } }
            }
        }
        return ranked
    }
}
