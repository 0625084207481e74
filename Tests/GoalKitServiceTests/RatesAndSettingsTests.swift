import Foundation
import GoalKit
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport
import Testing

@Suite struct RatesAndSettingsTests {
    @Test(arguments: [
        ("date,from,to,rate\n2026-10-31,EUR,USD,1.0842\n2026-09-30,GBP,USD,1.27\n", 2),
        ("2026-10-31,EUR,USD,1.0842\n", 1),
        // The ECB's daily file: one euro in each currency, a trailing comma, N/A skipped.
        ("Date, USD, JPY, BGN, \n31 October 2026, 1.0842, 162.50, N/A, \n", 2),
        // The ECB's history file.
        ("Date,USD,JPY\n2026-10-31,1.0842,162.5\n2026-10-30,1.0800,\n", 3),
    ])
    func readsBothShapesOfRateFile(_ text: String, count: Int) throws {
        let rates = try RateFile.rates(text, file: "rates.csv")
        #expect(rates.count == count)
        #expect(rates.contains { $0.from == .eur && $0.to == .usd && $0.text.hasPrefix("1.08") })
    }

    @Test(arguments: [
        ("date,from,to,rate\n2026-10-31,EUR,USD,1.0842\n2026-10-32,EUR,USD,1\n", "rates.csv: line 3: '2026-10-32'"),
        ("2026-10-31,EUR,USD\n", "rates.csv: line 1: expected date,from,to,rate"),
        ("2026-10-31,EUR,ZZZ,1\n", "rates.csv: line 1: currency 'ZZZ'"),
        ("Date,USD\n2026-10-31,x\n", "rates.csv: line 2, column USD: rate 'x'"),
        ("", "rates.csv: no rates"),
        ("date,from,to,rate\n", "rates.csv: no rates"),
        (
            "2026-07-31,EUR,USD,1.10\n2026-07-31,EUR,USD,1.20\n",
            "rates.csv: line 2: 1 EUR = 1.2 USD on 2026-07-31 contradicts line 1 (1.1)"
        ),
    ])
    func aBadRateFileNamesTheLineAndStoresNothing(_ text: String, message: String) throws {
        let dir = TemporaryDirectory()
        defer { dir.remove() }
        let s = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        do {
            _ = try s.importRates(path: dir.write("rates.csv", text))
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.message.contains(message.replacingOccurrences(of: "rates.csv", with: dir.file("rates.csv"))))
        }
        #expect(try s.rates().isEmpty)
    }

    @Test func theLatestRateOnOrBeforeADayIsUsedAndNoneIsMadeUp() throws {
        let s = try GoalKitSession(store: GoalKitStore(), username: "default")
        _ = try s.addRate(from: "EUR", to: "USD", rate: "1.05", date: LocalDate(iso: "2026-09-30")!)
        _ = try s.addRate(from: "EUR", to: "USD", rate: "1.0842", date: LocalDate(iso: "2026-10-31")!)
        let replaced = try s.replaceRate(from: "EUR", to: "USD", rate: "1.09", date: LocalDate(iso: "2026-10-31")!)
        #expect(replaced.replaced?.text == "1.0842")
        #expect(try s.rates().count == 2)
        #expect(try s.rate(from: .eur, to: .usd, onOrBefore: LocalDate(iso: "2026-10-15")!)?.text == "1.05")
        #expect(try s.rate(from: .eur, to: .usd, onOrBefore: LocalDate(iso: "2026-11-30")!)?.text == "1.09")
        #expect(try s.rate(from: .eur, to: .usd, onOrBefore: LocalDate(iso: "2026-09-29")!) == nil)
        #expect(try s.rate(from: .usd, to: .eur, onOrBefore: LocalDate(iso: "2026-11-30")!) == nil)
    }

    @Test func eachUserHasAHomeCurrencyTheDatabasesByDefault() throws {
        let store = try GoalKitStore()
        _ = try GoalKitSession.initialize(store: store, currency: "GBP")
        _ = try GoalKitSession.addUser(store: store, username: "alice", email: nil, homeCurrency: "EUR")
        _ = try GoalKitSession.addUser(store: store, username: "bob", email: nil)
        #expect(try GoalKitSession(store: store, username: "alice").homeCurrency == .eur)
        #expect(try GoalKitSession(store: store, username: "bob").homeCurrency.code == "GBP")
        #expect(try GoalKitSession(store: store, username: "default").homeCurrency.code == "GBP")
        #expect(throws: ServiceError.self) {
            try GoalKitSession.addUser(store: store, username: "carol", email: nil, homeCurrency: "ZZZ")
        }
        #expect(try GoalKitSession.users(store: store).map(\.username).contains("carol") == false)
    }
}
