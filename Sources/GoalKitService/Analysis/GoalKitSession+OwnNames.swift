import Foundation
public import GoalKit
public import GoalKitAnalysis
import GoalKitStorage

extension GoalKitSession {
    /// The user setting (`user_settings`) that holds the names of the user's own accounts, as a
    /// JSON array of strings.
    static let ownNamesKey = "own_names"
    /// The most names a user may give.
    public static let maximumOwnNames = 20

    /// The names the user's own accounts at other banks go by (`goalkit user own-name`): money
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

    /// Sets the names the user's own accounts go by (replacing those given before; none
    /// forgets them), then marks the transfers again over every line, so money to or from
    /// those names already imported counts as transfers (and no longer does for a name
    /// taken away).
    /// - Returns: the names as stored (trimmed, each once).
    /// - Throws: `ServiceError` `.usage` for a name without a letter, longer than 100
    ///   characters, or more than `maximumOwnNames` names.
    @discardableResult
    public func setOwnNames(_ names: [String]) throws(ServiceError) -> [String] {
        var kept: [String] = []
        for name in names {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed.contains(where: \.isLetter), trimmed.count <= 100 else {
                throw ServiceError(.usage, "own name '\(name)': a name has a letter and at most 100 characters")
            }
            if !kept.contains(where: { $0.lowercased() == trimmed.lowercased() }) { kept.append(trimmed) }
        }
        guard kept.count <= Self.maximumOwnNames else {
            throw ServiceError(.usage, "own names: at most \(Self.maximumOwnNames), \(kept.count) given")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: (try? encoder.encode(kept)) ?? Data("[]".utf8), as: UTF8.self)
        try service { try store.setUserSetting(userID: userID, key: Self.ownNamesKey, value: json) }
        try refreshTransfers(from: .minimum, through: .maximum)
        return kept
    }
}
