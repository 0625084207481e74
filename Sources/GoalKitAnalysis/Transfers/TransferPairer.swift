import GoalKit

/// Pairs transfers between own accounts while lines stream by in date order, holding only the
/// lines of about a week: an outflow is settled once every line up to three days after it has
/// arrived, taking the unused inflow of the same amount in another account nearest in days
/// (on a tie the earlier day, then the one that came first).
///
/// Inflows wait in queues by amount, day and account, so settling an outflow looks at no
/// more than seven days times the accounts holding that amount: pairing stays linear however
/// many lines share an amount and a day.
public struct TransferPairer: Sendable {
    /// Where inflows of one amount on one day wait.
    private struct Slot: Hashable, Sendable {
        var amount: Money
        var day: Int
    }

    /// The inflows of one slot and account, in arrival order; taken from the front.
    private struct Queue: Sendable {
        var items: [(item: TransferDetector.Item, order: Int)] = []
        var head = 0
        var front: (item: TransferDetector.Item, order: Int)? { head < items.count ? items[head] : nil }
    }

    private var pendingOut: [TransferDetector.Item] = []
    private var pendingHead = 0
    private var inflows: [Slot: [String: Queue]] = [:]
    /// The slots of each day inflows came on, in day order, to forget old days whole.
    private var days: [(day: Int, slots: Set<Slot>)] = []
    private var daysHead = 0
    private var arrivals = 0
    private var latestDay = Int.min
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
            let slot = Slot(amount: item.amount, day: day)
            inflows[slot, default: [:]][item.account, default: Queue()].items.append((item, arrivals))
            arrivals += 1
            if days.last?.day == day {
                days[days.count - 1].slots.insert(slot)
            } else {
                days.append((day, [slot]))
            }
        }
    }

    /// Settles every outflow still open; call after the last line.
    public mutating func finish() { settle(through: Int.max) }

    private mutating func settle(through day: Int) {
        while pendingHead < pendingOut.count, pendingOut[pendingHead].date.daysSinceEpoch <= day {
            let out = pendingOut[pendingHead]
            pendingHead += 1
            if let into = take(for: out) { pairs.append((out.id, into.id)) }
        }
        if pendingHead > 4096 && pendingHead * 2 > pendingOut.count {
            pendingOut.removeFirst(pendingHead)
            pendingHead = 0
        }
        guard latestDay != Int.min, day != Int.max else { return }
        // Inflows too old for any outflow still to come or still open.
        let oldestOpen = pendingHead < pendingOut.count ? pendingOut[pendingHead].date.daysSinceEpoch : latestDay
        forget(before: min(oldestOpen, latestDay) - TransferDetector.maximumDays)
    }

    /// The inflow an outflow pairs with, taken from its queue: the nearest day first (the
    /// earlier of two as near), then the first to arrive among the other accounts.
    private mutating func take(for out: TransferDetector.Item) -> TransferDetector.Item? {
        let amount = out.amount.negated()
        let outDay = out.date.daysSinceEpoch
        for distance in 0...TransferDetector.maximumDays {
            for day in distance == 0 ? [outDay] : [outDay - distance, outDay + distance] {
                let slot = Slot(amount: amount, day: day)
                guard let queues = inflows[slot] else { continue }
                var best: (account: String, order: Int)?
                for (account, queue) in queues where account != out.account {
                    if let front = queue.front, best == nil || front.order < best!.order {
                        best = (account, front.order)
                    }
                }
                guard let best, let taken = inflows[slot]?[best.account]?.front else { continue }
                inflows[slot]?[best.account]?.head += 1
                return taken.item
            }
        }
        return nil
    }

    /// Drops the inflows of days before `horizon`.
    private mutating func forget(before horizon: Int) {
        while daysHead < days.count, days[daysHead].day < horizon {
            for slot in days[daysHead].slots { inflows[slot] = nil }
            daysHead += 1
        }
        if daysHead > 1024 && daysHead * 2 > days.count {
            days.removeFirst(daysHead)
            daysHead = 0
        }
    }
}
