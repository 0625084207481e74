import GoalKit
import GoalKitStorage
import GoalKitStore
import Testing

@Suite struct RecurringCandidateTests {
    @Test func busyPayeesAreDroppedAndTheRestComeWhole() throws {
        let f = try StoreFixture()
        var values: [String] = []
        func line(
            _ day: String, _ amount: Int, name: String, raw: String = "RAW", account: String = "a", transfer: Int = 0
        ) {
            values.append(
                "(\(f.userID), \(f.budgetID), '\(name)', \(amount), 'USD', '\(day)', '\(account)', '\(raw)', '1', 'k\(values.count)', \(transfer), \(f.categoryID))"
            )
        }
        for day in 1...20 { line("2024-01-\(day < 10 ? "0" : "")\(day)", -100, name: "Cafe") }  // 20 days: busy
        for day in [5, 5, 12] { line("2024-01-\(day < 10 ? "0" : "")\(day)", -300, name: "Gym") }  // 2 days
        line("2024-01-07", -300, name: "Gym", account: "b")  // another account: its own group
        line("2024-01-08", -50, name: "", raw: "NETFLIX.COM")  // no name: the payee as written
        line("2024-01-09", 900, name: "Gym")  // money in
        line("2024-01-10", -900, name: "Gym", transfer: 1)  // a transfer
        line("2023-12-31", -300, name: "Gym")  // before the period
        try f.execute(
            """
            INSERT INTO expenses(user_id, budget_id, name, amount, currency, date, account, payee_raw, amount_text,
                                 dedup_key, is_transfer, category_id)
            VALUES \(values.joined(separator: ", "))
            """)
        var seen: [String] = []
        try f.store.forEachRecurringCandidate(
            userID: f.userID, from: LocalDate(iso: "2024-01-01")!, through: LocalDate(iso: "2024-01-31")!,
            maximumDays: 10
        ) { _, date, minor, currency, payee, account, category in
            seen.append("\(payee)|\(account)|\(currency)|\(date)|\(minor)|\(category ?? "-")")
        }
        #expect(
            seen.sorted() == [
                "Gym|a|USD|2024-01-05|-300|Groceries", "Gym|a|USD|2024-01-05|-300|Groceries",
                "Gym|a|USD|2024-01-12|-300|Groceries", "Gym|b|USD|2024-01-07|-300|Groceries",
                "NETFLIX.COM|a|USD|2024-01-08|-50|Groceries",
            ])
    }
}
