import Foundation
import GoalKit
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// The home currency may change while no money is stored in it.
@Suite struct HomeCurrencyTests {
    struct Case: Sendable, CustomStringConvertible {
        let description: String
        /// What is stored first, with the home currency USD.
        let store: @Sendable (GoalKitSession, TemporaryDirectory) throws -> Void
        /// nil when `init --currency EUR` succeeds, else what its refusal says.
        let refusal: String?
    }

    static let csv = "Date,Description,Amount\n2024-01-02,SHOP,-5.00\n2024-01-03,CAFE,-3.50\n"
    static let today = LocalDate(iso: "2026-01-01")!

    static let cases: [Case] = [
        Case(
            description: "expenses imported in EUR only",
            store: { s, dir in
                _ = try s.importFile(path: dir.write("a.csv", csv), options: ImportOptions(currency: .eur))
            },
            refusal: nil),
        Case(
            description: "expenses in USD",
            store: { s, dir in _ = try s.importFile(path: dir.write("a.csv", csv)) },
            refusal: "amounts are stored in it (budgets: 1 in USD, expenses: 2 in USD)"),
        Case(
            description: "a goal in USD beside expenses in EUR",
            store: { s, dir in
                _ = try s.importFile(path: dir.write("a.csv", csv), options: ImportOptions(currency: .eur))
                _ = try s.addGoal(NewGoal(name: "Trip", target: "100", category: .vacation), today: today)
            },
            refusal: "amounts are stored in it (budgets: 1 in EUR, expenses: 2 in EUR, goals: 1 in USD)"),
        Case(
            description: "a budget in USD",
            store: { s, _ in
                _ = try s.addBudget(
                    name: "Jan", start: LocalDate(iso: "2026-01-01")!, end: LocalDate(iso: "2026-01-31")!,
                    limits: [("Groceries", "100")])
            },
            refusal: "(budgets: 1 in USD)"),
        Case(
            description: "a rule with amount bounds",
            store: { s, _ in
                _ = try s.addRule(match: "SHOP", category: "Groceries", minimum: "5", maximum: nil, account: nil)
            },
            refusal: "(categorization_rules: 1 in USD)"),
    ]

    @Test(arguments: cases)
    func changingTheHomeCurrency(_ c: Case) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let store = try GoalKitStore(path: dir.file("db.sqlite"))
        try c.store(try GoalKitSession(store: store, username: "default"), dir)
        if let refusal = c.refusal {
            let error = #expect(throws: ServiceError.self) {
                try GoalKitSession.initialize(store: store, currency: "EUR")
            }
            #expect(error?.message.contains(refusal) == true, "\(error?.message ?? "")")
            #expect(error?.exitCode == 65)
            #expect(try store.homeCurrency() == .usd)
        } else {
            #expect(try GoalKitSession.initialize(store: store, currency: "EUR") == .eur)
            #expect(try store.homeCurrency() == .eur)
        }
    }
}
