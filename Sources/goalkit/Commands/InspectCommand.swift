import ArgumentParser
import Foundation
import GoalKit
import GoalKitImport
import GoalKitService

/// `goalkit inspect FILE`: parse only, print what was read; the database is not touched.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect", abstract: "Read a bank file and print what it holds, without importing it.")

    @Argument(help: "The bank file (OFX, QFX, QBO, CAMT.053, CAMT.052, CSV, QIF or MT940).") var file: String
    @Option(help: "auto, csv, ofx, camt, qif or mt940.") var inputFormat: InputFormat = .auto
    @Option(help: "The currency of a file that names none (default XXX, 'no currency').") var currency: String?
    @Option(help: "A CSV profile: a JSON file, or a name saved with 'goalkit profile add' (read from the database).")
    var profile: String?
    @OptionGroup var global: GlobalOptions
    @Option(help: "text or json.") var format: SummaryFormat = .text

    func run() throws {
        try reportingErrors {
            var options = ParseOptions()
            if let profile {
                options.profile = try GoalKitSession.profileFile(profile) ?? global.session(.read).profile(profile)
            }
            if let currency {
                options.defaultCurrency = try ServiceError.wrap { try Currency(code: currency) }
                options.currencyIsExplicit = true
            }
            let parsed = try ServiceError.wrap {
                try StatementReader.inspect(path: file, inputFormat: inputFormat, options: options)
            }
            let view = InspectView(parsed)
            if format == .json {
                print(view.json.serialized(pretty: true))
            } else {
                print(view.text, terminator: "")
            }
        }
    }
}
