public import GoalKit

/// Database and user settings, and what amounts are stored in which currency.
///
/// Every call is one transaction; ids of another user are not found.
public protocol SettingRepository {
    /// The currency amounts are in when nothing else says (default USD).
    /// - Throws: `StoreError`.
    func homeCurrency() throws(StoreError) -> Currency

    /// A user's home currency: their own setting (`user add --currency`), else the database's.
    /// - Throws: `StoreError`.
    func homeCurrency(userID: Int64) throws(StoreError) -> Currency

    /// One of a user's settings (`user_settings`), or nil.
    /// - Throws: `StoreError`.
    func userSetting(userID: Int64, key: String) throws(StoreError) -> String?

    /// Sets one of a user's settings.
    /// - Throws: `StoreError`.
    func setUserSetting(userID: Int64, key: String, value: String) throws(StoreError)

    /// Sets the home currency.
    /// - Throws: `StoreError`.
    func setHomeCurrency(_ currency: Currency) throws(StoreError)

    /// The rows holding money, counted per table and currency: goals (with their contributions
    /// and recommendations), budgets (with their limits), expenses, and the rules whose amount
    /// bounds are in the home currency.
    /// - Throws: `StoreError`.
    func storedMoney() throws(StoreError) -> [StoredMoneyCount]
}

extension SettingRepository {
    /// A user's home currency: their own setting, else the database's. One rule for every
    /// store; stores only read the two settings.
    /// - Throws: `StoreError` `.io` when a stored code is not a currency.
    public func homeCurrency(userID: Int64) throws(StoreError) -> Currency {
        guard let code = try userSetting(userID: userID, key: "home_currency") else { return try homeCurrency() }
        do { return try Currency(code: code) } catch {
            throw StoreError(.io, "stored home currency of user \(userID): \(error)")
        }
    }
}
