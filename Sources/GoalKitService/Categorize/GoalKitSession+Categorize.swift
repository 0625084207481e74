import Foundation
public import GoalKit
public import GoalKitAnalysis
import GoalKitImport
public import GoalKitStorage

/// What `goalkit categorize` did.
public struct CategorizeSummary: Sendable {
    /// Whether the model was (re)trained.
    public var trained: Bool
    /// The labelled expenses the model knows.
    public var examples: Int
    /// Expenses with a category now, by the layer that chose it.
    public var bySource: [String: Int]
    /// Expenses no layer could categorise (the model abstained), card payments aside.
    public var uncategorized: Int
    /// What moved: each line whose category changed (or that got or lost one), by payee and
    /// from → to.
    public var changes: CategoryChanges
    /// Spending left with no category (money out, no transfer): what
    /// `expenses list --uncategorized` lists.
    public var uncategorizedSpending: Int
    /// Card payments whose card statement is not imported: they need no category (they are
    /// neither spending nor uncategorised) and are not counted in `uncategorized`.
    public var unpairedCardPayments = 0
}

/// Why an expense has its category.
public struct ExpenseExplanation: Sendable {
    /// The expense and its category's name.
    public var row: ExpenseListingRow
    /// The sentence that says which layer decided and why.
    public var text: String
}

extension GoalKitSession {
    /// How far back the model learns from (months).
    public static let learningWindowMonths = 24

    /// The categoriser with the user's rules (and stored model, when asked) and category ids by name.
    func categorizer(useModel: Bool) throws(ServiceError) -> (Categorizer, [String: Int64]) {
        try categorizer(model: useModel ? try storedModel() : nil)
    }

    /// The categoriser with the user's rules and a model, and category ids by name.
    func categorizer(model: NaiveBayesModel?) throws(ServiceError) -> (Categorizer, [String: Int64]) {
        let categories = try categories()
        var ids: [String: Int64] = [:]
        for category in categories.reversed() { if let id = category.id { ids[category.name.lowercased()] = id } }
        let rules = try service { try store.rules(userID: userID, currency: homeCurrency) }.map {
            CategoryRule(
                id: $0.id, position: $0.position, pattern: $0.pattern, category: $0.categoryName,
                minimum: $0.minimum, maximum: $0.maximum, account: $0.account)
        }
        return (Categorizer(rules: rules, model: model), ids)
    }

    private func storedModel() throws(ServiceError) -> NaiveBayesModel? {
        guard let stored = try service({ try store.categoryModel(userID: userID) }) else { return nil }
        return try? JSONDecoder().decode(NaiveBayesModel.self, from: Data(stored.json.utf8))
    }

    /// (Re)trains the model when the user's labels changed (or when forced), then categorises
    /// every expense the user has not labelled: rules, learned payees, merchant map, codes,
    /// then the model, which abstains when unsure.
    /// - Parameter asOf: the end of the learning window (labels from the 24 months before it
    ///   count); by default the date of the latest label, so old statements still teach.
    /// - Throws: `ServiceError`.
    public func categorize(retrain: Bool = false, asOf: LocalDate? = nil) throws(ServiceError) -> CategorizeSummary {
        let next = try nextModel(retrain: retrain, asOf: asOf)
        if let fingerprint = next.retrainedFor {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let json = String(decoding: (try? encoder.encode(next.model)) ?? Data("{}".utf8), as: UTF8.self)
            try service { try store.saveCategoryModel(userID: userID, fingerprint: fingerprint, json: json) }
        }
        let trained = next.retrainedFor != nil
        let (categorizer, ids) = try categorizer(model: next.model)
        let names = try categoryNames()
        var changes = CategoryChanges()
        var cardPayments = 0
        let result = try service {
            try store.recategorize(userID: userID) { expense in
                let features = GoalKitSession.features(expense)
                let decision = categorizer.decide(features)
                let id = decision.flatMap { ids[$0.category.lowercased()] }
                if id != expense.categoryID {
                    changes.record(features, from: expense.categoryID.map(names), to: id.map(names))
                }
                guard let decision, let id else {
                    let text = expense.payeeRaw + " " + expense.memo
                    let paired = expense.transferExpenseID != nil
                    if CardPayment.isUnpaired(amount: expense.amount, isPaired: paired, text: text, category: nil) {
                        cardPayments += 1
                    }
                    return nil
                }
                return (id, decision.layer.rawValue, decision.explanation)
            }
        }
        let spending = try service {
            try store.expenseCount(userID: userID, filter: ExpenseFilter(uncategorized: true))
        }
        var summary = CategorizeSummary(
            trained: trained, examples: categorizer.model?.exampleCount ?? 0, bySource: result.bySource,
            uncategorized: result.uncategorized - cardPayments, changes: changes, uncategorizedSpending: spending)
        summary.unpairedCardPayments = cardPayments
        return summary
    }

    /// The model the next `categorize` uses: the stored one while the labels it learns from are
    /// unchanged (and no retraining is asked for), else one trained afresh on them, with the
    /// fingerprint of those labels to store it under.
    func nextModel(retrain: Bool = false, asOf: LocalDate? = nil) throws(ServiceError) -> (
        model: NaiveBayesModel?, retrainedFor: String?
    ) {
        let fingerprint = try service { try store.labelFingerprint(userID: userID) }
        let stored = try service { try store.categoryModel(userID: userID) }
        if !retrain, let stored, stored.fingerprint == fingerprint {
            return (try? JSONDecoder().decode(NaiveBayesModel.self, from: Data(stored.json.utf8)), nil)
        }
        let all = try service { try store.labelledExpenses(userID: userID, since: LocalDate.minimum) }
        let end = asOf ?? all.last?.expense.date ?? LocalDate.minimum
        let since = end.adding(months: -GoalKitSession.learningWindowMonths)
        let labelled = all.filter { $0.expense.date >= since && $0.expense.date <= end }
        let model = NaiveBayesModel(examples: labelled.map { (GoalKitSession.features($0.expense), $0.category) })
        return (model, fingerprint)
    }

