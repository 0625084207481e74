/// How much a goal matters against the others (the schema's `PRIORITY_CHOICES`).
public enum GoalPriority: String, SchemaChoice {
    case high, medium, low

    public static var field: String { "priority" }

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// 0 for high, 1 for medium, 2 for low: sorting by rank puts the most important first.
    public var rank: Int {
        switch self {
        case .high: 0
        case .medium: 1
        case .low: 2
        }
    }
}
