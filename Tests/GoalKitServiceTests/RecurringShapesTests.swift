import Foundation
import GoalKit
import GoalKitAnalysis
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

/// Recurring charges of every real shape in three years of one account, found with the default
/// window: a variable utility bill, annual renewals, a payee with a reference in it, two plans
/// at one payee — and no false alarm from shopping.
@Suite struct RecurringShapesTests {
    static let asOf = LocalDate(iso: "2026-12-31")!

    /// Three years, 2024 to 2026, as a CSV.
    static var csv: String {
        var lines = ["Date,Description,Amount,Category"]
        func add(_ day: LocalDate, _ payee: String, _ amount: String, _ category: String) {
            lines.append("\(day.isoString),\(payee),-\(amount),\(category)")
        }
        let bills = [
            "140.51", "131.20", "118.40", "99.80", "88.10", "84.75", "92.30", "104.60", "110.20", "121.90", "128.75",
            "137.40",
        ]
        for year in 2024...2026 {
            for month in 1...12 {
                let day = { (d: Int) in LocalDate(year: year, month: month, day: d)! }
                add(day(18), "CON EDISON", bills[month - 1], "Utilities")
                let reference = String(format: "%02X%04d", month * 7, year)
                add(day(9), "DROPBOX*\(reference)", "11.99", "Streaming & Subscriptions")
                add(day(3), "APPLE.COM/BILL", "2.99", "Streaming & Subscriptions")
                add(day(22), "APPLE.COM/BILL", "9.99", "Streaming & Subscriptions")
            }
            add(
                LocalDate(year: year, month: 2, day: 13 + year - 2024)!, "AMAZON PRIME*2B4X\(year)",
                year < 2026 ? "139.00" : "149.00", "Streaming & Subscriptions")
            add(
                LocalDate(year: year, month: 6, day: 1 + year - 2024)!, "NAMECHEAP RENEWAL \(year)", "12.98",
                "Electronics & Software")
        }
        // Shopping that must stay shopping.
        let groceries = ["84.12", "41.90", "132.55", "67.30", "158.02", "55.75", "98.40"]
        let fuel = ["38.20", "61.50", "44.10", "58.90", "35.40", "64.80"]
        var day = LocalDate(iso: "2025-01-04")!
        var index = 0
        while day <= Self.asOf {
            add(day, "SAFEWAY 1234", groceries[index % groceries.count], "Groceries")
            if index % 2 == 0 { add(day.adding(days: 1), "SHELL OIL 5521", fuel[(index / 2) % fuel.count], "Fuel") }
            index += 1
            day = day.adding(days: 7)
        }
        for offset in 0..<7 {
            add(
                LocalDate(iso: "2026-08-10")!.adding(days: offset), "BEACH GRILL", "\(40 + offset * 3).50",
                "Restaurants")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func everyShapeIsFoundAndShoppingIsNot() throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        _ = try s.importFile(path: dir.write("three-years.csv", Self.csv), options: ImportOptions(account: "Checking"))
        let charges = try s.recurringCharges(asOf: Self.asOf)
        func found(_ key: String) -> [RecurringCharge] {
            charges.filter { RecurringPayeeKey.key($0.payee) == key }
        }
        // A variable bill: one monthly charge, costing its average.
        let bill = try #require(found("con edison").first)
        #expect(bill.cadence == .monthly && bill.isVariable && bill.priceChanges.isEmpty)
        #expect(bill.count == 24)
        // Annual renewals, a price rise included, with the default 24-month window (the importer
        // names `AMAZON PRIME*2B4X…` Amazon Prime: the words after the star stay, the reference goes).
        #expect(found("amazon prime").map(\.cadence) == [.annual])
        #expect(found("amazon prime").first?.lastAmount.decimalString == "149.00")
        #expect(found("namecheap renewal").map(\.cadence) == [.annual])
        // A reference in the payee does not split the charge.
        #expect(found("dropbox").map(\.count) == [24])
        // Two plans at one payee are two charges.
        #expect(Set(found("apple com bill").map(\.lastAmount.decimalString)) == ["2.99", "9.99"])
        // No false alarms.
        for payee in ["safeway", "shell oil", "beach grill"] { #expect(found(payee).isEmpty, "\(payee)") }
        #expect(charges.count == 6)
    }
}
