import ArgumentParser
import GoalKitImport
import GoalKitReport
import GoalKitService

/// `goalkit profile add|list`: pinned CSV mappings for files the content cannot settle.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile", abstract: "CSV profiles: mappings for files detection cannot settle.",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Save a CSV profile (replacing one of the same name).",
            discussion: """
                Columns are header names or 1-based numbers. Only what you give is pinned; detection decides \
                the rest. Example: goalkit profile add mycard --invert --account "Visa 1234"
                """)
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The profile's name.") var name: String
        @Option(help: "The delimiter: , ; | or tab.") var delimiter: String?
        @Option(help: "Rows to skip before the header or the first transaction.") var skip: Int?
        @Flag(inversion: .prefixedNo, help: "Whether the first row (after --skip) is a header.") var header: Bool?
        @Option(help: "The date column.") var dateColumn: String?
        @Option(help: "ymd, dmy, mdy, or a pattern such as DD/MM/YYYY.") var dateFormat: String?
        @Option(help: "The signed amount column.") var amountColumn: String?
        @Option(help: "The money-out column.") var debitColumn: String?
        @Option(help: "The money-in column.") var creditColumn: String?
        @Option(help: "The column saying in or out (D/C, Af/Bij, S/H, Debit/Credit).") var directionColumn: String?
        @Option(help: "The payee column.") var payeeColumn: String?
        @Option(help: "The memo column.") var memoColumn: String?
        @Option(help: "The running balance column.") var balanceColumn: String?
        @Option(help: "The currency column.") var currencyColumn: String?
        @Option(help: "The account column.") var accountColumn: String?
        @Option(help: "The category column.") var categoryColumn: String?
        @Option(help: "The decimal mark: . or ,") var decimalMark: String?
        @Flag(
            inversion: .prefixedNo,
            help: "Flip every amount's sign (charges written positive); --no-invert: read the signs as written.")
        var invert: Bool?
        @Option(help: "The account of every line.") var account: String?
        @Option(help: "The currency of every line.") var currency: String?

        func validate() throws {
            if let decimalMark, decimalMark != "." && decimalMark != "," {
                throw ValidationError("--decimal-mark must be . or ,")
            }
            if let dateFormat, CSVProfile.order(of: dateFormat) == nil {
                throw ValidationError(
                    "--date-format '\(dateFormat)' must be ymd, dmy, mdy or a pattern such as DD/MM/YYYY")
            }
            if amountColumn != nil && (debitColumn != nil || creditColumn != nil) {
                throw ValidationError("give either --amount-column or --debit-column and --credit-column")
            }
        }

        func run() throws {
            var profile = CSVProfile()
            profile.delimiter = delimiter
            profile.skip = skip
            profile.header = header
            profile.dateColumn = dateColumn
            profile.dateFormat = dateFormat
            profile.amountColumn = amountColumn
            profile.debitColumn = debitColumn
            profile.creditColumn = creditColumn
            profile.directionColumn = directionColumn
            profile.payeeColumn = payeeColumn
            profile.memoColumn = memoColumn
            profile.balanceColumn = balanceColumn
            profile.currencyColumn = currencyColumn
            profile.accountColumn = accountColumn
            profile.categoryColumn = categoryColumn
            profile.decimalMark = decimalMark
            profile.invert = invert
            profile.account = account
            profile.currency = currency
            try reportingErrors {
                try global.session(.write).saveProfile(name: name, profile)
                print("Saved profile \(name)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List CSV profiles.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ListingFormatOption

        func run() throws {
            try reportingErrors {
                let profiles = try global.session(.read).profiles()
                emit(
                    Listing(
                        columns: ["name", "settings"],
                        rows: profiles.map { [.text($0.name), .text($0.profile.json())] }), output.format)
            }
        }
    }
}
