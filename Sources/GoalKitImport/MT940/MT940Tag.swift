/// The field tags of an MT940 (and MT942) message that the parser reads or knowingly passes over.
enum MT940Tag {
    /// The tags, built once (a stored static cannot live in the generic parser).
    static let known: Set<String> = [
        "20", "21", "25", "28", "28C", "60F", "60M", "61", "86", "62F", "62M", "64", "65", "13", "13D", "34F",
        "90D", "90C", "NS", "940",
    ]
}
