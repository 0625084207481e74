import ArgumentParser
import GoalKit
import GoalKitAnalysis
import GoalKitReport
import GoalKitService
import GoalKitStorage

/// `goalkit categorize [--retrain]`
struct CategorizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "categorize",
        abstract: "Categorise every expense you have not labelled: rules, merchant map, codes, then the learned model.",
        discussion: "The model retrains when your labels changed since it last learned; --retrain forces it.")
    @OptionGroup var global: GlobalOptions
    @Flag(help: "Retrain the model even when the labels did not change.") var retrain = false
    @Option(
        help: "The end of the 24-month learning window (default: the latest label).", transform: CommandLineBounds.day)
    var asOf: LocalDate?
    @Option(help: "Evaluate on a labelled CSV (Date, Description, Amount, Category) instead; no database.")
    var evaluate: String?
    @Option(
        help: "With --evaluate: the percent of the kept merchants' rows, earliest first, to train on.",
        transform: CommandLineBounds.percent
    ) var trainShare = 70
    @Option(
        help: "With --evaluate: the percent of merchants held out whole (never seen).",
        transform: CommandLineBounds.percent
    ) var holdOut = 30
    @Option(help: "With --evaluate: the seed that chooses the held-out merchants.") var seed: UInt64 = 1
    @Option(help: "With --evaluate: list this many held-out merchants it did not get right.") var misses = 0

    func run() throws {
        try reportingErrors {
            if let evaluate {
                let e = try GoalKitSession.evaluateCategorizer(
                    path: evaluate, trainShare: trainShare, holdOutShare: holdOut, seed: seed)
                print(
                    "\(e.merchants) merchant(s), \(e.heldOutMerchants) held out whole (seed \(seed)): removed from "
                        + "training, the merchant map and the lexicon. Trained on \(e.trained) line(s) of the others; "
                        + "\(e.lateNew) later line(s) of merchants first seen after training not tested.")
                for (name, c) in [
                    ("seen merchants, model alone", e.seenModel),
                    ("seen merchants, model + map + lexicon + codes", e.seenFull),
                    ("unseen merchants, model alone", e.unseenModel),
                    ("unseen merchants, model + map + lexicon + codes", e.unseenFull),
                    ("unseen merchants, no labels (map + lexicon + codes)", e.unseenNoLabels),
                    ("every line, no labels, the whole map (flatters it)", e.allNoLabelsWholeMap),
                ] {
                    print(
                        "\(name): \(c.tested) tested, \(percent(c.accuracy)) right, \(percent(c.errorRate)) wrong, "
                            + "\(c.abstained) abstained")
                }
                for miss in e.unseenMisses.prefix(max(misses, 0)) {
                    print(
                        "  missed \(miss.lines) line(s) of \(miss.example) (\(miss.truth)): "
                            + (miss.decided.map { "said \($0)" } ?? "abstained"))
                }
                return
            }
            let summary = try global.session(.update).categorize(retrain: retrain, asOf: asOf)
            if summary.trained { print("Trained on \(summary.examples) labelled expense(s).") }
            let total = summary.bySource.values.reduce(0, +)
            let parts = ["rule", "merchant", "code", "model"].compactMap { key in
                summary.bySource[key].map { "\($0) by \(key)" }
            }
            print(
                "Categorised \(total) expense(s)" + (parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")")
                    + "; \(summary.uncategorized) left uncategorised.")
            if summary.unpairedCardPayments > 0 {
                print(
                    "\(summary.unpairedCardPayments) \(CardPayment.unpairedLabel) line(s) need no category: "
                        + "import the card's statement and they become transfers.")
            }
            for line in CategoryChangesView.moved(summary.changes) { print(line) }
            print(
                summary.uncategorizedSpending == 0
                    ? "Every spending line has a category."
                    : "\(summary.uncategorizedSpending) spending line(s) have no category: "
                        + "goalkit expenses list --uncategorized")
        }
    }
}

/// `goalkit rules add|list|delete`
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Your categorising rules, tried in order before anything else.",
        subcommands: [Add.self, List.self, Delete.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a rule after the others; prints its id.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "A regular expression over payee and memo (case-insensitive).") var match: String
        @Option(help: "The category it assigns.") var category: String
        @Option(help: "The smallest amount (magnitude) it applies to.") var min: String?
        @Option(help: "The largest amount (magnitude) it applies to.") var max: String?
        @Option(help: "The only account it applies to.") var account: String?

        func run() throws {
            try reportingErrors {
                print(
                    try global.session(.write).addRule(
                        match: match, category: category, minimum: min, maximum: max, account: account))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List rules in the order they are tried.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ListingFormatOption

        func run() throws {
            try reportingErrors {
                let rules = try global.session(.read).rules()
                emit(
                    Listing(
                        columns: ["id", "position", "match", "category", "min", "max", "account"],
                        rows: rules.map {
                            [
                                .int($0.id), .int($0.position), .text($0.pattern), .text($0.categoryName),
                                $0.minimum.map { .money($0) } ?? .empty, $0.maximum.map { .money($0) } ?? .empty,
                                .text($0.account),
                            ]
                        }), output.format)
            }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a rule.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The rule's id.") var id: Int64

        func run() throws {
            try reportingErrors {
                try global.session(.update).deleteRule(id: id)
                print("Deleted rule \(id)")
            }
        }
    }
}

/// A share as a percentage with one decimal: `0.9634` → `96.3%`.
func percent(_ share: Double) -> String {
    let tenths = Int((share * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
}
