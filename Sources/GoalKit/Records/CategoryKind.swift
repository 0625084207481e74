/// Whether a spending category holds money out, money in, or moves between own accounts.
public enum CategoryKind: String, SchemaChoice {
    case expense, income, transfer

    public static var field: String { "kind" }

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
