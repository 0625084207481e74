import ArgumentParser
import GoalKit
import GoalKitReport
import GoalKitService
import GoalKitStorage

/// `goalkit expenses list`
struct ExpensesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expenses", abstract: "Expenses imported from bank files.",
        subcommands: [List.self, Categorize.self, Explain.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List expenses by date.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ListingFormatOption
        @Option(help: "Only this month (YYYY-MM).", transform: CommandLineBounds.month) var month: YearMonth?
        @Option(help: "Only this account.") var account: String?
        @Option(help: "Only this category (and its sub-categories).") var category: String?
        @Option(help: "Only lines whose payee or memo contains this text.") var search: String?
        @Flag(help: "Only spending with no category (money out; transfers between your accounts are left out).")
        var uncategorized = false

        func validate() throws {
            if uncategorized && category != nil {
                throw ValidationError("--uncategorized and --category cannot be used together")
            }
        }

        func run() throws {
            try reportingErrors {
                let rows = try global.session(.read).expenses(
                    filter: ExpenseFilter(
                        month: month, account: account, category: category, search: search,
                        uncategorized: uncategorized))
                emit(ImportSummary.expenses(rows), output.format)
            }
        }
    }

    struct Categorize: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Label one expense with a category; says what it moves at the next categorize.",
            discussion: """
                The label teaches: at the next 'goalkit categorize' the other lines of the same merchant \
                (the same normalised payee) that you have not labelled follow it; the command says how many. \
                With --only-this it labels this line alone and teaches nothing.
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The expense's id.") var id: Int64
        @Argument(help: "The category's name.") var category: String
        @Flag(help: "Label only this line: the other lines of its merchant keep their categories.")
        var onlyThis = false

        func run() throws {
            try reportingErrors {
                let correction = try global.session(.update).categorizeExpense(
                    id: id, category: category, scope: onlyThis ? .line : .payee)
                print(correction.text)
            }
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say which layer chose an expense's category and why.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The expense's id.") var id: Int64

        func run() throws {
            try reportingErrors {
                let explanation = try global.session(.read).explainExpense(id: id)
                let e = explanation.row.expense
                print("Expense \(id): \(e.date) \(e.amount) \(TextEscaping.visible(e.payeeRaw))")
                print(
                    explanation.text.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { TextEscaping.visible(String($0)) }.joined(separator: "\n"))
            }
        }
    }
}
