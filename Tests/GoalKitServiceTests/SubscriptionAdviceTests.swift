import Foundation
import GoalKit
import GoalKitAnalysis
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// Issue 18, points 5 and 7, through the session: services of one kind are one recommendation
/// whose follow-up measures every one of them; money in another currency is advised with a
/// stored rate, else named in a note.
@Suite struct SubscriptionAdviceTests {
    static func csv(months: ClosedRange<Int>, planetFitness: Bool = true) -> String {
        var lines = ["Date,Description,Amount,Category"]
        for month in months {
            let m = String(format: "2024-%02d", month)
            lines.append("\(m)-01,ACME PAYROLL,3000.00,Salary")
            lines.append("\(m)-02,LANDLORD,-1200.00,Rent & Mortgage")
            if planetFitness { lines.append("\(m)-11,PLANET FITNESS,-24.99,Fitness") }
            lines.append("\(m)-12,GOLDS GYM,-39.99,Fitness")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func session(_ dir: TemporaryDirectory) throws -> GoalKitSession {
        try RecommendUseCaseTests.carSession(dir, csv: Self.csv(months: 1...6))
    }

    /// The follow-up of "keep one of your 2 gyms" measures the gyms' payees, not a payee named
    /// like the kind: Planet Fitness cancelled saves 24.99 a month.
    @Test func aKindIsFollowedUpOnEveryOneOfItsServices() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try session(dir)
        let first = try s.recommend(asOf: LocalDate(iso: "2024-07-01")!)
        let gyms = try #require(first.first { $0.key == "cancel_recurring:gym and sports club" })
        #expect(gyms.recommendation.potentialImpact.decimalString == "24.99")
        #expect(
            !first.contains { $0.key == "cancel_recurring:planet fitness" || $0.key == "cancel_recurring:golds gym" })
        _ = try s.setRecommendation(id: gyms.recommendation.id!, implemented: true, on: LocalDate(iso: "2024-07-01")!)
        _ = try s.importFile(
            path: dir.write("b.csv", Self.csv(months: 7...9, planetFitness: false)),
            options: ImportOptions(account: "Checking"))
        _ = try s.recommend(asOf: LocalDate(iso: "2024-08-31")!)
        let followed = try #require(try s.storedRecommendations().first { $0.key == gyms.key })
        #expect(followed.measuredImpact?.decimalString == "24.99")
    }

    /// A EUR subscription and a USD goal: a note without a rate; with one, a cancel in USD.
    @Test func aChargeInAnotherCurrencyNeedsAStoredRate() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try session(dir)
        let eur = (1...6).map { String(format: "2024-%02d-07,STREAMFLIX,-12.99,Streaming & Subscriptions", $0) }
        _ = try s.importFile(
            path: dir.write("eur.csv", (["Date,Description,Amount,Category"] + eur).joined(separator: "\n") + "\n"),
            options: ImportOptions(account: "Girokonto", currency: .eur))
        let day = LocalDate(iso: "2024-07-01")!
        let without = try s.recommendationRun(asOf: day)
        #expect(!without.recommendations.contains { $0.key == "cancel_recurring:streamflix" })
        #expect(
            without.notes == [
                "Recurring charges in EUR (Streamflix) are left out of the advice for USD goals: no exchange rate "
                    + "between EUR and USD is stored."
            ])
        _ = try s.addRate(from: "EUR", to: "USD", rate: "1.0842", date: LocalDate(iso: "2024-06-28")!)
        let with = try s.recommendationRun(asOf: day)
        let cancel = try #require(with.recommendations.first { $0.key == "cancel_recurring:streamflix" })
        #expect(cancel.recommendation.potentialImpact == Money(minorUnits: 1_408, currency: .usd))
        #expect(with.notes.isEmpty)
    }
}
