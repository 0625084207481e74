import Foundation
import GoalKit
import GoalKitAnalysis
import Testing

/// `use_idle_cash`: money an account holds beyond the cushion and beyond what linked goals count.
/// The fixture spends 2,500.00 a month (rent), so the default cushion is 7,500.00; the goal "Car"
/// misses 12,000.00 with 12 months left.
@Suite struct IdleCashTests {
    static func balance(_ account: String, _ minor: Int64, _ currency: Currency = .usd, day: String = "2024-06-30")
        -> AccountBalance
    {
        AccountBalance(
            account: account, date: LocalDate(iso: day)!, amount: Money(minorUnits: minor, currency: currency))
    }

    func fixture() -> RecommenderFixture {
        var f = RecommenderFixture()
        f.baseline(salary: 300_000, rent: -250_000)
        return f
    }

    func advice(
        _ f: RecommenderFixture, _ balances: [AccountBalance], cushionMonths: Int? = nil, others: [GoalProjection] = [],
        claimed: [String: Int64] = [:]
    ) throws -> RecommendationAdvice {
        var input = try f.input(others: others)
        input.balances = balances
        if let cushionMonths { input.cushionMonths = cushionMonths }
        input.claimedBalances = claimed
        return try Recommender.advise(input)
    }

    func offers(_ advice: RecommendationAdvice) -> [RecommendationDraft] {
        advice.drafts.filter { $0.type == .useIdleCash }
    }

    /// The one-off amount an offer moves.
    func moved(_ draft: RecommendationDraft?) -> Int64? {
        for case .moveBalance(_, _, let amount) in draft?.steps.compactMap(\.action) ?? [] { return amount.minorUnits }
        return nil
    }

