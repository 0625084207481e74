public import GoalKit

/// Saved CSV profiles.
///
/// Every call is one transaction; ids of another user are not found.
public protocol ProfileRepository {
    /// Saves a CSV profile's JSON under a name, replacing one of the same name.
    /// - Throws: `StoreError`.
    func saveProfile(userID: Int64, name: String, json: String) throws(StoreError)

    /// A CSV profile's JSON by name, or nil.
    /// - Throws: `StoreError`.
    func profile(userID: Int64, name: String) throws(StoreError) -> String?

    /// A user's CSV profiles as (name, JSON), by name.
    /// - Throws: `StoreError`.
    func profiles(userID: Int64) throws(StoreError) -> [(name: String, json: String)]
}
