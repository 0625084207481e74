/// The shipped lexicon of words that carry the kind of business (`pizza`, `taqueria`,
/// `bakery`, `apotheke`, `tankstelle`; see `Scripts/generate-category-lexicon.py`): a layer
/// below the person's labels and the merchant map, for merchants never seen.
///
/// Each word has a strength (2 names the kind of shop, 1 only hints, as a cuisine does). The
/// strongest words of a payee decide; strongest words that disagree make it abstain, so
/// "Bakery Cafe" says nothing, "Thai Massage" is Personal Care.
public struct CategoryLexicon: Sendable {
    /// Word → (category, strength).
    private let words: [String: (category: String, strength: Int)]

    /// The lexicon GoalKit ships.
    public static let shipped = CategoryLexicon(lines: shippedData)

    /// A lexicon from `word|Category|strength` lines (strength 2 when left out).
    public init(lines: String) {
        var words: [String: (category: String, strength: Int)] = [:]
        for line in lines.split(separator: "\n") {
            let parts = line.split(separator: "|").map { String($0).trimmingSpaces }
            guard parts.count >= 2, !parts[0].isEmpty else { continue }
            let strength = parts.count > 2 ? Int(parts[2]) ?? 2 : 2
            words[parts[0].lowercased()] = (parts[1], strength)
        }
        self.words = words
    }

    private init(words: [String: (category: String, strength: Int)]) {
        self.words = words
    }

    /// Whether the lexicon has a word.
    public func contains(_ word: String) -> Bool { words[word.lowercased()] != nil }

    /// The lexicon without some words (an evaluation removes what its held-out merchants
    /// would teach it).
    public func removing(_ removed: Set<String>) -> CategoryLexicon {
        CategoryLexicon(words: words.filter { !removed.contains($0.key) })
    }

    /// The category the payee's words name, with the deciding words; nil when no word is
    /// known or the strongest disagree.
    public func match(_ payee: String) -> (category: String, words: [String])? {
        var best = 0
        var found: [(word: String, category: String)] = []
        for word in ExpenseFeatures.words(payee) {
            guard let entry = words[word] ?? compoundEntry(word) else { continue }
            if entry.strength > best {
                best = entry.strength
                found = []
            }
            if entry.strength == best { found.append((word, entry.category)) }
        }
        guard let first = found.first, found.allSatisfy({ $0.category == first.category }) else { return nil }
        return (first.category, found.map(\.word))
    }

    /// The entry a compound begins or ends with (`Stadtapotheke`, `Hofbäckerei`, `Coffeebar`,
    /// `Pizza4ps`): a word of at least five letters that names the kind of shop, beside at
    /// least three more letters. Only a hint (strength 1): a whole word says more.
    private func compoundEntry(_ word: String) -> (category: String, strength: Int)? {
        guard word.count >= 8 else { return nil }
        let letters = Array(word)
        for cut in 3...(letters.count - 5) {
            if let entry = words[String(letters[cut...])], entry.strength >= 2 { return (entry.category, 1) }
        }
        for cut in (5...(letters.count - 3)).reversed() {
            if let entry = words[String(letters[..<cut])], entry.strength >= 2 { return (entry.category, 1) }
        }
        return nil
    }

    /// Every category the lexicon can give.
    static var categories: Set<String> { Set(shipped.words.values.map(\.category)) }
}

extension String {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
