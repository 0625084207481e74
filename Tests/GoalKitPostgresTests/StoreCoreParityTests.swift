import Foundation
import GoalKit
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

@testable import GoalKitPostgres

/// The repositories the PostgreSQL store has so far, as both stores spell them: the same calls
/// on each must give the same records (until `PostgresStore` conforms to all of `DataStore`).
protocol CoreRepositories: UserRepository, SettingRepository, GoalRepository, ContributionRepository,
    BudgetRepository, RateRepository, ProfileRepository, MaintenanceRepository, TransferRepository
{}

extension GoalKitStore: CoreRepositories {}
extension PostgresStore: CoreRepositories {}

/// The same users, settings, goals, contributions, budgets, rates and profiles on both stores.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "no PostgreSQL server binary is installed"))
struct StoreCoreParityTests {
    enum Kind: String, CaseIterable, Sendable { case sqlite, postgres }

    /// A fresh store of a kind, and the id of its `Groceries` category.
    static func store(_ kind: Kind) throws -> (any CoreRepositories, Int64) {
        switch kind {
        case .sqlite:
            let store = try GoalKitStore()
            return (store, try store.category(named: "Groceries", userID: 0)!.id!)
        case .postgres:
            let store = try PostgresStore(url: try PostgresTestServer.freshDatabase())
            let id = try store.link.rows("SELECT id FROM categories WHERE name = 'Groceries' AND user_id IS NULL")[0]
                .int("id")
            return (store, id)
        }
    }

