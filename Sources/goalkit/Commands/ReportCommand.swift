import ArgumentParser
import GoalKit
import GoalKitReport
import GoalKitService

/// `goalkit report monthly|goals|feedback`
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write reports as Markdown (with SVG charts), CSV and JSON.",
        subcommands: [Monthly.self, Goals.self, Feedback.self])

    struct Output: ParsableArguments {
        @Option(help: "md, csv, json or all.") var format: ReportFormat = .md
        @Option(help: "The folder to write into (created when missing; nothing is written outside it).") var out = "."
    }

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case md, csv, json, all }

    static func write(_ report: Report, _ output: Output) throws(ServiceError) {
        do {
            let paths = try ReportRenderer.write(
                report, format: ReportRenderer.Format(rawValue: output.format.rawValue) ?? .md, to: output.out)
            for path in paths { print(path) }
        } catch {
            throw ServiceError(error)
        }
    }

    struct Monthly: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The monthly report: income, spending, categories, recurring, goals.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The month (YYYY-MM).", transform: CommandLineBounds.month) var month: YearMonth
        @OptionGroup var output: Output

        func run() throws {
            try reportingErrors {
                try ReportCommand.write(try global.session(.read).monthlyReport(month: month), output)
            }
        }
    }

    struct Goals: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The goal progress report.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The day (default today).", transform: CommandLineBounds.day) var asOf: LocalDate?
        @OptionGroup var output: Output

        func run() throws {
            try reportingErrors {
                try ReportCommand.write(try global.session(.read).goalsReport(asOf: asOf ?? today()), output)
            }
        }
    }

    struct Feedback: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The feedback summary of recommendations.")
        @OptionGroup var global: GlobalOptions
        @Option(
            help: "Only recommendations made for this day or later (default: the first one's day).",
            transform: CommandLineBounds.day)
        var since: LocalDate?
        @Option(help: "The day (default today).", transform: CommandLineBounds.day) var asOf: LocalDate?
        @OptionGroup var output: Output

        func run() throws {
            try reportingErrors {
                try ReportCommand.write(
                    try global.session(.read).feedbackReport(since: since, asOf: asOf ?? today()), output)
            }
        }
    }
}
