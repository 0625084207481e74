import Foundation

/// A multinomial naive Bayes model over an expense's tokens (payee and memo words, the
/// amount's order of magnitude, the direction), learned from the person's own labels, plus a
/// memory of the labels they gave each payee. It abstains below a confidence threshold
/// instead of guessing.
public struct NaiveBayesModel: Codable, Sendable, Hashable {
    /// Labelled examples per category.
    var documents: [String: Int] = [:]
    /// Token counts per category.
    var tokens: [String: [String: Int]] = [:]
    /// Total tokens per category.
    var totals: [String: Int] = [:]
    /// Every token seen.
    var vocabulary: Set<String> = []
    /// Labels given to each payee (by its normalised words), with counts.
    var payees: [String: [String: Int]] = [:]

    /// How many labelled expenses it learned from.
    public var exampleCount: Int { documents.values.reduce(0, +) }

    /// Learns from labelled expenses.
    public init(examples: [(features: ExpenseFeatures, category: String)]) {
        for (features, category) in examples {
            documents[category, default: 0] += 1
            for token in features.tokens {
                tokens[category, default: [:]][token, default: 0] += 1
                totals[category, default: 0] += 1
                vocabulary.insert(token)
            }
            let key = features.payeeKey
            if !key.isEmpty { payees[key, default: [:]][category, default: 0] += 1 }
        }
    }

    /// What the model says about an expense.
    public struct Prediction: Hashable, Sendable {
        /// The category.
        public var category: String
        /// The probability it gives that category (0...1).
        public var confidence: Double
        /// The words that pointed to it most.
        public var topWords: [String]
        /// Whether the decision came from the labels given to this very payee.
        public var fromPayee: Bool
        /// How many times the payee was labelled, when it did.
        public var payeeCount: Int
    }

    /// The most likely category, or nil when the model abstains (confidence below `threshold`,
    /// or nothing it knows in the expense but its amount).
    public func predict(_ features: ExpenseFeatures, threshold: Double = 0.8) -> Prediction? {
        guard !documents.isEmpty else { return nil }
        let key = features.payeeKey
        if let labels = payees[key],
            let (best, count) = labels.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })
        {
            let total = labels.values.reduce(0, +)
            let share = Double(count) / Double(total)
            if share >= 2.0 / 3.0 {
                return Prediction(
                    category: best, confidence: share, topWords: [key], fromPayee: true, payeeCount: total)
            }
        }
        let known = features.tokens.filter { vocabulary.contains($0) }
        guard known.contains(where: { $0.hasPrefix("p:") || $0.hasPrefix("m:") }) else { return nil }
        let exampleTotal = Double(exampleCount)
        let v = Double(vocabulary.count)
        var scores: [(String, Double)] = []
        for (category, count) in documents {
            var score = log(Double(count) / exampleTotal)
            let counts = tokens[category] ?? [:]
            let total = Double(totals[category] ?? 0)
            for token in known { score += log((Double(counts[token] ?? 0) + 1) / (total + v)) }
            scores.append((category, score))
        }
        scores.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        guard let top = scores.first else { return nil }
        let sum = scores.reduce(0.0) { $0 + exp($1.1 - top.1) }
        let confidence = 1 / sum
        guard confidence >= threshold else { return nil }
        let counts = tokens[top.0] ?? [:]
        let words = known.filter { $0.hasPrefix("p:") || $0.hasPrefix("m:") }
            .sorted { (counts[$0] ?? 0, $1) > (counts[$1] ?? 0, $0) }
            .prefix(3).map { String($0.dropFirst(2)) }
        return Prediction(
            category: top.0, confidence: confidence, topWords: Array(words), fromPayee: false, payeeCount: 0)
    }
}
