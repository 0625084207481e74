/// Phrases looked for in a text's words, indexed by their first word: finding them costs a
/// dictionary lookup per word, not a string search per phrase (statements are millions of
/// lines, and `String.contains` on Linux goes through Foundation).
struct PhraseIndex: Sendable {
    /// The phrases (as words) by their first word.
    let byFirstWord: [String: [[String]]]

    /// An index of phrases written as words apart by single spaces.
    init(_ phrases: [String]) {
        var index: [String: [[String]]] = [:]
        for phrase in phrases {
            let words = phrase.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            index[first, default: []].append(words)
        }
        byFirstWord = index
    }

    /// Whether one of the phrases stands in the words, whole words in order.
    func matches(_ words: [String]) -> Bool {
        for start in words.indices {
            guard let candidates = byFirstWord[words[start]] else { continue }
            for phrase in candidates where words[start...].starts(with: phrase) { return true }
        }
        return false
    }
}
