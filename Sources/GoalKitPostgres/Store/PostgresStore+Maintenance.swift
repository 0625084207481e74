public import Foundation
public import GoalKitStorage
import PostgresNIO

extension PostgresStore {
    /// Checks the database is one this build can use: every migration it knows applied, none it
    /// does not know. (The server itself guards the pages; damage it finds surfaces as
    /// `StoreError.corrupt` from the statement that meets it.)
    /// - Throws: `StoreError` `.corrupt` naming what differs.
    public func quickCheck() throws(StoreError) {
        let applied = try read { link in
            try link.rows("SELECT identifier FROM goalkit_migrations ORDER BY identifier").map {
                (row) throws(StoreError) in
                try row.text("identifier")
            }
        }
        let known = Set(PostgresMigrator.migrationNames)
        let unknown = applied.filter { !known.contains($0) }
        let missing = known.subtracting(applied).sorted()
        guard unknown.isEmpty, missing.isEmpty else {
            throw StoreError(
                .corrupt,
                "\(location): migrations not applied: \(missing.joined(separator: ", ")); unknown to this build: "
                    + unknown.joined(separator: ", "))
        }
    }

    /// Runs `quickCheck()` (cheap on PostgreSQL, so every time).
    public func quickCheckIfDue(now: Date = Date()) throws(StoreError) { try quickCheck() }
}
