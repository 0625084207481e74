/// Remembers what a function gave for a key, for work that meets the same keys again and
/// again (statements repeat their payees and wording). It forgets everything once it holds
/// `limit` keys, so memory stays bounded whatever the file.
struct BoundedMemo<Key: Hashable, Value> {
    private var values: [Key: Value] = [:]
    let limit: Int

    init(limit: Int = 50_000) {
        self.limit = limit
    }

    /// The remembered value for a key, or the one `compute` gives (then remembered).
    mutating func value(for key: Key, _ compute: () -> Value) -> Value {
        if let known = values[key] { return known }
        let value = compute()
        if values.count >= limit { values.removeAll(keepingCapacity: true) }
        values[key] = value
        return value
    }
}
