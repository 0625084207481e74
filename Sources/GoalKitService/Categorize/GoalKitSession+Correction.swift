public import GoalKit
import GoalKitAnalysis
import GoalKitStorage

extension GoalKitSession {
    /// Labels one expense (a correction) and says what the label changes at the next
    /// `categorize` among the other lines of its merchant (the lines with the same payee key,
    /// `ExpenseFeatures.payeeKey`, that are not labelled by you or the bank file).
    ///
    /// A label teaches by default: the model learns from it at the next `categorize`, and the
    /// other lines of the payee follow it. With `scope` `.line` it keeps this line's category
    /// only and teaches nothing (see `LabelScope`).
    /// - Parameters:
    ///   - id: the expense.
    ///   - name: the category's name (case-insensitive).
    ///   - scope: how far the label reaches.
    /// - Throws: `ServiceError` `.data` for an unknown expense or category.
    public func categorizeExpense(id: Int64, category name: String, scope: LabelScope = .payee)
        throws(ServiceError) -> CategoryCorrection
    {
        guard let category = try service({ try store.category(named: name, userID: userID) }),
            let categoryID = category.id
        else {
            throw ServiceError(.data, "category: no category named '\(name)' (see goalkit categories list)")
        }
        let before = try service { try store.expense(id: id, userID: userID) }.expense
        let wasTeaching =
            before.categorySource == CategoryLayer.file.rawValue
            || (before.categorySource == CategoryLayer.user.rawValue
                && LabelScope(detail: before.categoryDetail) == .payee)
        try service {
            try store.setCategory(
                expenseID: id, userID: userID, categoryID: categoryID, source: CategoryLayer.user.rawValue,
                detail: scope.detail(category: category.name))
        }
        let row = try service { try store.expense(id: id, userID: userID) }
        let features = GoalKitSession.features(row.expense)
        var correction = CategoryCorrection(
            row: row, scope: scope, merchant: features.payee.isEmpty ? features.rawPayee : features.payee,
            hasMerchantKey: !features.payeeKey.isEmpty, wasTeaching: wasTeaching, otherLines: 0, labelledLines: 0,
            moves: CategoryChanges())
        if correction.hasMerchantKey { try preview(&correction, key: features.payeeKey) }
        return correction
    }

    /// Counts the other lines of the corrected line's merchant and decides each as the next
    /// `categorize` will (the model it will use, with the labels as they are now).
    private func preview(_ correction: inout CategoryCorrection, key: String) throws(ServiceError) {
        // The longest plain word of the payee narrows the lines read; the key decides.
        let probe = ExpenseFeatures.words(correction.row.expense.name).filter { $0.allSatisfy(\.isASCII) }
            .max { $0.count < $1.count }
        let candidates = try service { try store.expenses(userID: userID, filter: ExpenseFilter(search: probe)) }
        let (categorizer, ids) = try categorizer(model: try nextModel().model)
        let names = try categoryNames()
        for other in candidates where other.expense.id != correction.row.expense.id {
            let features = GoalKitSession.features(other.expense)
            guard features.payeeKey == key else { continue }
            correction.otherLines += 1
            let source = other.expense.categorySource
            if source == CategoryLayer.user.rawValue || source == CategoryLayer.file.rawValue {
                correction.labelledLines += 1
                continue
            }
            let next = categorizer.decide(features).flatMap { ids[$0.category.lowercased()] }
            if next != other.expense.categoryID {
                correction.moves.record(features, from: other.expense.categoryID.map(names), to: next.map(names))
            }
        }
    }
}
