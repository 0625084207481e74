import ArgumentParser
import GoalKit
import GoalKitService
import GoalKitStore

/// `goalkit expenses list`
struct ExpensesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expenses", abstract: "Expenses imported from bank files.", subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List expenses by date.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ListingFormatOption
        @Option(help: "Only this month (YYYY-MM).") var month: YearMonth?
        @Option(help: "Only this account.") var account: String?
        @Option(help: "Only this category (and its sub-categories).") var category: String?
        @Option(help: "Only lines whose payee or memo contains this text.") var search: String?

        func run() throws {
            try reportingErrors {
                let rows = try global.session().expenses(
                    filter: ExpenseFilter(month: month, account: account, category: category, search: search))
                emit(ImportSummary.expenses(rows), output.format)
            }
        }
    }
}
