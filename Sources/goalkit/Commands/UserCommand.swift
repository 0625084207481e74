import ArgumentParser
import GoalKit
import GoalKitReport
import GoalKitService

/// `goalkit user add|list`
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Add and list users.", subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a user; prints the new id.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The user's name (no spaces).") var name: String
        @Option(help: "An e-mail address.") var email: String?
        @Option(help: "The user's home currency (ISO 4217; default the database's).") var currency: String?

        func run() throws {
            try reportingErrors {
                let user = try GoalKitSession.addUser(
                    store: global.openStore(.write), username: name, email: email, homeCurrency: currency)
                print(user.id ?? 0)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ListingFormatOption

        func run() throws {
            try reportingErrors {
                let users = try GoalKitSession.users(store: global.openStore(.read))
                emit(Listings.users(users), output.format)
            }
        }
    }
}
