/// The shipped map of merchant names to categories (see `Scripts/generate-merchant-map.py`):
/// the longest merchant name found at a word boundary of the payee wins.
public struct MerchantMap: Sendable {
    /// Key words → category, indexed by the key's first word.
    private let index: [String: [(words: [String], key: String, category: String)]]

    /// The map GoalKit ships.
    public static let shipped = MerchantMap(lines: shippedData)

    /// A map from `key|Category` lines.
    public init(lines: String) {
        var index: [String: [(words: [String], key: String, category: String)]] = [:]
        for line in lines.split(separator: "\n") {
            let parts = line.split(separator: "|", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let words = ExpenseFeatures.words(String(parts[0]))
            guard let first = words.first else { continue }
            index[first, default: []].append((words, String(parts[0]), String(parts[1])))
        }
        for key in index.keys { index[key]?.sort { $0.words.count > $1.words.count } }
        self.index = index
    }

    private init(index: [String: [(words: [String], key: String, category: String)]]) {
        self.index = index
    }

    /// The map without the entries any of these payees match (an evaluation holds merchants
    /// out of the map as well as out of training).
    public func removingEntries(matching payees: some Sequence<String>) -> MerchantMap {
        var map = self
        for payee in payees {
            while let (key, _) = map.match(payee) { map = map.removingKeys([key]) }
        }
        return map
    }

    private func removingKeys(_ keys: Set<String>) -> MerchantMap {
        keys.isEmpty ? self : MerchantMap(index: index.mapValues { $0.filter { !keys.contains($0.key) } })
    }

    /// The merchant entry a payee matches: its key and category.
    public func match(_ payee: String) -> (key: String, category: String)? {
        let words = ExpenseFeatures.words(payee)
        var best: (words: [String], key: String, category: String)?
        for start in words.indices {
            for entry in index[words[start]] ?? [] where start + entry.words.count <= words.count {
                if Array(words[start..<(start + entry.words.count)]) == entry.words {
                    if best == nil || entry.words.count > best!.words.count { best = entry }
                    break
                }
            }
        }
        return best.map { ($0.key, $0.category) }
    }
}

/// Every category name the shipped merchant map and code map can give (the store's taxonomy
/// must have each).
public enum MerchantMapCategories {
    /// The names.
    public static var all: Set<String> {
        var names = Set(
            MerchantMap.shippedData.split(separator: "\n").compactMap { $0.split(separator: "|").last.map(String.init) }
        )
        for (_, category, _) in CodeMap.merchantCodes { names.insert(category) }
        for (_, category, _) in CodeMap.bankCodes { names.insert(category) }
        names.formUnion(CategoryLexicon.categories)
        for entry in BankFeeSignals.transactionTypes.values {
            if let category = entry.out { names.insert(category) }
            if let category = entry.in { names.insert(category) }
        }
        names.insert("Bank Fees")
        return names
    }
}
