/// What a goal saves for (the schema's `Goal.CATEGORY_CHOICES`).
public enum GoalCategory: String, SchemaChoice {
    case vacation, emergency, education, housing, vehicle, electronics, medical, other

    public static var field: String { "category" }

    public var label: String {
        switch self {
        case .vacation: "Vacation"
        case .emergency: "Emergency Fund"
        case .education: "Education"
        case .housing: "Housing"
        case .vehicle: "Vehicle"
        case .electronics: "Electronics"
        case .medical: "Medical Expense"
        case .other: "Other"
        }
    }
}
