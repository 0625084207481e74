import ArgumentParser
import GoalKitService

/// `goalkit backup FILE [--force]`
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the database (SQLite's online backup), checked before it is kept.",
        discussion: """
            Other goalkit processes may go on reading and writing meanwhile; the copy is one moment of the \
            database. An existing FILE is replaced only with --force. A PostgreSQL database is backed up \
            with pg_dump.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The copy to write.") var file: String
    @Flag(help: "Replace FILE when it exists.") var force = false

    func run() throws {
        try reportingErrors {
            try GoalKitSession.backup(global.location(), to: file, force: force)
            print("Backed up \(global.databaseValue()) to \(file)")
        }
    }
}
