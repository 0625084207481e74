/// Which layer of the categoriser decides.
public enum CategoryLayer: String, Sendable, Hashable, CaseIterable {
    /// The person labelled it (`expenses categorize`).
    case user
    /// The bank file's own category column.
    case file
    /// One of the person's rules.
    case rule
    /// The shipped merchant map.
    case merchant
    /// The merchant category code or bank transaction code.
    case code
    /// The model learned from the person's labels.
    case model
}

/// A category chosen for an expense, with the reason in plain words.
public struct CategoryDecision: Hashable, Sendable {
    /// The category's name.
    public var category: String
    /// The layer that decided.
    public var layer: CategoryLayer
    /// Why: the rule, the merchant entry, the code, or the model's top words and confidence.
    public var explanation: String

    /// Creates a decision.
    public init(category: String, layer: CategoryLayer, explanation: String) {
        self.category = category
        self.layer = layer
        self.explanation = explanation
    }
}
