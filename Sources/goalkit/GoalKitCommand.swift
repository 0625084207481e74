import ArgumentParser

/// The `goalkit` program: reach savings goals from the money you actually spend.
@main
struct GoalKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goalkit",
        abstract: "Reach savings goals from the money you actually spend.",
        discussion: """
            Every command takes --db PATH (default $GOALKIT_DB, else $XDG_DATA_HOME/goalkit/goalkit.sqlite)
            and --user NAME (default 'default'). Amounts are typed with '.' as the decimal mark.
            Reading commands never create a database; init and writing commands do.
            Exit codes: 64 usage, 65 bad data, 66 missing input (or database), 74 I/O.
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, UserCommand.self, GoalCommand.self, ContributionsCommand.self, BudgetCommand.self,
            CategoriesCommand.self, InspectCommand.self,
            ImportCommand.self, ImportsCommand.self, ExpensesCommand.self, ProfileCommand.self,
            CategorizeCommand.self, RulesCommand.self, RecurringCommand.self, CashFlowCommand.self,
            RecommendCommand.self, RecommendationCommand.self, FeedbackCommand.self, ReportCommand.self,
            RatesCommand.self, SettingsCommand.self, DemoCommand.self, BackupCommand.self,
        ]
    )
}
