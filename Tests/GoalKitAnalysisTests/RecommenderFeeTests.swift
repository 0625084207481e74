import Foundation
import GoalKit
import GoalKitAnalysis
import Testing

/// Issue 18, point 6: `stop_fees` reads the fee categories the categoriser fills, and in
/// uncategorised lines fee words as whole words (`BankFeeSignals`) — never "fee" inside "coffee".
@Suite struct RecommenderFeeTests {
    /// (payee, category, group, whether its lines are fees).
    @Test(
        arguments: [
            ("Blue Bottle Coffee", "Coffee Shops", "Food", false), ("Blue Bottle Coffee", nil, nil, false),
            ("Toffee Corner", nil, nil, false), ("Feedly Pro", nil, nil, false),
            ("Coffee Fellows Feeding", nil, nil, false),
            ("Late Fee Landlord", "Rent & Mortgage", "Housing", false),  // the category decides
            ("Monthly Service Fee", nil, nil, true), ("Overdraft", nil, nil, true),
            ("Kontoführungsgebühr", nil, nil, true), ("Frais de tenue de compte", nil, nil, true),
            ("Wire Out", "Bank Fees", "Fees & Charges", true), ("Card Payment", "Late Fees", "Fees & Charges", true),
            ("Purchase Interest", "Interest Charges", "Fees & Charges", true),
        ] as [(String, String?, String?, Bool)])
    func feesAreTheirCategoryOrWholeFeeWords(payee: String, category: String?, group: String?, isFee: Bool) throws {
        var f = RecommenderFixture()
        f.baseline()
        // 108 lines, 18 a month at 5.58: the 100.48 a month that read as bank fees.
        for month in 1...6 {
            for day in 1...18 {
                f.add(String(format: "2024-%02d-%02d", month, day + 5), -558, payee, category, group: group)
            }
        }
        let fees = try Recommender.recommend(f.input()).first { $0.type == .stopFees }
        #expect((fees != nil) == isFee)
        if isFee { #expect(fees?.potentialImpact.minorUnits == 10_044) }
    }

    @Test func a108CoffeesAreNoBankFees() throws {
        var f = RecommenderFixture()
        f.baseline()
        for n in 0..<108 {
            f.add(String(format: "2024-%02d-%02d", n / 18 + 1, n % 18 + 3), -558, "Blue Bottle Coffee", nil)
        }
        let drafts = try Recommender.recommend(f.input())
        #expect(!drafts.contains { $0.type == .stopFees })
        #expect(!drafts.contains { $0.title.contains("bank fees") })
    }
}
