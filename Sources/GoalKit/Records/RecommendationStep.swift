/// One step of a recommendation: the words a person reads, and, when the step is something
/// GoalKit or an app can do, the typed action that does it.
///
/// Written as a string literal it is text only: `"Check when you last used it."`.
public struct RecommendationStep: Hashable, Sendable, ExpressibleByStringInterpolation {
    /// The step in plain words (no command lines: the action carries what to do).
    public var text: String
    /// What to do, when it is an action.
    public var action: RecommendationAction?

    /// Creates a step.
    public init(_ text: String, action: RecommendationAction? = nil) {
        self.text = text
        self.action = action
    }

    /// A step of text only.
    public init(stringLiteral value: String) { self.init(value) }

    /// A step of text only, with interpolated values.
    public init(stringInterpolation: DefaultStringInterpolation) {
        self.init(String(stringInterpolation: stringInterpolation))
    }

    /// The step as JSON: `{"text": ..., "action": ...}` (`action` null for text only).
    public var json: JSONValue { .object(["text": .string(text), "action": action?.json ?? .null]) }
}

extension RecommendationStep: Decodable {
    private enum Key: String, CodingKey { case text, action }

    /// Reads a step as `json` writes it, or a plain string (a step of text only, as steps were
    /// written before they had actions).
    /// - Throws: `DecodingError` when it is neither.
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self.init(text)
            return
        }
        let c = try decoder.container(keyedBy: Key.self)
        self.init(
            try c.decode(String.self, forKey: .text),
            action: try c.decodeIfPresent(RecommendationAction.self, forKey: .action))
    }
}
