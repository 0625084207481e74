import ArgumentParser
import GoalKit
import GoalKitAnalysis
import GoalKitReport
import GoalKitService

/// `goalkit recurring list`
struct RecurringCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recurring", abstract: "Recurring charges found in your expenses.", subcommands: [List.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List recurring charges, most expensive per month first.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ListingFormatOption
        @Option(help: "The day to look from (default today).", transform: CommandLineBounds.day) var asOf: LocalDate?
        @Option(help: "Months of history to look at.", transform: CommandLineBounds.months)
        var months = 24

        func run() throws {
            try reportingErrors {
                let charges = try global.session(.read).recurringCharges(asOf: asOf ?? today(), months: months)
                let columns = [
                    "payee", "account", "currency", "cadence", "count", "average_amount", "last_amount",
                    "monthly_amount", "last_date", "next_expected", "status", "price_changes", "category",
                ]
                emit(
                    Listing(
                        columns: columns,
                        rows: charges.map { c in
                            [
                                .text(c.payee), .text(c.account), .text(c.lastAmount.currency.code),
                                .text(c.cadence.label), .int(c.count),
                                .money(c.averageAmount), .money(c.lastAmount),
                                .money(c.monthlyAmount), .date(c.lastDate), .date(c.nextExpected),
                                .text(c.status.rawValue),
                                .text(
                                    c.priceChanges.map {
                                        "\($0.date): \($0.from.decimalString) → \($0.to.decimalString)"
                                    }.joined(separator: "; ")),
                                .text(c.category),
                            ]
                        }), output.format)
            }
        }
    }
}

/// `goalkit cashflow`
struct CashFlowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cashflow", abstract: "Income, spending and net by month, and free cash flow (the median net).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: ListingFormatOption
    @Option(
        help: "Whole months to show, ending at the data horizon (the last day the statements cover, or today).",
        transform: CommandLineBounds.months)
    var months = 6
    @Option(help: "The day to look from (default today).", transform: CommandLineBounds.day) var asOf: LocalDate?

    func run() throws {
        try reportingErrors {
            // One cash flow per currency (the home currency's first): never added across them.
            let flows = try global.session(.read).cashFlows(asOf: asOf ?? today(), months: months)
            let listing = Listing(
                columns: ["currency", "month", "income", "spending", "card_payments", "net"],
                rows: flows.flatMap { flow in
                    flow.months.map {
                        [
                            .text($0.income.currency.code), .text($0.month.description), .money($0.income),
                            .money($0.spending), .money($0.cardPayments), .money($0.net),
                        ]
                    }
                })
            emit(listing, output.format)
            if output.format == .table {
                if flows.contains(where: { $0.months.contains { $0.cardPayments.minorUnits != 0 } }) {
                    print(
                        "card_payments: \(CardPayment.unpairedLabel), money out for spending GoalKit cannot see: "
                            + "in no category and not in spending, subtracted in net.")
                }
                for flow in flows {
                    let code = flows.count > 1 ? " in \(flow.freeCashFlow.currency.code)" : ""
                    print("Free cash flow\(code) (the median net of \(flow.window)): \(flow.freeCashFlow)")
                }
            }
        }
    }
}
