import ArgumentParser
import GoalKit
import GoalKitReport
import GoalKitService

/// `goalkit user add|list|own-name`
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Add and list users; the names of their own accounts.",
        subcommands: [Add.self, List.self, OwnName.self])

    struct OwnName: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "own-name",
            abstract: "The names your own accounts at other banks go by (prints them when none is given).",
            discussion: """
                Money sent to or received from these names (Zelle to Jane Doe, Überweisung an Jane Doe) is a \
                transfer between your own accounts, not spending or income. Giving names replaces the earlier ones \
                and marks the transfers of every imported line again; --clear forgets them.
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Your names as banks write them (\"Jane Doe\" \"J Doe\").") var names: [String] = []
        @Flag(help: "Forget the names given before.") var clear = false

        func run() throws {
            try reportingErrors {
                if names.isEmpty && !clear {
                    let known = try global.session(.read).ownNames()
                    print(
                        known.isEmpty ? "No own names given." : known.map(TextEscaping.visible).joined(separator: "\n"))
                    return
                }
                if clear && !names.isEmpty {
                    throw ServiceError(.usage, "own-name: give names or --clear, not both")
                }
                let kept = try global.session(.write).setOwnNames(clear ? [] : names)
                print(
                    kept.isEmpty
                        ? "Own names forgotten; transfers marked again."
                        : "Own names: \(kept.map(TextEscaping.visible).joined(separator: ", ")); transfers marked again."
                )
            }
        }
    }

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
