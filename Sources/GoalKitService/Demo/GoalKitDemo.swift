import Foundation
public import GoalKit
import GoalKitImport
import GoalKitReport
import GoalKitStorage

/// `goalkit demo`: the whole flow on `Samples/` in a fresh database, every report written.
public enum GoalKitDemo {
    /// The samples' last day: "today" for the demo.
    public static let today = LocalDate(iso: "2026-10-31")!

    /// Builds a fresh database in a temporary place, imports the samples and the goals file,
    /// categorises, recommends (once in August, acting on two recommendations, and again at the
    /// end with the 60-day follow-up), records sample feedback, and writes every report in
    /// every format into `out`.
    /// - Parameter keep: where to keep the database afterwards (a new file: an existing one is
    ///   refused), to query it or run more commands on it; nil to throw it away.
    /// - Returns: what it did, line by line, and the files written.
    /// - Throws: `ServiceError`.
    public static func run(samples: String, out: String, keep: String? = nil) throws(ServiceError) -> (
        log: [String], files: [String]
    ) {
        if let keep, FileManager.default.fileExists(atPath: keep) {
            throw ServiceError(.usage, "\(keep): already exists; --keep-db writes a new database")
        }
        let folder = NSTemporaryDirectory() + "goalkit-demo-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = try GoalKitSession(
            databasePath: keep ?? folder + "/demo.sqlite", username: GoalKitSession.defaultUsername)
        var log: [String] = []
        func sample(_ name: String) throws(ServiceError) -> String {
            let path = (samples as NSString).appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: path) else {
                throw ServiceError(
                    .noInput, "\(path): error: sample missing (run from the package root, or give --samples DIR)")
            }
            return path
        }
        let files: [(String, String?)] = [
            ("checking.ofx", nil), ("card.qfx", nil), ("savings.xml", nil),
            ("joint-us.csv", "JOINT-00009921"), ("girokonto.csv", "DE89370400440532013000"),
        ]
        for (name, account) in files {
            let result = try session.importFile(path: try sample(name), options: ImportOptions(account: account))
            log.append("imported \(name): \(result.added) lines")
        }
        let goals = try session.importGoals(path: try sample("goals.json"), today: today)
        log.append("imported \(goals.count) goals")
        _ = try session.addBudget(
            name: "2026-10", start: LocalDate(iso: "2026-10-01")!, end: today,
            limits: [("Groceries", "500"), ("Restaurants", "200"), ("Coffee Shops", "40")])
        let rate = try session.addRate(from: "EUR", to: "USD", rate: "1.0842", date: LocalDate(iso: "2026-10-30")!)
        log.append("stored the rate \(rate)")
        let summary = try session.categorize(asOf: today)
        log.append("categorised \(summary.bySource.values.reduce(0, +)) lines, \(summary.uncategorized) left to review")

        let august = LocalDate(iso: "2026-08-01")!
        let early = try session.recommend(asOf: august)
        if let first = early.first(where: { $0.type == "cancel_recurring" }), let id = first.recommendation.id {
            _ = try session.setRecommendation(id: id, implemented: true, on: august)
            _ = try session.giveFeedback(
                recommendationID: id, helpful: true, rating: 5, comment: "Easy win, cancelled the same day")
        }
        if let second = early.first(where: { $0.type == "stop_fees" }), let id = second.recommendation.id {
            _ = try session.setRecommendation(id: id, implemented: false, on: august)
            _ = try session.giveFeedback(
                recommendationID: id, helpful: false, rating: 2, comment: "The bank waives them for us now")
        }
        let final = try session.recommend(asOf: today)
        if let top = final.first, let id = top.recommendation.id {
            _ = try session.giveFeedback(recommendationID: id, helpful: true, rating: 4, comment: "")
        }
        log.append("recommended \(final.count) steps across \(Set(final.map(\.recommendation.goalID)).count) goals")

        var written: [String] = []
        for report in [
            try session.monthlyReport(month: YearMonth(today)), try session.goalsReport(asOf: today),
            try session.feedbackReport(since: nil, asOf: today),
        ] {
            do {
                written += try ReportRenderer.write(report, format: .all, to: out)
            } catch {
                throw ServiceError(error)
            }
        }
        return (log, written)
    }
}
