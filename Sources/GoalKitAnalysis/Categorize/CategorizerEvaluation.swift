public import GoalKit

/// How well the categoriser learns: train on the earlier part of a labelled set (by date),
/// predict the later part, and count right, wrong and abstained — overall and on merchants
/// seen in training. Abstaining is not wrong.
public struct CategorizerEvaluation: Hashable, Sendable {
    /// Examples trained on and tested.
    public var trained = 0
    public var tested = 0
    /// Tested examples whose payee was in the training part, and how many of those were right.
    public var seen = 0
    public var seenRight = 0
    /// Right, wrong and abstained over all tested examples.
    public var right = 0
    public var wrong = 0
    public var abstained = 0

    /// Share of seen-merchant examples predicted right (0...1).
    public var seenAccuracy: Double { seen == 0 ? 0 : Double(seenRight) / Double(seen) }
    /// Share of all tested examples predicted right.
    public var accuracy: Double { tested == 0 ? 0 : Double(right) / Double(tested) }
    /// Share of all tested examples predicted wrong.
    public var errorRate: Double { tested == 0 ? 0 : Double(wrong) / Double(tested) }

    /// Runs the evaluation.
    /// - Parameters:
    ///   - examples: labelled expenses with their dates.
    ///   - trainShare: the share (percent) of examples, earliest first, to train on.
    ///   - merchants: the merchant map to use beside the model (`MerchantMap(lines: "")` for the model alone).
    public static func run(
        examples: [(date: LocalDate, features: ExpenseFeatures, category: String)], trainShare: Int = 70,
        merchants: MerchantMap = MerchantMap(lines: "")
    ) -> CategorizerEvaluation {
        let sorted = examples.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(
            \.element)
        // The share is clamped to 0...100, so the product stays within the array's count × 100.
        let cut = sorted.count * min(max(trainShare, 0), 100) / 100
        let training = sorted[..<cut]
        let model = NaiveBayesModel(examples: training.map { ($0.features, $0.category) })
        let categorizer = Categorizer(rules: [], merchants: merchants, model: model)
        let seenPayees = Set(training.map(\.features.payeeKey))
        var result = CategorizerEvaluation()
        result.trained = training.count
        for example in sorted[cut...] {
            result.tested += 1
            let isSeen = seenPayees.contains(example.features.payeeKey)
            if isSeen { result.seen += 1 }
            guard let decision = categorizer.decide(example.features) else {
                result.abstained += 1
                continue
            }
            if decision.category == example.category {
                result.right += 1
                if isSeen { result.seenRight += 1 }
            } else {
                result.wrong += 1
            }
        }
        return result
    }
}
