import ArgumentParser
import Foundation
import GoalKit
import GoalKitImport
import GoalKitService

/// `goalkit import FILE...`
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import bank files (OFX, QFX, QBO, CAMT.053, CAMT.052, CSV, QIF, MT940) as expenses.",
        discussion: """
            Each file is imported whole or not at all, as one batch (see 'goalkit imports'). Importing a file \
            again adds nothing; an overlapping statement adds only its new lines.
            """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The bank files.") var files: [String]
    @Option(help: "The account of statements that name none.") var account: String?
    @Option(help: "The currency of statements that name none (default: the home currency).") var currency: String?
    @Option(help: "auto, csv, ofx, camt, qif or mt940.") var inputFormat: InputFormat = .auto
    @Option(help: "A CSV profile: a name saved with 'goalkit profile add', or a JSON file.") var profile: String?
    @Flag(help: "Read and check everything, write nothing.") var dryRun = false
    @Flag(help: "Import the readable lines and list the others instead of rejecting the file.") var skipInvalid = false
    @Option(help: "text or json.") var format: SummaryFormat = .text

    func run() throws {
        var failure: Int32?
        try reportingErrors {
            let session = try global.session(dryRun ? .read : .write)
            var options = ImportOptions(
                account: account, inputFormat: inputFormat, dryRun: dryRun, skipInvalid: skipInvalid)
            if let profile { options.profile = try session.profile(profile) }
            if let currency { options.currency = try ServiceError.wrap { try Currency(code: currency) } }
            var results: [JSONValue] = []
            for file in files {
                var fileOptions = options
                fileOptions.progress = ProgressBar.forFile(file)
                do throws(ServiceError) {
                    let result = try session.importFile(path: file, options: fileOptions)
                    ProgressBar.clear(fileOptions.progress != nil)
                    if format == .json {
                        results.append(ImportSummary.json(result))
                    } else {
                        print(ImportSummary.text(result), terminator: "")
                    }
                } catch {
                    ProgressBar.clear(fileOptions.progress != nil)
                    printError(error.message)
                    failure = failure ?? error.exitCode
                    if format == .json {
                        results.append(.object(["file": .string(file), "error": .string(error.message)]))
                    }
                }
            }
            if format == .json { print(JSONValue.array(results).serialized(pretty: true)) }
        }
        if let failure { throw ExitCode(failure) }
    }
}

/// `goalkit imports list|undo`
struct ImportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "imports", abstract: "Import batches: list them, undo one, check them against the current rules.",
        subcommands: [List.self, Undo.self, Check.self, Reread.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List import batches, newest first.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ListingFormatOption

        func run() throws {
            try reportingErrors {
                emit(ImportSummary.batches(try global.session(.read).importBatches()), output.format)
            }
        }
    }

    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an import batch and every line it added.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The batch's id.") var id: Int64

        func run() throws {
            try reportingErrors {
                let undone = try global.session(.update).undoImport(id: id)
                let batch = undone.batch
                print("Undid import \(batch.id ?? 0) (\(batch.fileName)): removed \(undone.removed) line(s)")
                for (heir, lines) in undone.kept {
                    print("  kept \(lines) line(s) that import \(heir) also holds: they belong to it now")
                }
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read every batch's file again and list the lines the current rules read differently.",
            discussion: """
                Nothing is changed. Also lists the accounts whose lines mix currencies. \
                'goalkit imports reread ID' replaces a batch with the current reading.
                """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "text or json.") var format: SummaryFormat = .text

        func run() throws {
            try reportingErrors {
                let report = try global.session(.read).checkImports()
                if format == .json {
                    print(ImportCheckSummary.json(report).serialized(pretty: true))
                } else {
                    print(ImportCheckSummary.text(report), terminator: "")
                }
            }
        }
    }

    struct Reread: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace an import batch with what its file reads as now, in one transaction.",
            discussion: "The file is read with the options it was imported with; categories you set are kept.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The batch's id.") var id: Int64
        @Option(help: "text or json.") var format: SummaryFormat = .text

        func run() throws {
            try reportingErrors {
                let result = try global.session(.update).rereadImport(id: id)
                if format == .json {
                    print(ImportSummary.json(result).serialized(pretty: true))
                } else {
                    print("Reread import \(id):")
                    print(ImportSummary.text(result), terminator: "")
                }
            }
        }
    }
}
