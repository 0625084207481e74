import ArgumentParser
import GoalKit
import GoalKitService

/// `goalkit init [--currency CODE]`
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Create or migrate the database and set its home currency.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The home currency (ISO 4217, default USD); only while nothing is stored in another.")
    var currency: String?

    func run() throws {
        try reportingErrors {
            let path = global.databaseValue()
            let store = try global.openStore(.write)
            let currency = try GoalKitSession.initialize(store: store, currency: currency)
            _ = try GoalKitSession(store: store, username: global.user)
            print("Database ready at \(path) (home currency \(currency.code))")
        }
    }
}
