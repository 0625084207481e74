import ArgumentParser
import GoalKitService

/// `goalkit demo [--out DIR]`
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Run the whole flow on Samples/ in a throwaway database and write every report.",
        discussion:
            "Today is fixed to the samples' last day (2026-10-31), so the reports are the same bytes every time.")
    @Option(help: "Where the reports go.") var out = "Reports"
    @Option(help: "The samples folder.") var samples = "Samples"
    @Option(help: "Keep the demo's database at this new path (to query it or run more commands on it).")
    var keepDB: String?

    func run() throws {
        try reportingErrors {
            let (log, files) = try GoalKitDemo.run(samples: samples, out: out, keep: keepDB)
            for line in log { print(line) }
            print("wrote \(files.count) files to \(out)")
            if let keepDB { print("kept the database at \(keepDB)") }
        }
    }
}
