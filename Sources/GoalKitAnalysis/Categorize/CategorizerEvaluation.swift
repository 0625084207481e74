public import GoalKit

/// How well the categoriser does on merchants it has seen and on merchants it has never seen.
///
/// Whole merchants are held out (chosen by a seeded hash of the merchant's name, so a seed
/// gives the same split every time): they are removed from training, from the merchant map and
/// from the lexicon for the run, and every line of them is tested as "unseen". The other
/// merchants' lines train on their earlier part (by date) and test on the later part, as
/// "seen" when the merchant was in that training part. Abstaining is not wrong.
public struct CategorizerEvaluation: Hashable, Sendable {
    /// Right, wrong and abstained over a set of tested lines.
    public struct Counts: Hashable, Sendable {
        /// Lines tested.
        public var tested = 0
        /// Lines given their true category.
        public var right = 0
        /// Lines given another category.
        public var wrong = 0
        /// Lines left uncategorised.
        public var abstained = 0
        /// Share right (0...1).
        public var accuracy: Double { tested == 0 ? 0 : Double(right) / Double(tested) }
        /// Share wrong (0...1).
        public var errorRate: Double { tested == 0 ? 0 : Double(wrong) / Double(tested) }

        mutating func count(_ decision: CategoryDecision?, _ truth: String) {
            tested += 1
            guard let decision else {
                abstained += 1
                return
            }
            if decision.category == truth { right += 1 } else { wrong += 1 }
        }
    }

    /// Lines of one held-out merchant that were not given their true category.
    public struct Miss: Hashable, Sendable {
        /// The merchant (as held out).
        public var merchant: String
        /// A descriptor of it as the file has it.
        public var example: String
        /// The true category.
        public var truth: String
        /// What the categoriser said (nil: abstained).
        public var decided: String?
        /// How many lines.
        public var lines: Int
    }

    /// A labelled line.
    public typealias Example = (date: LocalDate, features: ExpenseFeatures, category: String)

    /// Lines trained on.
    public var trained = 0
    /// Merchants in the set.
    public var merchants = 0
    /// Merchants held out whole.
    public var heldOutMerchants = 0
    /// Later lines of merchants kept in, first seen after the training part (tested nowhere).
    public var lateNew = 0
    /// Seen merchants, the model alone.
    public var seenModel = Counts()
    /// Seen merchants, the model with map, lexicon and codes.
    public var seenFull = Counts()
    /// Held-out merchants, the model alone.
    public var unseenModel = Counts()
    /// Held-out merchants, the model with map, lexicon and codes.
    public var unseenFull = Counts()
    /// Held-out merchants with no labels at all (map + lexicon + codes).
    public var unseenNoLabels = Counts()
    /// The held-out merchants' lines the full categoriser did not get right, one row per
    /// merchant, truth and decision, most lines first.
    public var unseenMisses: [Miss] = []
    /// Every line, no labels, the whole shipped map (flattering when the set was generated
    /// from the map's own sources).
    public var allNoLabelsWholeMap = Counts()

    /// The merchant a line belongs to, for holding out: its brand word (the first word of
    /// the normalised payee that is not an article), with the next word when the brand word
    /// is a category word (`Cafe Amazon`, `Hotel Lotus`) or nothing else is left.
    public static func merchantKey(_ payee: String, lexicon: CategoryLexicon = .shipped) -> String {
        let words = ExpenseFeatures.words(payee)
        guard let index = words.firstIndex(where: { !Categorizer.articles.contains($0) }) else {
            return words.joined(separator: " ")
        }
        if lexicon.contains(words[index]), index + 1 < words.count {
            return words[index] + " " + words[index + 1]
        }
        return words[index]
    }

