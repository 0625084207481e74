import ArgumentParser
import GoalKit
import GoalKitReport
import GoalKitService

/// `goalkit goal add|list|show|update|archive|delete|contribute`
struct GoalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goal", abstract: "Savings goals.",
        subcommands: [
            Add.self, List.self, Show.self, Update.self, Archive.self, Delete.self, Contribute.self, Import.self,
        ])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a goal; prints the new id.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The goal's name (at most 100 characters).") var name: String
        @Option(parsing: .unconditional, help: "The amount to reach, in the goal's currency.") var target: String
        @Option(help: "vacation, emergency, education, housing, vehicle, electronics, medical or other.")
        var category: GoalCategory
        @Option(help: "high, medium or low.") var priority: GoalPriority = .medium
        @Option(help: "The deadline (YYYY-MM-DD); none for an ongoing goal.", transform: CommandLineBounds.day) var by:
            LocalDate?
        @Option(help: "When saving started (YYYY-MM-DD, default today).", transform: CommandLineBounds.day) var start:
            LocalDate?
        @Option(parsing: .unconditional, help: "Already saved: recorded as an opening contribution.") var current:
            String?
        @Option(help: "A longer description.") var description: String = ""
        @Option(help: "The goal's currency (ISO 4217; default the home currency).") var currency: String?

        func run() throws {
            try reportingErrors {
                let session = try global.session(.write)
                let goal = try session.addGoal(
                    NewGoal(
                        name: name, target: target, category: category, priority: priority, targetDate: by,
                        startDate: start, current: current, description: description, currency: currency),
                    today: today())
                print(goal.id ?? 0)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List goals with their progress.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ListingFormatOption
        @Flag(help: "Include archived goals.") var all = false
        @Option(
            help: "The day the figures are for: only contributions dated on or before it count (default today).",
            transform: CommandLineBounds.day) var asOf: LocalDate?

        func run() throws {
            try reportingErrors {
                let projections = try global.session(.read).goalProjections(includeArchived: all, asOf: asOf ?? today())
                emit(Listings.goals(projections), output.format)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a goal's progress, deadline and contributions.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The goal's id.") var id: Int64
        @Option(help: "The day the figures are for (default today).", transform: CommandLineBounds.day) var asOf:
            LocalDate?
        @Option(help: "text or json.") var format: SummaryFormat = .text

        func run() throws {
            try reportingErrors {
                let detail = try global.session(.read).goalDetail(id: id, asOf: asOf ?? today())
                let view = GoalDetailView(projection: detail.projection, contributions: detail.contributions)
                print(format == .json ? view.json.serialized(pretty: true) : view.text)
            }
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a goal's fields.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The goal's id.") var id: Int64
        @Option(help: "A new name.") var name: String?
        @Option(parsing: .unconditional, help: "A new target amount.") var target: String?
        @Option(help: "A new category.") var category: GoalCategory?
        @Option(help: "A new priority.") var priority: GoalPriority?
        @Option(help: "A new deadline (YYYY-MM-DD).", transform: CommandLineBounds.day) var by: LocalDate?
        @Flag(help: "Remove the deadline (an ongoing goal).") var noDeadline = false
        @Option(help: "A new start date.", transform: CommandLineBounds.day) var start: LocalDate?
        @Option(help: "A new description.") var description: String?
        @Flag(help: "Make an archived goal active again.") var reactivate = false
        @Option(help: "The account the goal's money is kept in: transfers into it become contributions ('' unlinks).")
        var account: String?
        @Flag(
            inversion: .prefixedNo,
            help: """
                Count the linked account's statement balance (the latest on or before the day) as what the goal has \
                saved, instead of the sum of its contributions; --no-count-balance: the contributions again.
                """)
        var countBalance: Bool?

        func validate() throws {
            if noDeadline && by != nil { throw ValidationError("--by and --no-deadline cannot be used together") }
        }

        func run() throws {
            try reportingErrors {
                var changes = GoalChanges()
                changes.name = name
                changes.target = target
                changes.category = category
                changes.priority = priority
                if noDeadline { changes.targetDate = .some(nil) } else if let by { changes.targetDate = .some(by) }
                changes.startDate = start
                changes.description = description
                if reactivate { changes.isActive = true }
                changes.countsBalance = countBalance
                let session = try global.session(.update)
                // Linked first, so `--account A --count-balance` counts the new account's balance.
                let recorded = try account.map { try session.linkGoal(id: id, account: $0) }
                let goal = try session.updateGoal(id: id, changes)
                print("Updated goal \(goal.id ?? 0): \(TextEscaping.visible(goal.name))")
                if let account, let recorded {
                    print(
                        account.isEmpty
                            ? "Unlinked its account"
                            : "Linked to account \(account); \(recorded) past transfer(s) recorded as contributions")
                }
                if let countBalance {
                    print(
                        countBalance
                            ? "Saved is now the balance of account \(goal.account ?? "")"
                            : "Saved is now the sum of its contributions")
                }
            }
        }
    }

    struct Archive: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Archive a goal (kept, but no longer active).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The goal's id.") var id: Int64

        func run() throws {
            try reportingErrors {
                let goal = try global.session(.update).archiveGoal(id: id)
                print("Archived goal \(goal.id ?? 0): \(TextEscaping.visible(goal.name))")
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a goal with its contributions and recommendations.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The goal's id.") var id: Int64

        func run() throws {
            try reportingErrors {
                try global.session(.update).deleteGoal(id: id)
                print("Deleted goal \(id)")
            }
        }
    }

    struct Contribute: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a contribution to a goal; prints its id.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The goal's id.") var id: Int64
        @Argument(help: "The amount, greater than 0.") var amount: String
        @Option(help: "direct, savings, expense_reduction, income or other.") var source: ContributionSource
        @Option(help: "The day (YYYY-MM-DD, default today).", transform: CommandLineBounds.day) var date: LocalDate?
        @Option(help: "Notes.") var notes: String = ""

        func run() throws {
            try reportingErrors {
                let contribution = try global.session(.update).contribute(
                    goalID: id, amount: amount, source: source, date: date ?? today(), notes: notes)
                print(contribution.id ?? 0)
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the goals of a JSON file (all or none); prints their ids.",
            discussion:
                "The file is an array of {name, target, category, priority, start_date, target_date, current, description, account, count_balance}."
        )
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The goals file.") var file: String

        func run() throws {
            try reportingErrors {
                let goals = try global.session(.write).importGoals(path: file, today: today())
                for goal in goals { print("\(goal.id ?? 0)\t\(TextEscaping.visible(goal.name))") }
            }
        }
    }
}
