import ArgumentParser
import Foundation
import GoalKit
import GoalKitAnalysis
import GoalKitReport
import GoalKitService
import GoalKitStorage

/// `goalkit recommend [--goal ID] [--as-of DATE] [--format table|json]`
struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Find the money that closes your goals' gaps in your own spending.",
        discussion:
            "Ranked by months saved per unit of difficulty; '*' marks the smallest set that closes the monthly gap.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this goal.") var goal: Int64?
    @Option(help: "The day to look from (default today).", transform: CommandLineBounds.day) var asOf: LocalDate?
    @Option(help: "table or json.") var format: RecommendFormat = .table

    enum RecommendFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    func run() throws {
        try reportingErrors {
            let session = try global.session(.update)
            let day = asOf ?? today()
            let run = try session.recommendationRun(goalID: goal, asOf: day)
            let stored = run.recommendations
            // Accounts whose statements stop early: said first (on stderr beside JSON, whose shape stays).
            let notes = try session.dataNotes(asOf: day)
            if format == .json {
                let goalNotes = run.goals.flatMap { advice in
                    advice.notes.map {
                        "goal \(advice.projection.goal.id ?? 0) (\(advice.projection.goal.name)): \($0)"
                    }
                }
                for note in notes + goalNotes {
                    FileHandle.standardError.write(Data("goalkit: note: \(TextEscaping.visible(note))\n".utf8))
                }
                print(
                    JSONValue.array(
                        stored.map {
                            RecommendationViews.json(
                                id: $0.recommendation.id, recommendation: $0.recommendation, type: $0.type,
                                evidence: $0.evidence, closesGap: $0.closesGap)
                        }
                    ).serialized(pretty: true))
                return
            }
            for note in notes { print("Note: \(TextEscaping.visible(note))") }
            if stored.isEmpty {
                print("No recommendations: the data does not support any yet (or every goal is on its way).")
            }
            for advice in run.goals where !advice.recommendations.isEmpty || !advice.notes.isEmpty {
                printGoal(advice)
            }
        }
    }

    /// One goal's header, notes and recommendations.
    func printGoal(_ advice: RecommendationRun.GoalAdvice) {
        let goal = advice.projection
        print(
            "\nGoal \(goal.goal.id ?? 0): \(TextEscaping.visible(goal.goal.name)) — \(goal.status.label), needs \(goal.requiredMonthly?.description ?? "no set amount") a month, saving \(goal.monthlyPace) a month"
        )
        for note in advice.notes { print("  Note: \(TextEscaping.visible(note))") }
        for item in advice.recommendations {
            let r = item.recommendation
            print("\(item.closesGap ? "*" : " ") \(item.rank ?? 0). [\(r.id ?? 0)] \(TextEscaping.visible(r.title))")
            print("     \(r.potentialImpact) a month, \(r.difficultyLevel.rawValue), \(item.type)")
            print("     \(TextEscaping.visible(r.description))")
            for step in r.implementationSteps {
                print("     - \(TextEscaping.visible(step.text))")
                if let action = step.action {
                    let line = ActionCommandLine.command(
                        action, recommendationID: r.id ?? 0, goalAccount: goal.goal.account)
                    print("       $ \(TextEscaping.visible(line))")
                }
            }
        }
    }
}

/// `goalkit recommendation implement|dismiss|list`
struct RecommendationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommendation", abstract: "Act on a recommendation.",
        subcommands: [Implement.self, Dismiss.self, List.self])

    struct Implement: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Mark it implemented; it is followed up after 60 days.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The recommendation's id.") var id: Int64
        @Option(help: "The day (default today).", transform: CommandLineBounds.day) var date: LocalDate?

        func run() throws {
            try reportingErrors {
                let r = try global.session(.update).setRecommendation(id: id, implemented: true, on: date ?? today())
                print("Implemented: \(r.recommendation.title)")
            }
        }
    }

    struct Dismiss: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Dismiss it; it is not proposed again for 90 days.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The recommendation's id.") var id: Int64
        @Option(help: "The day (default today).", transform: CommandLineBounds.day) var date: LocalDate?

        func run() throws {
            try reportingErrors {
                let r = try global.session(.update).setRecommendation(id: id, implemented: false, on: date ?? today())
                print("Dismissed: \(r.recommendation.title)")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List stored recommendations with their status.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: ListingFormatOption
        @Option(help: "Only this goal.") var goal: Int64?

        func run() throws {
            try reportingErrors {
                let stored = try global.session(.read).storedRecommendations(goalID: goal)
                emit(
                    Listing(
                        columns: [
                            "id", "goal_id", "type", "title", "potential_impact", "currency", "difficulty_level",
                            "status", "user_feedback", "measured_impact",
                        ],
                        rows: stored.map { s in
                            let r = s.recommendation
                            return [
                                .int(r.id ?? 0), .int(r.goalID), .text(s.type), .text(r.title),
                                .money(r.potentialImpact), .text(r.potentialImpact.currency.code),
                                .text(r.difficultyLevel.rawValue), .text(s.status), .int(r.userFeedback),
                                s.measuredImpact.map { .money($0) } ?? .empty,
                            ]
                        }), output.format)
            }
        }
    }
}

/// `goalkit feedback ID --helpful yes|no --rating 1-5 [--comment TEXT]`
struct FeedbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback", abstract: "Say how helpful a recommendation was.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The recommendation's id.") var id: Int64
    @Option(help: "yes or no.") var helpful: YesNo
    @Option(help: "1 to 5.") var rating: Int
    @Option(help: "A comment.") var comment: String = ""

    enum YesNo: String, ExpressibleByArgument, CaseIterable { case yes, no }

    func run() throws {
        try reportingErrors {
            let feedback = try global.session(.update).giveFeedback(
                recommendationID: id, helpful: helpful == .yes, rating: rating, comment: comment)
            print("Thanks: feedback \(feedback.id ?? 0) recorded")
        }
    }
}
