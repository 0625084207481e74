/// The category changes of one run of the categoriser, or the ones a label would cause at the
/// next run: grouped by payee (as the categoriser keys lines, `ExpenseFeatures.payeeKey`) and
/// by from → to, with totals.
///
/// ```swift
/// var changes = CategoryChanges()
/// changes.record(starbucks, from: "Restaurants", to: "Coffee Shops")
/// changes.groups  // [Starbucks Store: 1 line Restaurants → Coffee Shops]
/// ```
public struct CategoryChanges: Sendable, Hashable {
    /// The lines of one payee that moved from one category to the same other one.
    public struct Group: Sendable, Hashable {
        /// The payee as the first of its lines names it (normalised, else as the bank wrote it).
        public var payee: String
        /// The category the lines had; nil when they had none.
        public var from: String?
        /// The category they get; nil when they lose theirs.
        public var to: String?
        /// How many lines.
        public var count: Int

        /// Creates a group.
        public init(payee: String, from: String?, to: String?, count: Int) {
            self.payee = payee
            self.from = from
            self.to = to
            self.count = count
        }
    }

    private struct Key: Hashable {
        var payee: String
        var from: String?
        var to: String?
    }

    private var index: [Key: Int] = [:]
    private var recorded: [Group] = []
    /// Lines that had a category and get another.
    public private(set) var recategorized = 0
    /// Lines that had no category and get one.
    public private(set) var newlyCategorized = 0
    /// Lines that had a category and lose it.
    public private(set) var uncategorized = 0

    /// No changes yet.
    public init() {}

    /// Every line that changes.
    public var total: Int { recategorized + newlyCategorized + uncategorized }

    /// Whether no line changes.
    public var isEmpty: Bool { total == 0 }

    /// Records one line's change of category (by name; nil is none). A line whose category
    /// stays is no change and is not recorded.
    public mutating func record(_ line: ExpenseFeatures, from: String?, to: String?) {
        guard from != to else { return }
        switch (from, to) {
        case (nil, _): newlyCategorized += 1
        case (_, nil): uncategorized += 1
        default: recategorized += 1
        }
        let name = line.payee.isEmpty ? line.rawPayee : line.payee
        let payee = line.payeeKey.isEmpty ? "raw:" + line.rawPayee : line.payeeKey
        let key = Key(payee: payee, from: from, to: to)
        if let at = index[key] {
            recorded[at].count += 1
        } else {
            index[key] = recorded.count
            recorded.append(Group(payee: name, from: from, to: to, count: 1))
        }
    }

    /// The groups, most lines first, then by payee, from and to.
    public var groups: [Group] {
        recorded.sorted { a, b in
            if a.count != b.count { return a.count > b.count }
            return (a.payee, a.from ?? "", a.to ?? "") < (b.payee, b.from ?? "", b.to ?? "")
        }
    }
}
