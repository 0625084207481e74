import ArgumentParser
import Foundation
import GoalKit
import GoalKitReport
import GoalKitService

/// `goalkit budget add|list|show`
struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget", abstract: "Budgets with per-category limits.",
        subcommands: [Add.self, List.self, Show.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a budget; prints the new id.",
            discussion: "Example: goalkit budget add --month 2024-03 --limit Groceries=400 --limit Restaurants=150")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The budget's name (default: the month or the period).") var name: String?
        @Option(help: "A calendar month (YYYY-MM) as the period.", transform: CommandLineBounds.month) var month:
            YearMonth?
        @Option(help: "The first day (YYYY-MM-DD).", transform: CommandLineBounds.day) var start: LocalDate?
        @Option(help: "The last day (YYYY-MM-DD).", transform: CommandLineBounds.day) var end: LocalDate?
        @Option(name: .customLong("limit"), help: "CATEGORY=AMOUNT, repeatable.") var limits: [String] = []

        func validate() throws {
            if month != nil && (start != nil || end != nil) {
                throw ValidationError("give either --month or --start and --end")
            }
            if month == nil && (start == nil || end == nil) {
                throw ValidationError("give --month YYYY-MM, or both --start and --end")
            }
            for limit in limits where !limit.contains("=") {
                throw ValidationError("--limit '\(limit)' must be CATEGORY=AMOUNT")
            }
        }

        func run() throws {
            try reportingErrors {
                let first = month?.firstDay ?? start!
                let last = month?.lastDay ?? end!
                let pairs = limits.map { limit -> (category: String, amount: String) in
                    let parts = limit.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                    return (String(parts[0]).trimmingCharacters(in: .whitespaces), String(parts[1]))
                }
                let budget = try global.session(.write).addBudget(
                    name: name ?? month?.description ?? "\(first) to \(last)", start: first, end: last, limits: pairs)
                print(budget.id ?? 0)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List budgets.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ListingFormatOption

        func run() throws {
            try reportingErrors { emit(try Listings.budgets(try global.session(.read).budgets()), output.format) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a budget's period and limits.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ListingFormatOption
        @Argument(help: "The budget's id.") var id: Int64

        func run() throws {
            try reportingErrors {
                let budget = try global.session(.read).budget(id: id)
                if output.format == .table {
                    print(
                        "Budget \(budget.id ?? 0): \(budget.name) (\(budget.startDate) to \(budget.endDate), \(budget.currency.code))"
                    )
                }
                emit(Listings.budgetLimits(budget), output.format)
            }
        }
    }
}
