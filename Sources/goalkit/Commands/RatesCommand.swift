import ArgumentParser
import GoalKit
import GoalKitReport
import GoalKitService

/// `goalkit rates add|import|list`
struct RatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rates",
        abstract: "Exchange rates you give, for converted totals (never a made-up rate).",
        subcommands: [Add.self, Import.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store a rate: how many units of TO one unit of FROM buys on a day.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The currency converted from (EUR).") var from: String
        @Argument(help: "The currency converted to (USD).") var to: String
        @Argument(help: "The rate, a plain decimal (1.0842).") var rate: String
        @Option(help: "The day the rate is for.", transform: CommandLineBounds.day) var date: LocalDate

        func run() throws {
            try reportingErrors {
                let (stored, replaced) = try global.session(.write).replaceRate(
                    from: from, to: to, rate: rate, date: date)
                if let replaced {
                    print("Stored \(stored), replacing \(replaced.text)")
                } else {
                    print("Stored \(stored)")
                }
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store every rate of a CSV: date,from,to,rate rows, or an ECB reference rates export.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The CSV file.") var file: String

        func run() throws {
            try reportingErrors {
                let rates = try global.session(.write).importRates(path: file)
                print("Stored \(rates.count) rate(s) from \(file)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the stored rates.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ListingFormatOption

        func run() throws {
            try reportingErrors { emit(Listings.rates(try global.session(.read).rates()), output.format) }
        }
    }
}
