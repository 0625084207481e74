import Foundation
import GoalKit
import GoalKitAnalysis
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// Figures come from the data there is, not the clock: each account's data horizon is the
/// last day its statements cover, and what happens after it is not known.
@Suite struct DataHorizonTests {
    typealias H = HouseholdFixture
    static let year2026 = H.Month(2026, 1).through(H.Month(2026, 10))

    struct Context {
        let dir = TemporaryDirectory()
        let session: GoalKitSession

        init() throws {
            session = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        }

        @discardableResult
        func importFile(_ name: String, _ content: String, account: String? = nil) throws -> FileImportResult {
            try session.importFile(path: dir.write(name, content), options: ImportOptions(account: account))
        }
    }

    struct HorizonCase: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var content: String
        var horizon: String
        var testDescription: String { name }
    }

    static let horizonCases: [HorizonCase] = [
        HorizonCase(
            name: "OFX DTEND after the last line", file: "s.ofx",
            content: H.ofx(months: [H.Month(2026, 10)], end: .day("20261031")), horizon: "2026-10-31"),
        HorizonCase(
            name: "OFX DTEND as a time of day", file: "s.ofx",
            content: H.ofx(months: [H.Month(2026, 10)], end: .day("20261031235959[-5:EST]")), horizon: "2026-10-31"),
        HorizonCase(
            name: "OFX DTEND before the last line", file: "s.ofx",
            content: H.ofx(months: [H.Month(2026, 10)], end: .day("20261020")), horizon: "2026-10-25"),
        HorizonCase(
            name: "OFX without DTEND", file: "s.ofx", content: H.ofx(months: [H.Month(2026, 10)], end: .none),
            horizon: "2026-10-25"),
        HorizonCase(
            name: "CSV: its last line", file: "s.csv", content: H.csv(months: [H.Month(2026, 10)]),
            horizon: "2026-10-25"),
    ]

    @Test(arguments: horizonCases)
    func anAccountsHorizonIsTheLaterOfItsLastLineAndItsStatementEnd(_ c: HorizonCase) throws {
        let context = try Context()
        defer { context.dir.remove() }
        try context.importFile(c.file, c.content, account: "000111227788")
        let horizon = try context.session.dataHorizon()
        #expect(horizon.accounts.map(\.account) == ["000111227788"])
        #expect(horizon.horizon(of: "000111227788")?.isoString == c.horizon)
    }

    @Test func undoingAnImportTakesItsStatementEndAway() throws {
        let context = try Context()
        defer { context.dir.remove() }
        try context.importFile("oct.ofx", H.ofx(months: [H.Month(2026, 10)]))
        // November's statement: its lines stop on the 25th, it covers the whole month.
        let november = try context.importFile("nov.ofx", H.ofx(months: [H.Month(2026, 11)]))
        #expect(try context.session.dataHorizon().horizon(of: "000111227788")?.isoString == "2026-11-30")
        _ = try context.session.undoImport(id: try #require(november.batch?.id))
        #expect(try context.session.dataHorizon().horizon(of: "000111227788")?.isoString == "2026-10-31")
    }

    /// Statements up to 2026-10-31, looked at on later days.
    @Test(arguments: ["2026-11-15", "2026-12-01", "2027-01-15"])
    func chargesAreNotEndedBecauseTheStatementsStop(_ day: String) throws {
        let context = try Context()
        defer { context.dir.remove() }
        try context.importFile("2026.ofx", H.ofx(months: Self.year2026))
        let charges = try context.session.recurringCharges(asOf: LocalDate(iso: day)!)
        let payees = Set(charges.map(\.payee))
        #expect(payees.isSuperset(of: ["Landlord Properties", "City Power", "Streamly"]))
        #expect(charges.filter { $0.status == .ended }.map(\.payee) == [])
    }

    @Test func aChargeThatStoppedWithinTheStatementsHasEnded() throws {
        let context = try Context()
        defer { context.dir.remove() }
        // Streamly is cancelled after June; the statements go on to October.
        try context.importFile(
            "2026.ofx", H.ofx(months: Self.year2026) { H.checking($0, streamly: $0.month <= 6) })
        let charges = try context.session.recurringCharges(asOf: LocalDate(iso: "2026-12-01")!)
        #expect(charges.filter { $0.status == .ended }.map(\.payee) == ["Streamly"])
    }

    @Test func recommendDoesNotRedirectChargesTheStatementsStopBefore() throws {
        let context = try Context()
        defer { context.dir.remove() }
        try context.importFile("2026.ofx", H.ofx(months: Self.year2026))
        _ = try context.session.addGoal(
            NewGoal(
                name: "Car", target: "12000", category: .vehicle, priority: .high,
                targetDate: LocalDate(iso: "2027-12-31"), startDate: LocalDate(iso: "2026-01-01")),
            today: LocalDate(iso: "2026-01-01")!)
        let stored = try context.session.recommend(asOf: LocalDate(iso: "2026-12-01")!)
        #expect(!stored.isEmpty)
        #expect(stored.filter { $0.type == "redirect_ended" }.map(\.recommendation.title) == [])
    }

    @Test func aFollowUpWaitsForStatementsCoveringTheSixtyDaysAfter() throws {
        let context = try Context()
        defer { context.dir.remove() }
        let s = context.session
        _ = try s.addRule(
            match: "STREAMLY", category: "Streaming & Subscriptions", minimum: nil, maximum: nil, account: nil)
        try context.importFile("h1.ofx", H.ofx(months: H.Month(2026, 1).through(H.Month(2026, 7))))
        _ = try s.addGoal(
            NewGoal(
                name: "Car", target: "12000", category: .vehicle, priority: .high,
                targetDate: LocalDate(iso: "2027-12-31"), startDate: LocalDate(iso: "2026-01-01")),
            today: LocalDate(iso: "2026-01-01")!)
        let august = LocalDate(iso: "2026-08-01")!
        let cancel = try #require(try s.recommend(asOf: august).first { $0.type == "cancel_recurring" })
        _ = try s.setRecommendation(id: cancel.recommendation.id!, implemented: true, on: august)
        func followedUp() throws -> Bool {
            try s.storedRecommendations().first { $0.recommendation.id == cancel.recommendation.id }?.followedUpOn
                != nil
        }
        // 75 days on, but the statements reach only 30 days past the day it was implemented.
        try context.importFile("aug.ofx", H.ofx(months: [H.Month(2026, 8)]) { H.checking($0, streamly: false) })
        _ = try s.recommend(asOf: LocalDate(iso: "2026-10-15")!)
        #expect(try followedUp() == false)
        // September's statement covers the 60 days: now it is followed up.
        try context.importFile("sep.ofx", H.ofx(months: [H.Month(2026, 9)]) { H.checking($0, streamly: false) })
        _ = try s.recommend(asOf: LocalDate(iso: "2026-10-15")!)
        #expect(try followedUp() == true)
    }
}
