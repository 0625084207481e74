public import GoalKit

/// Categories, rules, the learned model and the categories of lines.
///
/// Every call is one transaction; ids of another user are not found.
public protocol CategorizationRepository {
    /// The categories a user sees: the shipped taxonomy and their own, parents before children.
    /// - Throws: `StoreError`.
    func categories(userID: Int64) throws(StoreError) -> [Category]

    /// The category a user means by a name (case-insensitive; their own first), or nil.
    /// - Throws: `StoreError`.
    func category(named name: String, userID: Int64) throws(StoreError) -> Category?

    /// Adds a rule after the user's others.
    /// - Throws: `StoreError`.
    func addRule(
        userID: Int64, pattern: String, categoryID: Int64, minimum: Money?, maximum: Money?,
        account: String?
    ) throws(StoreError) -> Int64

    /// The user's rules in order.
    /// - Throws: `StoreError`.
    func rules(userID: Int64, currency: Currency) throws(StoreError) -> [StoredRule]

    /// Deletes a rule.
    /// - Throws: `StoreError` `.notFound`.
    func deleteRule(id: Int64, userID: Int64) throws(StoreError)

    /// A value that changes whenever the labels the categoriser learns from change (which
    /// expenses, which categories); a label for one line only is none of them.
    /// - Throws: `StoreError`.
    func labelFingerprint(userID: Int64) throws(StoreError) -> String

    /// The labelled expenses the categoriser learns from since a day (the user's own but those
    /// for one line only, and the bank file's), with their category names.
    /// - Throws: `StoreError`.
    func labelledExpenses(userID: Int64, since: LocalDate) throws(StoreError) -> [(
        expense: Expense, category: String
    )]

    /// The stored model and the fingerprint of the labels it learned from.
    /// - Throws: `StoreError`.
    func categoryModel(userID: Int64) throws(StoreError) -> (fingerprint: String, json: String)?

    /// Stores a trained model.
    /// - Throws: `StoreError`.
    func saveCategoryModel(userID: Int64, fingerprint: String, json: String) throws(StoreError)

    /// Sets an expense's category with its source and reason (nil category clears it).
    /// - Throws: `StoreError` `.notFound`.
    func setCategory(expenseID: Int64, userID: Int64, categoryID: Int64?, source: String?, detail: String?)
        throws(StoreError)

    /// One expense with its category's name.
    /// - Throws: `StoreError` `.notFound`.
    func expense(id: Int64, userID: Int64) throws(StoreError) -> ExpenseListingRow

    /// Re-decides the category of every expense the user has not labelled themselves, in one
    /// transaction, streaming through the rows.
    /// - Parameter decide: the category id, source and reason for an expense, or nil to clear it.
    /// - Returns: how many expenses now have a category, by source, and how many were left without.
    /// - Throws: `StoreError`.
    func recategorize(userID: Int64, decide: (Expense) -> (categoryID: Int64, source: String, detail: String)?)
        throws(StoreError) -> (bySource: [String: Int], uncategorized: Int)
}
