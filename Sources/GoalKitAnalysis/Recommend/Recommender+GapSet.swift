// The set of steps that closes a goal's monthly gap with the least effort.
import GoalKit

extension Recommender {
    /// Types whose impact is no monthly saving: a spending spike was money already spent (not
    /// repeating a one-off saves nothing on the months before it), a windfall is one-off money
    /// that may already be spent (no balance says it is still there). They rank like every step,
    /// but no gap is closed by them.
    static let oneOffTypes: Set<RecommendationType> = [.spendingSpike, .windfall]

    /// Whether a type's impact is a monthly saving that counts toward the gap: not a one-off,
    /// not the deficit (closing it brings the household to zero, it frees nothing for the goal),
    /// not a later date (it lowers the need instead).
    static func countsTowardGap(_ type: RecommendationType) -> Bool {
        !oneOffTypes.contains(type) && type != .closeDeficit && type != .extendTargetDate
    }

    /// The rank tier of a type (`tiers`): lower tiers sort before every score of higher ones.
    static func tier(_ type: RecommendationType) -> Int { tiers[type] ?? ordinaryTier }

    /// What the gap-closing set must reach a month: the goal's monthly gap (what its date needs
    /// beyond its pace), plus the household's monthly deficit, which the cuts close before any
    /// of their money is free for the goal. Nil for a goal with no date or no gap.
    static func monthlyTarget(_ input: RecommendationInput) -> Int128? {
        let p = input.projection
        guard let required = p.requiredMonthly else { return nil }
        // In 128 bits: the gap and the deficit cannot overflow there.
        let gap = Int128(required.minorUnits) - Int128(p.monthlyPace.minorUnits)
        guard gap > 0 else { return nil }
        return gap + Int128(deficit(input)?.monthly ?? 0)
    }

    /// The drafts (their indices) that reach a monthly target with the least effort — the sum of
    /// their difficulties, easy 1, medium 2, hard 3 — then with the fewest steps, then with the
    /// largest total; nil when all of them together fall short.
    ///
    /// Exact, by a search over how many steps of each difficulty the set holds: within one
    /// difficulty every step costs the same, so the best `n` of them are its `n` largest, and
    /// the search tries every count of easy, medium and hard steps with their prefix sums —
    /// at most (E+1)(M+1)(H+1) sets for E easy, M medium and H hard drafts (a run's few dozen
    /// drafts give some thousands), none left out.
    static func leastEffortSet(_ drafts: [RecommendationDraft], reaching target: Int128) -> [Int]? {
        // Each difficulty's candidates, largest impact first (ties by rank).
        let classes: [[Int]] = [DifficultyLevel.easy, .medium, .hard].map { level in
            drafts.indices.filter { drafts[$0].difficulty == level && countsTowardGap(drafts[$0].type) }
                .sorted { (drafts[$0].potentialImpact.minorUnits, $1) > (drafts[$1].potentialImpact.minorUnits, $0) }
        }
        // Sums of the largest n of each class, in 128 bits (no run's impacts can overflow them).
        let prefix = classes.map { members in
            members.reduce(into: [Int128(0)]) { $0.append($0.last! + Int128(drafts[$1].potentialImpact.minorUnits)) }
        }
        var best: (effort: Int, count: Int, total: Int128, counts: (Int, Int, Int))?
        for easy in prefix[0].indices {
            for medium in prefix[1].indices {
                let partial = prefix[0][easy] + prefix[1][medium]
                // The fewest hard steps that reach the target with these, if any do.
                guard let hard = prefix[2].firstIndex(where: { partial + $0 >= target }) else { continue }
                let effort = easy + 2 * medium + 3 * hard
                let count = easy + medium + hard
                let total = partial + prefix[2][hard]
                if let b = best, (b.effort, b.count, -b.total) <= (effort, count, -total) { continue }
                best = (effort, count, total, (easy, medium, hard))
            }
        }
        guard let chosen = best else { return nil }
        return Array(classes[0].prefix(chosen.counts.0) + classes[1].prefix(chosen.counts.1))
            + Array(classes[2].prefix(chosen.counts.2))
    }
}
