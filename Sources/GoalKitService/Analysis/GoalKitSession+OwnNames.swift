import Foundation
public import GoalKit
public import GoalKitAnalysis
import GoalKitStore

extension GoalKitSession {
    /// The user setting (`user_settings`) that holds the names of the user's own accounts, as a
    /// JSON array of strings.
    static let ownNamesKey = "own_names"
    /// The names the user's own accounts at other banks go by: money
    /// sent to or received from them (`Zelle to Jane Doe`, `Überweisung an Jane Doe`) is a
    /// transfer between own accounts. Empty until the user gives them.
    /// - Throws: `ServiceError`.
    public func ownNames() throws(ServiceError) -> [String] {
        guard let stored = try service({ try store.userSetting(userID: userID, key: Self.ownNamesKey) }) else {
            return []
        }
        return (try? JSONDecoder().decode([String].self, from: Data(stored.utf8))) ?? []
    }

    /// The transfer wording with the user's own names.
    /// - Throws: `ServiceError`.
    func transferWording() throws(ServiceError) -> TransferWording {
        TransferWording(ownNames: try ownNames())
    }
}
