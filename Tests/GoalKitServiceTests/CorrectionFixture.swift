import GoalKit
import GoalKitService
import GoalKitStorage
import GoalKitStore
import GoalKitTestSupport

/// A database with one month of a coffee drinker's lines, for the correction tests: six
/// Starbucks lines (the merchant map says Coffee Shops), two lines of a kiosk nothing knows,
/// money in nothing knows, a transfer to savings, a zero-amount notice, and a second account.
final class CorrectionFixture {
    typealias F = OFXFixture
    let dir = TemporaryDirectory()
    let session: GoalKitSession

    static let checking = [
        F.transaction("20240301", "-5.10", "STARBUCKS STORE 0212", fitID: "S1"),
        F.transaction("20240302", "-4.80", "STARBUCKS STORE #0445", fitID: "S2"),
        F.transaction("20240303", "-6.20", "STARBUCKS STORE 0212", fitID: "S3"),
        F.transaction("20240305", "-5.10", "STARBUCKS STORE 0988", fitID: "S4"),
        F.transaction("20240307", "-5.40", "STARBUCKS STORE 0212", fitID: "S5"),
        F.transaction("20240309", "-7.00", "STARBUCKS STORE #0445", fitID: "S6"),
        F.transaction("20240310", "-8.00", "ZORBLAT KIOSK 111", fitID: "K1"),
        F.transaction("20240312", "-9.00", "ZORBLAT KIOSK 222", fitID: "K2"),
        F.transaction("20240314", "20.00", "QUIBBLE DEPOSIT", fitID: "D1", type: "CREDIT"),
        F.transaction("20240315", "-100.00", "ONLINE TRANSFER TO SAVINGS", fitID: "T1"),
        F.transaction("20240316", "0.00", "BALANCE NOTICE", fitID: "N1"),
    ]

    static let card = [
        F.transaction("20240320", "-3.00", "FLOOBERT STAND", fitID: "C1"),
        F.transaction("20240321", "-4.50", "STARBUCKS STORE 0212", fitID: "C2"),
    ]

    init() throws {
        session = try GoalKitSession(databasePath: dir.file("db.sqlite"), username: "default")
        _ = try session.importFile(path: dir.write("checking.ofx", F.simple(Self.checking)), options: ImportOptions())
        _ = try session.importFile(
            path: dir.write("card.ofx", F.simple(Self.card, account: "9999")), options: ImportOptions())
    }

    deinit { dir.remove() }

    /// The id of the expense with this bank id.
    func id(_ bankID: String) throws -> Int64 {
        guard let row = try session.expenses().first(where: { $0.expense.bankTransactionID == bankID }),
            let id = row.expense.id
        else { throw FixtureError.noLine(bankID) }
        return id
    }

    /// Labels the line with this bank id.
    @discardableResult
    func label(_ bankID: String, _ category: String, _ scope: LabelScope = .payee) throws -> CategoryCorrection {
        try session.categorizeExpense(id: try id(bankID), category: category, scope: scope)
    }

    /// Every line's category name (`-` for none) by its bank id.
    func categories() throws -> [String: String] {
        var out: [String: String] = [:]
        for row in try session.expenses() { out[row.expense.bankTransactionID ?? ""] = row.categoryName ?? "-" }
        return out
    }

    enum FixtureError: Error { case noLine(String) }
}