    /// Everything the calls gave, as text that leaves out the clock's stamps.
    static func run(_ store: any CoreRepositories, groceries: Int64) throws -> [String] {
        var out: [String] = []
        let ann = try store.addUser(User(username: "ann", password: "!"), homeCurrency: .eur)
        let bo = try store.ensureUser(named: "bo")
        out.append("users \(try store.users().map(\.username)) \(try store.user(named: "cy") == nil)")
        try store.setHomeCurrency(try Currency(code: "GBP"))
        try store.setUserSetting(userID: bo.id!, key: "k", value: "v1")
        try store.setUserSetting(userID: bo.id!, key: "k", value: "v2")
        out.append(
            "home \(try store.homeCurrency()) \(try store.homeCurrency(userID: ann.id!)) \(try store.homeCurrency(userID: bo.id!))"
        )
        out.append("setting \(try store.userSetting(userID: bo.id!, key: "k") ?? "-")")
        let day = LocalDate(iso: "2024-02-29")!
        let car = try store.addGoal(
            Goal(
                userID: ann.id!, name: "Car", targetAmount: Money(minorUnits: 900_000, currency: .eur), startDate: day,
                targetDate: LocalDate(iso: "2025-12-31"), category: .vehicle, priority: .high),
            opening: GoalContribution(
                goalID: 0, amount: Money(minorUnits: 10_000, currency: .eur), date: day, source: .direct))
        var trip = try store.addGoal(
            Goal(
                userID: ann.id!, name: "Trip", targetAmount: Money(minorUnits: 5_000, currency: .eur), startDate: day,
                category: .vacation))
        let added = try store.addContribution(
            GoalContribution(
                goalID: car.id!, amount: Money(minorUnits: 2_550, currency: .eur), date: day, source: .savings,
                notes: "n"),
            userID: ann.id!)
        var changed = added
        changed.amount = Money(minorUnits: 3_000, currency: .eur)
        _ = try store.updateContribution(changed, userID: ann.id!)
        trip.isActive = false
        _ = try store.updateGoal(trip)
        for goal in try store.goals(userID: ann.id!, includeArchived: true) {
            out.append(
                "goal \(goal.name) \(goal.currentAmount.minorUnits) \(goal.isActive) \(goal.targetDate?.isoString ?? "-")"
            )
        }
        out.append("active \(try store.goals(userID: ann.id!).map(\.name))")
        for c in try store.contributions(userID: ann.id!) {
            out.append("contribution \(c.amount.minorUnits) \(c.date.isoString) \(c.source) \(c.notes) \(c.isOpening)")
        }
        for (call, body) in [
            ("goal of another user", { () throws(StoreError) in _ = try store.goal(id: car.id!, userID: bo.id!) }),
            (
                "contribution of another user",
                { () throws(StoreError) in _ = try store.contribution(id: added.id!, userID: bo.id!) }
            ),
            ("delete another's goal", { () throws(StoreError) in try store.deleteGoal(id: car.id!, userID: bo.id!) }),
        ] as [(String, () throws(StoreError) -> Void)] {
            do {
                try body()
                out.append("\(call): allowed")
            } catch { out.append("\(call): \(error.kind)") }
        }
        try store.deleteContribution(id: added.id!, userID: ann.id!)
        out.append("after delete \(try store.goal(id: car.id!, userID: ann.id!).currentAmount.minorUnits)")
        let budget = try store.addBudget(
            Budget(
                userID: ann.id!, name: "2024-02", startDate: LocalDate(iso: "2024-02-01")!, endDate: day,
                currency: .eur,
                limits: [
                    BudgetLimit(
                        categoryID: groceries, categoryName: "", amount: Money(minorUnits: 40_000, currency: .eur))
                ]))
        out.append("budget \(budget.name) \(budget.limits.map { "\($0.categoryName) \($0.amount.minorUnits)" })")
        out.append("budgets \(try store.budgets(userID: ann.id!).count) \(try store.budgets(userID: bo.id!).count)")
        _ = try store.addRates([
            try ExchangeRate(from: .usd, to: .eur, date: LocalDate(iso: "2024-01-01")!, rate: "0.91"),
            try ExchangeRate(from: .usd, to: .eur, date: LocalDate(iso: "2024-02-01")!, rate: "0.92"),
            try ExchangeRate(from: .usd, to: .eur, date: LocalDate(iso: "2024-02-01")!, rate: "0.925"),
        ])
        out.append("rates \(try store.rates().map(\.text))")
        out.append(
            "rate \(try store.rate(from: .usd, to: .eur, onOrBefore: LocalDate(iso: "2024-01-31")!)?.text ?? "-")")
        out.append("no rate \(try store.rate(from: .eur, to: .usd, onOrBefore: day) == nil)")
        try store.saveProfile(userID: ann.id!, name: "bank", json: #"{"delimiter":";"}"#)
        out.append(
            "profiles \(try store.profiles(userID: ann.id!).map(\.name)) \(try store.profile(userID: bo.id!, name: "bank") == nil)"
        )
        out.append("money \(try store.storedMoney().map { "\($0.table) \($0.currency) \($0.count)" })")
        out.append(
            "linked \(try store.hasLinkedGoals(userID: ann.id!)) \(try store.recordTransferContributions(userID: ann.id!))"
        )
        try store.quickCheck()
        return out
    }

    @Test func theSameCallsGiveTheSameRecordsOnBothStores() throws {
        let results = try Kind.allCases.map { kind in
            let (store, groceries) = try Self.store(kind)
            return try Self.run(store, groceries: groceries)
        }
        #expect(results[0].count == 20, "\(results[0])")
        #expect(results[0] == results[1])
        #expect(results[0].contains("goal Car 13000 true 2025-12-31"))
    }

    @Test(arguments: Kind.allCases)
    func aSavedProfileReadsBackAsTheSameJSON(_ kind: Kind) throws {
        let (store, _) = try Self.store(kind)
        let user = try store.ensureUser(named: "ann")
        try store.saveProfile(userID: user.id!, name: "bank", json: #"{"delimiter":";","skip":2}"#)
        let json = try #require(try store.profile(userID: user.id!, name: "bank"))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["delimiter"] as? String == ";")
        #expect(object?["skip"] as? Int == 2)
    }
}
