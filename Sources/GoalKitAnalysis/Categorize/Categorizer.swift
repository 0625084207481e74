import GoalKit

/// Chooses a category for an expense in layers, each explainable, the first that knows wins:
/// the person's rules (in order), the labels they gave the same payee, the bank's transaction
/// type, the shipped merchant map, the merchant or bank transaction code, fee words, then the
/// category words of the shipped lexicon together with the learned model (which abstains when
/// unsure, or when all it has is a word shared with other merchants by chance).
public struct Categorizer: Sendable {
    private let rules: [CategoryRule.Compiled]
    /// The merchant map.
    public let merchants: MerchantMap
    /// The lexicon of category words.
    public let lexicon: CategoryLexicon
    /// The model learned from the person's labels, if any.
    public let model: NaiveBayesModel?
    /// The model's confidence threshold (0...1).
    public let threshold: Double
    /// What the labels say about single words: the categories of the labelled payees whose
    /// first word it is, and of all labelled payees that have it (with how many payees).
    private let firstWords: [String: Set<String>]
    private let spread: [String: (payees: Int, categories: Set<String>)]

    /// Creates a categoriser.
    public init(
        rules: [CategoryRule], merchants: MerchantMap = .shipped, lexicon: CategoryLexicon = .shipped,
        model: NaiveBayesModel? = nil, threshold: Double = 0.8
    ) {
        self.rules = rules.sorted { ($0.position, $0.id ?? 0) < ($1.position, $1.id ?? 0) }.compactMap(
            CategoryRule.Compiled.init)
        self.merchants = merchants
        self.lexicon = lexicon
        self.model = model
        self.threshold = threshold
        var firstWords: [String: Set<String>] = [:]
        var spread: [String: (payees: Int, categories: Set<String>)] = [:]
        for (key, labels) in model?.payees ?? [:] {
            let words = key.split(separator: " ").map(String.init)
            if let first = Categorizer.brandWord(words) { firstWords[first, default: []].formUnion(labels.keys) }
            for word in Set(words) {
                spread[word, default: (0, [])].payees += 1
                spread[word, default: (0, [])].categories.formUnion(labels.keys)
            }
        }
        self.firstWords = firstWords
        self.spread = spread
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
    /// normalised), the code and the transaction type, so an import decides once per payee,
    /// code and type.
    public func decideAfterRules(_ e: ExpenseFeatures, useModel: Bool = true) -> CategoryDecision? {
        let prediction = useModel ? model?.predict(e, threshold: threshold) : nil
        if let p = prediction, p.fromPayee {
            return CategoryDecision(category: p.category, layer: .model, explanation: explain(p, e))
        }
        if let (category, reason) = BankFeeSignals.category(
            forTransactionType: e.transactionType, amount: e.amount.minorUnits)
        {
            return CategoryDecision(category: category, layer: .code, explanation: reason)
        }
        if let (key, category) = merchants.match(e.payee.isEmpty ? e.rawPayee : e.payee) {
            return CategoryDecision(category: category, layer: .merchant, explanation: "merchant map entry '\(key)'")
        }
        if let code = e.code, let (category, reason) = CodeMap.category(for: code) {
            return CategoryDecision(category: category, layer: .code, explanation: reason)
        }
        let name = e.payee.isEmpty ? e.rawPayee : e.payee
        let named = lexicon.match(name)
        if named == nil, e.amount.minorUnits < 0 {
            let fees = BankFeeSignals.feeWords(name + " " + e.memo)
            if !fees.isEmpty {
                let list = fees.map { "'\($0)'" }.joined(separator: ", ")
                return CategoryDecision(category: "Bank Fees", layer: .code, explanation: "fee word(s) \(list)")
            }
        }
        let learned = prediction.flatMap { accepted($0, e) ? $0 : nil }
        if let named {
            // The person's labels speak when they agree with the lexicon's word, and over it when
            // they taught that very word; otherwise the word wins.
            let taught = named.words.contains { model?.vocabulary.contains("p:" + $0) == true }
            if let p = learned, p.category == named.category || taught {
                return CategoryDecision(category: p.category, layer: .model, explanation: explain(p, e))
            }
            let list = named.words.map { "'\($0)'" }.joined(separator: ", ")
            return CategoryDecision(
                category: named.category, layer: .merchant,
                explanation: "category word(s) \(list) of the shipped lexicon")
        }
        if let p = learned {
            return CategoryDecision(category: p.category, layer: .model, explanation: explain(p, e))
        }
        return nil
    }

    /// Whether the model's guess from words rests on more than a word shared by chance: the
    /// payee's brand (its first word) is a labelled payee's of that category only, or one of
    /// its words before the last (the last is often a place) belongs to two or more labelled
    /// payees, all of that category.
    /// Generic words (colours, sizes, places, praise) are never evidence on their own.
    private func accepted(_ p: NaiveBayesModel.Prediction, _ e: ExpenseFeatures) -> Bool {
        if p.fromPayee { return true }
        let words = ExpenseFeatures.words(e.payee)
        if let first = Categorizer.brandWord(words), !Categorizer.genericWords.contains(first),
            firstWords[first] == [p.category]
        {
            return true
        }
        return words.dropLast(words.count > 1 ? 1 : 0).contains { word in
            guard !Categorizer.genericWords.contains(word) else { return false }
            guard let s = spread[word] else { return false }
            return s.payees >= 2 && s.categories == [p.category]
        }
    }

    /// Words that begin names without being the brand.
    static let articles: Set<String> = ["the", "le", "la", "les", "el", "los", "las", "de", "der", "die", "das", "het"]

    /// Words many unrelated businesses share: never enough to guess a category from.
    static let genericWords: Set<String> = [
        "red", "blue", "green", "black", "white", "golden", "gold", "silver", "royal", "grand", "big", "little",
        "small", "new", "old", "happy", "lucky", "good", "best", "great", "super", "star", "sun", "sunny", "city",
        "central", "north", "south", "east", "west", "harvest", "crown", "king", "kings", "queen", "family", "home",
        "house", "world", "global", "international", "express", "plus", "one", "top", "first", "life", "love",
        "smile", "fresh", "urban", "village", "corner", "street", "park", "garden", "river", "lake", "hill",
        "co", "inc", "ltd", "llc", "gmbh", "bv", "sa", "sas", "srl", "company", "group", "and", "&", "of", "at",
        "by", "on", "in", "my", "your", "our",
    ]

    /// The first word of a name that is not an article.
    static func brandWord(_ words: [String]) -> String? {
        words.first { !articles.contains($0) && !$0.allSatisfy(\.isNumber) }
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
