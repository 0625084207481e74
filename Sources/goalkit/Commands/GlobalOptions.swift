import ArgumentParser
import Foundation
import GoalKit
import GoalKitService
import GoalKitStore

/// `--db` and `--user`, shared by every command.
struct GlobalOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The database file.", discussion: "Default: $GOALKIT_DB, else $XDG_DATA_HOME/goalkit/goalkit.sqlite."))
    var db: String?

    @Option(help: "The user to act for.")
    var user: String = GoalKitSession.defaultUsername

    /// The database path from the flag, the environment or the XDG default; its folder is created.
    func databasePath() throws(ServiceError) -> String {
        let env = ProcessInfo.processInfo.environment
        let path: String
        if let db, !db.isEmpty {
            path = db
        } else if let fromEnv = env["GOALKIT_DB"], !fromEnv.isEmpty {
            path = fromEnv
        } else {
            let dataHome =
                env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
                ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
            path = (dataHome as NSString).appendingPathComponent("goalkit/goalkit.sqlite")
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw ServiceError(.io, "\(folder): cannot create the database folder: \(error.localizedDescription)")
            }
        }
        return path
    }

    /// Opens (creating and migrating) the database.
    func openStore() throws(ServiceError) -> GoalKitStore {
        let path = try databasePath()
        do { return try GoalKitStore(path: path) } catch { throw ServiceError(error) }
    }

    /// Opens the database for the user.
    func session() throws(ServiceError) -> GoalKitSession {
        try GoalKitSession(store: openStore(), username: user)
    }
}

/// `--format table|json|csv` for listings.
struct ListingFormatOption: ParsableArguments {
    @Option(help: "Output format: table, json or csv.")
    var format: ListingFormat = .table
}

enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// `--format text|json` for one record or a summary.
enum SummaryFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
