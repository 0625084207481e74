public import GoalKitStorage
import PostgresNIO

extension PostgresStore {
    /// Saves (or replaces) a named CSV profile of the user's, as JSON.
    public func saveProfile(userID: Int64, name: String, json: String) throws(StoreError) {
        try write { link in
            try link.execute(
                """
                INSERT INTO csv_profiles (user_id, name, settings) VALUES ($1, $2, $3::jsonb)
                ON CONFLICT (user_id, name) DO UPDATE SET settings = excluded.settings
                """, [.int(userID), .text(name), .text(json)])
        }
    }

    /// A CSV profile's JSON, if the user has one of that name.
    public func profile(userID: Int64, name: String) throws(StoreError) -> String? {
        try read { link in
            try link.rows(
                "SELECT settings::text AS settings FROM csv_profiles WHERE user_id = $1 AND name = $2",
                [.int(userID), .text(name)]
            ).first?.text("settings")
        }
    }

    /// The user's CSV profiles, by name.
    public func profiles(userID: Int64) throws(StoreError) -> [(name: String, json: String)] {
        try read { link in
            try link.rows(
                "SELECT name, settings::text AS settings FROM csv_profiles WHERE user_id = $1 ORDER BY name",
                [.int(userID)]
            ).map { (row) throws(StoreError) in (try row.text("name"), try row.text("settings")) }
        }
    }
}