    /// Whether a merchant is held out for a seed: a stable hash (FNV-1a) below the share.
    public static func isHeldOut(_ merchant: String, seed: UInt64, share: Int) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in merchant.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0100_0000_01b3
        }
        return Int(hash % 100) < min(max(share, 0), 100)
    }

    /// Runs the evaluation.
    /// - Parameters:
    ///   - examples: labelled expenses with their dates.
    ///   - trainShare: the share (percent) of the kept merchants' lines, earliest first, to train on.
    ///   - holdOutShare: the share (percent) of merchants held out whole.
    ///   - seed: chooses which merchants are held out.
    ///   - merchants: the merchant map before the held-out merchants are removed from it.
    ///   - lexicon: the lexicon before the held-out merchants' names are removed from it.
    public static func run(
        examples: [Example], trainShare: Int = 70, holdOutShare: Int = 30, seed: UInt64 = 1,
        merchants: MerchantMap = .shipped, lexicon: CategoryLexicon = .shipped
    ) -> CategorizerEvaluation {
        let sorted = examples.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(
            \.element)
        func name(_ e: Example) -> String { e.features.payee.isEmpty ? e.features.rawPayee : e.features.payee }
        let keys = sorted.map { merchantKey(name($0), lexicon: lexicon) }
        let heldOut = Set(keys.filter { isHeldOut($0, seed: seed, share: holdOutShare) })
        var kept: [(Example, String)] = []
        var unseen: [Example] = []
        for (example, key) in zip(sorted, keys) {
            if heldOut.contains(key) { unseen.append(example) } else { kept.append((example, key)) }
        }
        // The share is clamped to 0...100, so the product stays within the array's count × 100.
        let cut = kept.count * min(max(trainShare, 0), 100) / 100
        let training = kept[..<cut]
        let model = NaiveBayesModel(examples: training.map { ($0.0.features, $0.0.category) })
        let names = unseen.flatMap { [name($0), $0.features.rawPayee] }
        let map = merchants.removingEntries(matching: names)
        let words = Set(unseen.map { ExpenseFeatures.words(name($0)).joined(separator: " ") })
        let lexiconBefore = lexicon
        let lexicon = lexicon.removing(words)
        let empty = MerchantMap(lines: "")
        let alone = Categorizer(rules: [], merchants: empty, lexicon: CategoryLexicon(lines: ""), model: model)
        let full = Categorizer(rules: [], merchants: map, lexicon: lexicon, model: model)
        let noLabels = Categorizer(rules: [], merchants: map, lexicon: lexicon, model: nil)
        let seenKeys = Set(training.map(\.1))
        let shipped = Categorizer(rules: [], merchants: merchants, lexicon: lexiconBefore, model: nil)
        var result = CategorizerEvaluation()
        result.trained = training.count
        result.merchants = Set(keys).count
        result.heldOutMerchants = heldOut.count
        for (example, key) in kept[cut...] {
            guard seenKeys.contains(key) else {
                result.lateNew += 1
                continue
            }
            result.seenModel.count(alone.decide(example.features), example.category)
            result.seenFull.count(full.decide(example.features), example.category)
        }
        for example in sorted { result.allNoLabelsWholeMap.count(shipped.decide(example.features), example.category) }
        var misses: [String: Miss] = [:]
        for example in unseen {
            result.unseenModel.count(alone.decide(example.features), example.category)
            let decision = full.decide(example.features)
            result.unseenFull.count(decision, example.category)
            result.unseenNoLabels.count(noLabels.decide(example.features), example.category)
            guard decision?.category != example.category else { continue }
            let merchant = merchantKey(name(example), lexicon: lexiconBefore)
            let key = [merchant, example.category, decision?.category ?? ""].joined(separator: "\u{1F}")
            misses[
                key,
                default: Miss(
                    merchant: merchant, example: example.features.rawPayee, truth: example.category,
                    decided: decision?.category, lines: 0)
            ].lines += 1
        }
        result.unseenMisses = misses.values.sorted { ($1.lines, $0.merchant) < ($0.lines, $1.merchant) }
        return result
    }
}
