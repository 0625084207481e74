import GoalKit

/// Pairs transfers between own accounts while lines stream by in date order, holding only the
/// lines of about a week: an outflow is settled once every line up to three days after it has
/// arrived, taking the unused inflow of the same amount in another account nearest in days
/// (the same choice `TransferDetector.detect` makes over a whole list).
public struct TransferPairer: Sendable {
    private var pendingOut: [TransferDetector.Item] = []
    private var inflows: [Money: [TransferDetector.Item]] = [:]
    private var latestDay = Int.min
    private var prunedBelow = Int.min
    /// The pairs found so far: (out, in).
    public private(set) var pairs: [(Int64, Int64)] = []

    /// An empty pairer.
    public init() {}

    /// Adds the next line (lines must come in date order).
    public mutating func add(_ item: TransferDetector.Item) {
        let day = item.date.daysSinceEpoch
        latestDay = max(latestDay, day)
        settle(through: day - TransferDetector.maximumDays - 1)
        if item.amount.isNegative {
            pendingOut.append(item)
        } else if item.amount.isPositive {
            inflows[item.amount, default: []].append(item)
        }
    }

    /// Settles every outflow still open; call after the last line.
    public mutating func finish() { settle(through: Int.max) }

    private mutating func settle(through day: Int) {
        var settled = 0
        for out in pendingOut {
            let outDay = out.date.daysSinceEpoch
            guard outDay <= day else { break }
            settled += 1
            let amount = out.amount.negated()
            guard let candidates = inflows[amount] else { continue }
            var best: (index: Int, days: Int)?
            for (index, candidate) in candidates.enumerated() where candidate.account != out.account {
                let days = abs(candidate.date.daysSinceEpoch - outDay)
                if days <= TransferDetector.maximumDays && (best == nil || days < best!.days) { best = (index, days) }
            }
            if let best {
                let into = inflows[amount]!.remove(at: best.index)
                pairs.append((out.id, into.id))
            }
        }
        pendingOut.removeFirst(settled)
        guard latestDay != Int.min else { return }  // nothing added yet
        // Inflows too old for any outflow still to come or still open.
        let oldestOpen = pendingOut.first?.date.daysSinceEpoch ?? latestDay
        let horizon = min(oldestOpen, latestDay) - TransferDetector.maximumDays
        if day != Int.max && horizon > prunedBelow {
            prunedBelow = horizon
            for key in Array(inflows.keys) {
                inflows[key]?.removeAll { $0.date.daysSinceEpoch < horizon }
                if inflows[key]?.isEmpty == true { inflows[key] = nil }
            }
        }
    }
}
