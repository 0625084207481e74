import GoalKit

/// Chooses a category for an expense in layers, each explainable, the first that knows wins:
/// the person's rules (in order), the labels they gave the same payee, the shipped merchant
/// map, the merchant or bank transaction code, then the learned model (which abstains when
/// unsure).
public struct Categorizer: Sendable {
    private let rules: [CategoryRule.Compiled]
    /// The merchant map.
    public let merchants: MerchantMap
    /// The model learned from the person's labels, if any.
    public let model: NaiveBayesModel?
    /// The model's confidence threshold (0...1).
    public let threshold: Double

    /// Creates a categoriser.
    public init(
        rules: [CategoryRule], merchants: MerchantMap = .shipped, model: NaiveBayesModel? = nil, threshold: Double = 0.8
    ) {
        self.rules = rules.sorted { ($0.position, $0.id ?? 0) < ($1.position, $1.id ?? 0) }.compactMap(
            CategoryRule.Compiled.init)
        self.merchants = merchants
        self.model = model
        self.threshold = threshold
    }

    /// The category for an expense, or nil when no layer knows.
    /// - Parameter useModel: false at import time (rules, merchants and codes only).
    public func decide(_ e: ExpenseFeatures, useModel: Bool = true) -> CategoryDecision? {
        ruleDecision(e) ?? decideAfterRules(e, useModel: useModel)
    }

    /// Whether the person has rules (they read amount, memo and account, so their decisions
    /// cannot be reused across lines of one payee).
    public var hasRules: Bool { !rules.isEmpty }

    /// The first of the person's rules that matches, or nil.
    public func ruleDecision(_ e: ExpenseFeatures) -> CategoryDecision? {
        for compiled in rules where compiled.matches(e) {
            let rule = compiled.rule
            var why = "rule \(rule.id.map { "\($0) " } ?? "")matches /\(rule.pattern)/"
            if let minimum = rule.minimum { why += ", at least \(minimum.decimalString)" }
            if let maximum = rule.maximum { why += ", at most \(maximum.decimalString)" }
            if let account = rule.account { why += ", account \(account)" }
            return CategoryDecision(category: rule.category, layer: .rule, explanation: why)
        }
        return nil
    }

    /// The layers after the rules. Without the model it reads only the payee (as written and
    /// normalised) and the code, so an import decides once per payee and code.
    public func decideAfterRules(_ e: ExpenseFeatures, useModel: Bool = true) -> CategoryDecision? {
        if useModel, let model, let p = model.predict(e, threshold: threshold), p.fromPayee {
            return CategoryDecision(category: p.category, layer: .model, explanation: explain(p, e))
        }
        if let (key, category) = merchants.match(e.payee.isEmpty ? e.rawPayee : e.payee) ?? merchants.match(e.rawPayee)
        {
            return CategoryDecision(category: category, layer: .merchant, explanation: "merchant map entry '\(key)'")
        }
        if let code = e.code, let (category, reason) = CodeMap.category(for: code) {
            return CategoryDecision(category: category, layer: .code, explanation: reason)
        }
        if useModel, let model, let p = model.predict(e, threshold: threshold) {
            return CategoryDecision(category: p.category, layer: .model, explanation: explain(p, e))
        }
        return nil
    }

    private func explain(_ p: NaiveBayesModel.Prediction, _ e: ExpenseFeatures) -> String {
        let percent = Int((p.confidence * 100).rounded())
        if p.fromPayee {
            return "you labelled '\(e.payee)' as \(p.category) (\(percent)% of \(p.payeeCount) label(s))"
        }
        return
            "learned from your labels: words \(p.topWords.map { "'\($0)'" }.joined(separator: ", ")), confidence \(percent)%"
    }
}
