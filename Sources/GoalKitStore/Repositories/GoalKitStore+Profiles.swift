import GRDB
public import GoalKitStorage

extension GoalKitStore {
    /// Saves a CSV profile's JSON under a name, replacing one of the same name.
    /// - Throws: `StoreError`.
    public func saveProfile(userID: Int64, name: String, json: String) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO csv_profiles(user_id, name, settings) VALUES (?, ?, ?)
                    ON CONFLICT(user_id, name) DO UPDATE SET settings = excluded.settings
                    """, arguments: [userID, name, json])
        }
    }

    /// A CSV profile's JSON by name, or nil.
    /// - Throws: `StoreError`.
    public func profile(userID: Int64, name: String) throws(StoreError) -> String? {
        try read { db in
            try String.fetchOne(
                db, sql: "SELECT settings FROM csv_profiles WHERE user_id = ? AND name = ?", arguments: [userID, name])
        }
    }

    /// A user's CSV profiles as (name, JSON), by name.
    /// - Throws: `StoreError`.
    public func profiles(userID: Int64) throws(StoreError) -> [(name: String, json: String)] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT name, settings FROM csv_profiles WHERE user_id = ? ORDER BY name", arguments: [userID]
            )
            .map { ($0["name"], $0["settings"]) }
        }
    }
}
