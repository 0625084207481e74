/// How hard a recommendation is to carry out (the schema's `DIFFICULTY_CHOICES`).
public enum DifficultyLevel: String, SchemaChoice {
    case easy, medium, hard

    public static var field: String { "difficulty_level" }

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
