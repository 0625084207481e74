import ArgumentParser
import Foundation
import GoalKit
import GoalKitService
import GoalKitStorage

/// `--db` and `--user`, shared by every command.
struct GlobalOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The database file.", discussion: "Default: $GOALKIT_DB, else $XDG_DATA_HOME/goalkit/goalkit.sqlite."))
    var db: String?

    @Option(help: "The user to act for.")
    var user: String = GoalKitSession.defaultUsername

    /// The `--db` value from the flag, the environment or the XDG default, as given.
    func databaseValue() -> String {
        let env = ProcessInfo.processInfo.environment
        if let db, !db.isEmpty { return db }
        if let fromEnv = env["GOALKIT_DB"], !fromEnv.isEmpty { return fromEnv }
        let dataHome =
            env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return (dataHome as NSString).appendingPathComponent("goalkit/goalkit.sqlite")
    }

    /// Where the database is: a file, or a URL (never taken for a file name).
    func location() throws(ServiceError) -> DatabaseLocation {
        try DatabaseLocation(parsing: databaseValue())
    }

    /// Opens the database. Each command says here whether it writes: `init` and the writing
    /// commands create a missing database (and its folder); a reading command on a missing
    /// one fails with `no database at PATH` (exit 66).
    func openStore(_ access: DatabaseAccess) throws(ServiceError) -> any DataStore {
        try GoalKitSession.openStore(location(), for: access)
    }

    /// Opens the database for the user (see `openStore(_:)`).
    func session(_ access: DatabaseAccess) throws(ServiceError) -> GoalKitSession {
        try GoalKitSession(store: openStore(access), username: user)
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
