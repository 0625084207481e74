import ArgumentParser
import GoalKit
import GoalKitReport
import GoalKitService

/// `goalkit contributions list|update|delete`
struct ContributionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contributions", abstract: "Contributions to goals.",
        subcommands: [List.self, Update.self, Delete.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List contributions, of one goal or all.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ListingFormatOption
        @Option(help: "Only this goal's.") var goal: Int64?

        func run() throws {
            try reportingErrors {
                emit(Listings.contributions(try global.session(.read).contributions(goalID: goal)), output.format)
            }
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a contribution; the goal's amount follows.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The contribution's id.") var id: Int64
        @Option(parsing: .unconditional, help: "A new amount.") var amount: String?
        @Option(help: "A new day.", transform: CommandLineBounds.day) var date: LocalDate?
        @Option(help: "A new source.") var source: ContributionSource?
        @Option(help: "New notes.") var notes: String?

        func run() throws {
            try reportingErrors {
                let c = try global.session(.update).updateContribution(
                    id: id, amount: amount, date: date, source: source, notes: notes)
                print("Updated contribution \(c.id ?? 0): \(c.amount) on \(c.date)")
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a contribution; the goal's amount shrinks by it.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The contribution's id.") var id: Int64

        func run() throws {
            try reportingErrors {
                try global.session(.update).deleteContribution(id: id)
                print("Deleted contribution \(id)")
            }
        }
    }
}