    /// A category's name by its id (`category 7` for one the user cannot see).
    func categoryNames() throws(ServiceError) -> (Int64) -> String {
        var names: [Int64: String] = [:]
        for category in try categories() { if let id = category.id { names[id] = category.name } }
        return { id in names[id] ?? "category \(id)" }
    }

    /// Says which layer chose an expense's category and why (or why none did).
    /// - Throws: `ServiceError` `.data` for an unknown expense.
    public func explainExpense(id: Int64) throws(ServiceError) -> ExpenseExplanation {
        let row = try service { try store.expense(id: id, userID: userID) }
        let e = row.expense
        if let name = row.categoryName, let source = e.categorySource {
            let layer: String
            switch CategoryLayer(rawValue: source) {
            case .user: layer = "your own label"
            case .file: layer = "the bank file"
            case .rule: layer = "your rule"
            case .merchant:
                layer =
                    (e.categoryDetail ?? "").contains("shipped lexicon") ? "the category lexicon" : "the merchant map"
            case .code: layer = "the bank's code"
            case .model: layer = "the learned model"
            case nil: layer = source
            }
            return ExpenseExplanation(row: row, text: "\(name), decided by \(layer): \(e.categoryDetail ?? "")")
        }
        let (categorizer, _) = try categorizer(useModel: true)
        if let decision = categorizer.decide(GoalKitSession.features(e)) {
            return ExpenseExplanation(
                row: row,
                text: "uncategorised; 'goalkit categorize' would choose \(decision.category): \(decision.explanation)")
        }
        let why =
            categorizer.model == nil
            ? "no rule, merchant entry or code matches, and there is no model yet (label some expenses, then run goalkit categorize)"
            : "no rule, merchant entry or code matches, and the model is not confident enough to guess"
        return ExpenseExplanation(row: row, text: "uncategorised: \(why)")
    }

    /// Adds a rule (after the others): a regular expression over payee and memo, optional
    /// amount bounds and account.
    /// - Throws: `ServiceError` naming a bad pattern, category or amount.
    public func addRule(match: String, category name: String, minimum: String?, maximum: String?, account: String?)
        throws(ServiceError) -> Int64
    {
        guard let category = try service({ try store.category(named: name, userID: userID) }),
            let categoryID = category.id
        else {
            throw ServiceError(.data, "category: no category named '\(name)' (see goalkit categories list)")
        }
        let low = try minimum.map { text throws(ServiceError) in try amount(text, field: "min").magnitude }
        let high = try maximum.map { text throws(ServiceError) in try amount(text, field: "max").magnitude }
        let rule = CategoryRule(pattern: match, category: category.name, minimum: low, maximum: high, account: account)
        try service { try rule.validate() }
        if let low, let high, high.minorUnits < low.minorUnits {
            throw ServiceError(.data, "max '\(high.decimalString)' must not be below min '\(low.decimalString)'")
        }
        return try service {
            try store.addRule(
                userID: userID, pattern: match, categoryID: categoryID, minimum: low, maximum: high, account: account)
        }
    }

    /// The user's rules in order.
    /// - Throws: `ServiceError`.
    public func rules() throws(ServiceError) -> [StoredRule] {
        try service { try store.rules(userID: userID, currency: homeCurrency) }
    }

    /// Deletes a rule.
    /// - Throws: `ServiceError`.
    public func deleteRule(id: Int64) throws(ServiceError) {
        try service { try store.deleteRule(id: id, userID: userID) }
    }

    static func features(_ e: Expense) -> ExpenseFeatures {
        ExpenseFeatures(
            payee: e.name, rawPayee: e.payeeRaw, memo: e.memo, amount: e.amount, account: e.account,
            code: e.merchantCode, transactionType: e.transactionType)
    }

    /// Evaluates the categoriser on a labelled CSV (date, description, amount, category),
    /// holding out whole merchants (chosen by `seed`): they leave training, the merchant map
    /// and the lexicon, and are tested as never seen; the other merchants train on their
    /// earlier `trainShare` percent and are tested on the rest. Touches no database.
    /// - Throws: `ServiceError` when the file cannot be read or has no labels.
    public static func evaluateCategorizer(path: String, trainShare: Int = 70, holdOutShare: Int = 30, seed: UInt64 = 1)
        throws(ServiceError) -> CategorizerEvaluation
    {
        let parsed = try ServiceError.wrap { try StatementReader.inspect(path: path, inputFormat: .csv) }
        let examples = parsed.statements.flatMap(\.lines).compactMap { line -> CategorizerEvaluation.Example? in
            guard let label = line.category else { return nil }
            let features = ExpenseFeatures(
                payee: PayeeNormalizer.normalize(line.payee), rawPayee: line.payee, memo: line.memo,
                amount: line.amount, account: "evaluation", code: line.merchantCode, transactionType: line.type)
            return (line.date, features, label)
        }
        guard !examples.isEmpty else {
            throw ServiceError(.data, "\(path): no labelled rows (a Category column is needed)")
        }
        return CategorizerEvaluation.run(
            examples: examples, trainShare: trainShare, holdOutShare: holdOutShare, seed: seed)
    }
}
