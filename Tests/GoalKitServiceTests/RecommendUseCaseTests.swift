import Foundation
import GoalKit
import GoalKitAnalysis
import GoalKitReport
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

@Suite struct RecommendUseCaseTests {
    /// Months of a salary, rent, a streaming subscription and restaurants, as a CSV.
    static func csv(months: ClosedRange<Int> = 1...6, streaming: Bool = true) -> String {
        var lines = ["Date,Description,Amount,Category"]
        for month in months {
            let m = String(format: "2024-%02d", month)
            lines.append("\(m)-01,ACME PAYROLL,3000.00,Salary")
            lines.append("\(m)-02,LANDLORD,-1200.00,Rent & Mortgage")
            if streaming { lines.append("\(m)-05,STREAMLY,-19.99,Streaming & Subscriptions") }
            // Irregular dinners: no cadence. Cheap in the first three months, dear after.
            for day in ["04", "09", "23"] {
                lines.append("\(m)-\(day),CORNER DINER,-\(month <= 3 ? 15 : 70).00,Restaurants")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Films rented now and then, cheap at first and dear lately: a Streaming cut that, with
    /// Streamly's cancel dismissed or done, would count Streamly's lines again.
    static func importFilms(_ s: GoalKitSession, _ dir: TemporaryDirectory) throws {
        let films = (1...6).flatMap { m in
            (m <= 3 ? [10 + m] : [6, 14 + m, 27]).map { day in
                String(
                    format: "2024-%02d-%02d,MOVIEBOX RENTAL,-%d.00,Streaming & Subscriptions", m, day,
                    m <= 3 ? 4 : 9 + m)
            }
        }
        _ = try s.importFile(
            path: dir.write("films.csv", (["Date,Description,Amount,Category"] + films).joined(separator: "\n") + "\n"),
            options: ImportOptions(account: "Checking"))
    }

    func session(_ dir: TemporaryDirectory) throws -> GoalKitSession { try Self.carSession(dir, csv: Self.csv()) }

    /// A person whose checking statement is `csv`, saving for a 12,000.00 car by 2025-06-30.
    static func carSession(_ dir: TemporaryDirectory, csv: String) throws -> GoalKitSession {
        let s = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        _ = try s.importFile(path: dir.write("a.csv", csv), options: ImportOptions(account: "Checking"))
        _ = try s.addGoal(
            NewGoal(
                name: "Car", target: "12000", category: .vehicle, priority: .high,
                targetDate: LocalDate(iso: "2025-06-30"), startDate: LocalDate(iso: "2024-01-01")),
            today: LocalDate(iso: "2024-01-01")!)
        return s
    }

    @Test func reRunsDoNotDuplicateOpenRecommendations() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try session(dir)
        let first = try s.recommend(asOf: LocalDate(iso: "2024-07-01")!)
        #expect(!first.isEmpty)
        #expect(first.contains { $0.type == "cancel_recurring" })
        #expect(first.contains { $0.type == "cut_category" })
        let second = try s.recommend(asOf: LocalDate(iso: "2024-07-01")!)
        #expect(second.map(\.recommendation.id) == first.map(\.recommendation.id))
        #expect(try s.storedRecommendations().count == first.count)
    }

    @Test func aDismissedRecommendationStaysAwayForNinetyDays() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try session(dir)
        let first = try s.recommend(asOf: LocalDate(iso: "2024-07-01")!)
        let cancel = try #require(first.first { $0.type == "cancel_recurring" })
        _ = try s.setRecommendation(
            id: cancel.recommendation.id!, implemented: false, on: LocalDate(iso: "2024-07-01")!)
        let later = try s.recommend(asOf: LocalDate(iso: "2024-09-28")!)  // day 89
        #expect(!later.contains { $0.key == cancel.key })
        // More months of the same charges, then past 90 days: proposed again.
        _ = try s.importFile(
            path: dir.write("b.csv", Self.csv(months: 7...10)), options: ImportOptions(account: "Checking"))
        let back = try s.recommend(asOf: LocalDate(iso: "2024-10-31")!)
        #expect(back.contains { $0.key == cancel.key })
    }

    @Test func feedbackIsRecordedAndTheLatestRatingKept() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try session(dir)
        let first = try s.recommend(asOf: LocalDate(iso: "2024-07-01")!)
        let id = first[0].recommendation.id!
        _ = try s.giveFeedback(recommendationID: id, helpful: true, rating: 4, comment: "good")
        _ = try s.giveFeedback(recommendationID: id, helpful: false, rating: 2, comment: "")
        #expect(try s.storedRecommendations().first { $0.recommendation.id == id }?.recommendation.userFeedback == 2)
        #expect(throws: ServiceError.self) {
            try s.giveFeedback(recommendationID: id, helpful: true, rating: 6, comment: "")
        }
        #expect(throws: ServiceError.self) {
            try s.giveFeedback(recommendationID: 999, helpful: true, rating: 3, comment: "")
        }
    }

    @Test func anImplementedRecommendationIsFollowedUpAfterSixtyDays() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try session(dir)
        let first = try s.recommend(asOf: LocalDate(iso: "2024-07-01")!)
        let cancel = try #require(first.first { $0.type == "cancel_recurring" })
        _ = try s.setRecommendation(id: cancel.recommendation.id!, implemented: true, on: LocalDate(iso: "2024-07-01")!)
        // July to September without the subscription: the statements reach past day 60 (a
        // follow-up waits for data covering the 60 days, not for the clock).
        _ = try s.importFile(
            path: dir.write("c.csv", Self.csv(months: 7...9, streaming: false)),
            options: ImportOptions(account: "Checking"))
        _ = try s.recommend(asOf: LocalDate(iso: "2024-08-29")!)  // day 59: not yet
        #expect(try s.storedRecommendations().first { $0.key == cancel.key }?.measuredImpact == nil)
        let later = try s.recommend(asOf: LocalDate(iso: "2024-08-31")!)
        let followed = try #require(
            try s.storedRecommendations().first { $0.key == cancel.key && $0.status == "implemented" })
        #expect(followed.measuredImpact?.decimalString == "19.99")
        #expect(followed.followedUpOn?.isoString == "2024-08-31")
        #expect(!later.contains { $0.key == cancel.key })
    }

    /// Dismissing "Cancel Streamly" blocks its money under every type for the dismissal
    /// period, and marking it done blocks it until its follow-up: the next day no
    /// recommendation rests on a Streamly line.
    @Test(arguments: [false, true]) func aDismissedOrDoneCancelBlocksThatMoneyUnderEveryType(implemented: Bool) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try session(dir)
        try Self.importFilms(s, dir)
        let first = try s.recommend(asOf: LocalDate(iso: "2024-07-01")!)
        let cancel = try #require(first.first { $0.type == "cancel_recurring" && $0.key.hasSuffix("streamly") })
        _ = try s.setRecommendation(
            id: cancel.recommendation.id!, implemented: implemented, on: LocalDate(iso: "2024-07-01")!)
        let streamly = Set(cancel.evidence)
        let next = try s.recommend(asOf: LocalDate(iso: "2024-07-02")!)
        #expect(
            next.contains { $0.type == "cut_category" && $0.recommendation.category == "Streaming & Subscriptions" })
        #expect(next.allSatisfy { Set($0.evidence).isDisjoint(with: streamly) }, "\(next.map(\.recommendation.title))")
    }

    /// Rating one recommendation three times counts once, with its latest rating; a dismissal
    /// counts as not helpful without inventing a rating.
    @Test func theLatestFeedbackPerRecommendationIsWhatIsLearnt() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try session(dir)
        let first = try s.recommend(asOf: LocalDate(iso: "2024-07-01")!)
        let cut = try #require(first.first { $0.type == "cut_category" })
        for rating in [5, 4, 1] {
            _ = try s.giveFeedback(
                recommendationID: cut.recommendation.id!, helpful: rating > 3, rating: rating, comment: "")
        }
        let cancel = try #require(first.first { $0.type == "cancel_recurring" })
        _ = try s.setRecommendation(
            id: cancel.recommendation.id!, implemented: false, on: LocalDate(iso: "2024-07-01")!)
        let learning = try s.recommendationLearning()
        #expect(learning.byType[.cutCategory]?.ratings == [1])
        #expect(learning.byType[.cutCategory]?.unhelpful == 1)
        #expect(learning.byType[.cutCategory]?.helpful == 0)
        #expect(learning.byType[.cancelRecurring]?.ratings == [])
        #expect(learning.byType[.cancelRecurring]?.dismissed == 1)
        let report = try s.feedbackReport(since: nil, asOf: LocalDate(iso: "2024-07-01")!)
        #expect(
            report.summary.contains { $0.key == "average_rating" && "\($0.value)".contains("1.00") },
            "\(report.summary)")
    }

    /// Across goals and types, each outflow line backs one open recommendation at most, and no
    /// impact is more than its goal still misses: three goals served in priority order.
    @Test(arguments: [1...6, 1...4, 3...6] as [ClosedRange<Int>])
    func noOutflowBacksTwoOpenRecommendationsAcrossGoals(months: ClosedRange<Int>) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try Self.carSession(dir, csv: Self.csv(months: months))
        let start = LocalDate(iso: "2024-01-01")!
        for (name, target, priority, date) in [
            ("Trip", "3000", GoalPriority.medium, "2024-12-31"),
            ("Laptop", "1800", .low, "2025-03-31"),
        ] {
            _ = try s.addGoal(
                NewGoal(
                    name: name, target: target, category: .other, priority: priority,
                    targetDate: LocalDate(iso: date), startDate: start),
                today: start)
        }
        let open = try s.recommend(asOf: LocalDate(iso: "2024-07-01")!)
        let outflows = Set(try s.expenses().filter { $0.expense.amount.isNegative }.compactMap(\.expense.id))
        let cited = open.flatMap { $0.evidence.filter(outflows.contains) }
        #expect(!open.isEmpty)
        #expect(Set(cited).count == cited.count, "\(open.map(\.recommendation.title))")
        let remaining = Dictionary(
            uniqueKeysWithValues: try s.goalProjections(asOf: LocalDate(iso: "2024-07-01")!).map {
                ($0.goal.id!, $0.remaining.minorUnits)
            })
        #expect(
            open.allSatisfy { $0.recommendation.potentialImpact.minorUnits <= remaining[$0.recommendation.goalID]! })
    }

    /// A goal that starts after the day is named with its start, not silently left out.
    @Test func aGoalStartingLaterIsNamed() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try session(dir)
        _ = try s.addGoal(
            NewGoal(
                name: "Later", target: "500", category: .other, priority: .low,
                targetDate: LocalDate(iso: "2025-06-30"), startDate: LocalDate(iso: "2024-09-01")),
            today: LocalDate(iso: "2024-01-01")!)
        let run = try s.recommendationRun(asOf: LocalDate(iso: "2024-07-01")!)
        let later = try #require(run.goals.first { $0.projection.goal.name == "Later" })
        #expect(later.recommendations.isEmpty)
        #expect(later.notes == ["It starts on 2024-09-01, after 2024-07-01: it has no advice as of that day."])
    }
}
