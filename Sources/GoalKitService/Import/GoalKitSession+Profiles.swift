import Foundation
public import GoalKitImport
import GoalKitStorage

extension GoalKitSession {
    /// Saves a CSV profile under a name (replacing one of the same name).
    /// - Throws: `ServiceError` `.data` for an empty name.
    public func saveProfile(name: String, _ profile: CSVProfile) throws(ServiceError) {
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty, !name.contains("/") else {
            throw ServiceError(.data, "name '\(name)' must be a word (no '/')")
        }
        let problems = profile.problems
        guard problems.isEmpty else {
            throw ServiceError(.usage, "profile '\(name)' cannot be used: " + problems.joined(separator: "; "))
        }
        try ServiceError.wrap { try store.saveProfile(userID: userID, name: name, json: profile.json()) }
    }

    /// The user's CSV profiles, by name.
    /// - Throws: `ServiceError`.
    public func profiles() throws(ServiceError) -> [(name: String, profile: CSVProfile)] {
        try ServiceError.wrap {
            try store.profiles(userID: userID).map { ($0.name, try CSVProfile.from(json: $0.json)) }
        }
    }

    /// A profile by name (saved with `profile add`), or read from a JSON file when `reference`
    /// is a path to one.
    /// - Throws: `ServiceError` `.data` when there is neither.
    public func profile(_ reference: String) throws(ServiceError) -> CSVProfile {
        if let fromFile = try GoalKitSession.profileFile(reference) { return fromFile }
        guard let json = try ServiceError.wrap({ try store.profile(userID: userID, name: reference) }) else {
            throw ServiceError(
                .data, "profile '\(reference)' does not exist; add it with: goalkit profile add \(reference) ...")
        }
        return try ServiceError.wrap { try CSVProfile.from(json: json) }
    }

    /// A profile read from a JSON file, or nil when `path` names no file.
    /// - Throws: `ServiceError` `.data` when the file is not a profile.
    public static func profileFile(_ path: String) throws(ServiceError) -> CSVProfile? {
        guard FileManager.default.fileExists(atPath: path), let data = FileManager.default.contents(atPath: path) else {
            return nil
        }
        do {
            return try CSVProfile.from(json: String(decoding: data, as: UTF8.self))
        } catch {
            throw ServiceError(
                .data, "\(path): error: not a CSV profile (JSON with keys such as date_column, amount_column): \(error)"
            )
        }
    }
}
