import ArgumentParser
import GoalKitReport
import GoalKitService

/// `goalkit categories list`
struct CategoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "categories", abstract: "Spending and income categories.", subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the categories budgets and expenses use.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ListingFormatOption

        func run() throws {
            try reportingErrors { emit(Listings.categories(try global.session(.read).categories()), output.format) }
        }
    }
}
