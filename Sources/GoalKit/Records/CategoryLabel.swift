/// How a category label a file gives (a CSV category column, a QIF `L` field) is read.
///
/// A label is compared by its key: case, spacing and punctuation aside, `&` and `+` read as
/// "and" (`rent & mortgage`, `Rent and Mortgage` and `RENT/MORTGAGE`... are one key). A label
/// that is a path (`Food:Groceries`, `Food > Groceries`) is looked for whole, then by its last
/// part. The store matches keys against the shipped categories and their synonyms first; a
/// label matching none is the user's own category, and when it is new its kind comes from
/// `Evidence`.
///
/// ```swift
/// CategoryLabel.key("SAVINGS  Transfers")  // "savings transfers"
/// CategoryLabel.keys("Food:Groceries")     // ["food groceries", "groceries"]
/// ```
public enum CategoryLabel {
    /// The form labels are compared in: lower case, letters and digits only, one space
    /// between words, `&` and `+` as "and".
    public static func key(_ label: String) -> String {
        var words: [String] = []
        var word = ""
        func endWord() {
            if !word.isEmpty { words.append(word) }
            word = ""
        }
        for character in label.lowercased() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                endWord()
                if character == "&" || character == "+" { words.append("and") }
            }
        }
        endWord()
        return words.joined(separator: " ")
    }

    /// The keys a label is looked for under, the whole label first; a path
    /// (`Food:Groceries`, `Food > Groceries`) adds its last part. Empty keys are left out.
    public static func keys(_ label: String) -> [String] {
        var keys = [key(label)]
        if let last = label.split(whereSeparator: { $0 == ":" || $0 == ">" }).last(where: { !key(String($0)).isEmpty }),
            key(String(last)) != keys[0]
        {
            keys.append(key(String(last)))
        }
        return keys.filter { !$0.isEmpty }
    }

    /// Whether a label says its lines move money between the person's own accounts: it has
    /// the word transfer (or transfers), or it is QIF's `[Account]`.
    public static func namesTransfer(_ label: String) -> Bool {
        let trimmed = label.trimmingSpaces
        if trimmed.count > 2 && trimmed.hasPrefix("[") && trimmed.hasSuffix("]") { return true }
        return key(label).split(separator: " ").contains { $0 == "transfer" || $0 == "transfers" }
    }

    /// What the lines of a label say about the kind of the category it names.
    ///
    /// The rule, for a label that matches no shipped category and no category of the user:
    /// - every line with an amount is a transfer (its text says so) → `transfer`;
    /// - money in only → `income`;
    /// - else `expense`: money out only, and also money in and out mixed, since refunds net
    ///   against spending (a shop's returns are not income), and a label of zero-amount
    ///   notices only.
    ///
    /// A label that names a transfer (`namesTransfer`) is a transfer category whatever its lines.
    public struct Evidence: Hashable, Sendable {
        /// Lines with money in.
        public private(set) var moneyIn = 0
        /// Lines with money out.
        public private(set) var moneyOut = 0
        /// Lines with an amount whose text marks them as transfers.
        public private(set) var transfers = 0

        /// No lines yet.
        public init() {}

        /// Counts one line.
        /// - Parameters:
        ///   - minorUnits: its signed amount (+ money in, − money out); zero counts for nothing.
        ///   - isTransfer: whether its text marks it as a transfer between own accounts.
        public mutating func add(minorUnits: Int64, isTransfer: Bool) {
            guard minorUnits != 0 else { return }
            if minorUnits > 0 { moneyIn += 1 } else { moneyOut += 1 }
            if isTransfer { transfers += 1 }
        }

        /// The kind the lines give (see the type's rule).
        public var kind: CategoryKind {
            let lines = moneyIn + moneyOut
            if lines > 0 && transfers == lines { return .transfer }
            if moneyIn > 0 && moneyOut == 0 { return .income }
            return .expense
        }
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    fileprivate var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return self[start...end]
    }
}
