/// Where the money of a contribution came from (the schema's `GoalContribution.SOURCE_CHOICES`).
public enum ContributionSource: String, SchemaChoice {
    case direct
    case savings
    case expenseReduction = "expense_reduction"
    case income
    case other

    public static var field: String { "source" }

    public var label: String {
        switch self {
        case .direct: "Direct Contribution"
        case .savings: "From Savings"
        case .expenseReduction: "Expense Reduction"
        case .income: "Extra Income"
        case .other: "Other"
        }
    }
}