    @Test func idleCashIsOfferedAndRanksFirstWhenItClosesTheGap() throws {
        var f = fixture()
        for month in 1...6 {
            f.add(String(format: "2024-%02d-05", month), -1_599, "Streamly", "Streaming & Subscriptions")
        }
        let advice = try advice(f, [Self.balance("CHK", 3_000_000)])
        let first = try #require(advice.drafts.first)
        #expect(first.type == .useIdleCash)
        #expect(first.difficulty == .easy)
        #expect(first.potentialImpact.minorUnits == 100_000)  // 12,000.00 over the 12 months left
        #expect(moved(first) == 1_200_000)
        #expect(
            first.steps.first?.action
                == .moveBalance(account: "CHK", goalID: 1, amount: Money(minorUnits: 1_200_000, currency: .usd)))
        #expect(first.evidence.isEmpty)
        #expect(first.description.contains("CHK held 30,000.00 USD on 2024-06-30 (its statement balance)"))
        #expect(first.description.contains("beyond the household's cushion of 7,547.97 USD (3 months of your median"))
        #expect(first.description.contains("22,452.03 USD of it is idle"))
        // It closes the 1,000.00 monthly gap alone.
        #expect(advice.drafts.filter(\.closesGap).map(\.type) == [.useIdleCash])
    }

    @Test func itSortsBeforeTheScoreEvenWhenItIsWorthLess() throws {
        // 1,500.00 idle is worth 125.00 a month; the raise (500.00 a month, easy) scores higher.
        let advice = try advice(fixture(), [Self.balance("CHK", 900_000)])
        #expect(advice.drafts.map(\.type).prefix(2) == [.useIdleCash, .raiseContribution])
        #expect(advice.drafts[0].score < advice.drafts[1].score)
    }

    /// (balances, cushion months, the amount offered or nil)
    static let cushions: [([AccountBalance], Int?, Int64?)] = [
        ([balance("CHK", 900_000)], nil, 150_000),  // 9,000.00 less 7,500.00
        ([balance("CHK", 800_000)], nil, nil),  // 500.00: less than a tenth of the 12,000.00 missing
        ([balance("CHK", 750_000)], nil, nil),
        ([balance("CHK", 800_000)], 0, 800_000),  // no cushion asked for
        ([balance("CHK", 2_000_000)], 6, 500_000),  // 20,000.00 less 15,000.00
        ([balance("CHK", 2_000_000), balance("CARD", -200_000)], nil, 1_050_000),  // the card's 2,000.00 kept too
        // The cushion is kept once for the household, in the account with the most cash first.
        ([balance("CHK", 1_000_000), balance("SAV", 400_000)], nil, 400_000),
    ]

    @Test(arguments: cushions) func theCushionIsRespected(balances: [AccountBalance], months: Int?, offered: Int64?)
        throws
    {
        let drafts = offers(try advice(fixture(), balances, cushionMonths: months))
        #expect(drafts.first.flatMap(moved) == offered)
    }

    @Test func theCushionIsKeptOnceAcrossAccounts() throws {
        let idle = try IdleCash(
            balances: [Self.balance("CHK", 1_000_000), Self.balance("SAV", 400_000), Self.balance("CARD", -50_000)],
            goals: [], currency: .usd, cushion: 750_000)
        #expect(idle.owed == 50_000)
        #expect(idle.accounts.map(\.balance.account) == ["SAV", "CHK"])
        #expect(idle.accounts.map(\.idle) == [400_000, 200_000])
        #expect(idle.accounts.map(\.kept) == [0, 800_000])
    }

    @Test func noIdleCashWithinTheCushionSaysSo() throws {
        let advice = try advice(fixture(), [Self.balance("CHK", 700_000)])
        #expect(offers(advice).isEmpty)
        #expect(advice.notes.contains { $0.hasPrefix("No idle cash: your USD balances do not exceed") })
    }

    @Test func aLinkedGoalsBalanceIsNotOfferedTwice() throws {
        // The goal itself counts the savings account's 5,000.00: nothing of it is idle.
        var f = fixture()
        f.goal.account = "SAV"
        f.goal.countsBalance = true
        var input = try f.input()
        let savings = Self.balance("SAV", 500_000)
        input.projection = GoalProjection(
            goal: f.goal, contributions: [], asOf: RecommenderFixture.asOf, balance: savings)
        input.balances = [savings, Self.balance("CHK", 750_000)]
        #expect(input.projection.remaining.minorUnits == 700_000)
        #expect(try Recommender.advise(input).drafts.allSatisfy { $0.type != .useIdleCash })
        // Another goal linked to savings has 5,000.00 of its 20,000.00 there: 15,000.00 is free,
        // 7,500.00 of it the cushion.
        var fund = Goal(
            id: 2, userID: 1, name: "Fund", targetAmount: Money(minorUnits: 1_000_000, currency: .usd),
            startDate: LocalDate(iso: "2024-01-01")!, category: .emergency, priority: .high)
        fund.account = "SAV"
        fund.currentAmount = Money(minorUnits: 500_000, currency: .usd)
        let other = GoalProjection(goal: fund, contributions: [], asOf: RecommenderFixture.asOf)
        let offer = offers(try advice(fixture(), [Self.balance("SAV", 2_000_000)], others: [other])).first
        #expect(moved(offer) == 750_000)
        #expect(offer?.description.contains("the 5,000.00 USD your goals linked to it count") == true)
    }

    /// A goal's own account (its contributions counted, not its balance) holds money beyond the
    /// cushion: moving it to the goal moves nothing, so it is no offer for that goal, and a note
    /// says that counting the balance would show it; another account's idle cash still is.
    @Test func theGoalsOwnAccountIsNoOfferForIt() throws {
        var f = fixture()
        f.goal.account = "SAV"
        let own = try advice(f, [Self.balance("SAV", 2_000_000)])
        #expect(offers(own).isEmpty)
        #expect(own.notes.contains { $0.contains("the goal's own account") && $0.contains("counting its balance") })
        let both = offers(try advice(f, [Self.balance("SAV", 2_000_000), Self.balance("CHK", 2_000_000)]))
        #expect(both.count == 1)
        #expect(
            both.allSatisfy {
                $0.steps.contains { if case .moveBalance("CHK", _, _) = $0.action { true } else { false } }
            })
    }

    @Test func whatHigherPriorityGoalsWereOfferedIsNotOfferedAgain() throws {
        let balances = [Self.balance("CHK", 3_000_000)]
        let partly = offers(try advice(fixture(), balances, claimed: ["CHK": 2_000_000])).first
        #expect(moved(partly) == 250_000)
        #expect(partly?.description.contains("(20,000.00 USD of it already offered to higher-priority goals)") == true)
        let all = try advice(fixture(), balances, claimed: ["CHK": 2_250_000])
        #expect(offers(all).isEmpty)
        #expect(all.notes.contains("The 22,500.00 USD idle in CHK already goes to higher-priority goals' offers."))
    }

    @Test func aBalanceInAnotherCurrencyIsNotOffered() throws {
        let advice = try advice(fixture(), [Self.balance("GIRO", 5_000_000, .eur)])
        #expect(offers(advice).isEmpty)
        #expect(
            advice.notes.contains {
                $0.contains("GIRO holds 50,000.00 EUR that no goal counts (its balance on 2024-06-30)")
                    && $0.contains("in another currency than this goal's USD: not offered")
            })
    }

    /// (category, deadline, balance, buy-it-now)
    static let purchases: [(GoalCategory, String?, Int64, Bool)] = [
        (.electronics, nil, 3_000_000, true),
        (.vehicle, nil, 3_000_000, true),
        (.other, nil, 3_000_000, true),
        (.electronics, "2025-06-30", 3_000_000, false),  // a date: move it, don't buy yet
        (.vacation, nil, 3_000_000, false),  // not a purchase
        (.electronics, nil, 1_500_000, false),  // 7,500.00 idle: only part of the 12,000.00
    ]

    @Test(arguments: purchases) func aPurchaseWithNoDateIsBoughtNowWhenIdleCashCoversIt(
        category: GoalCategory, deadline: String?, minor: Int64, buyNow: Bool
    ) throws {
        var f = fixture()
        f.goal.category = category
        f.goal.targetDate = deadline.flatMap { LocalDate(iso: $0) }
        let offer = try #require(offers(try advice(f, [Self.balance("000123450912", minor)])).first)
        #expect(offer.title.hasPrefix("Buy it now from …0912") == buyNow, "\(offer.title)")
        #expect(offer.title.contains("…0912"))
        if buyNow {
            #expect(offer.potentialImpact.minorUnits == 100_000)  // 12,000.00 over a year
            #expect(offer.description.contains("has no date"))
        }
    }
}
