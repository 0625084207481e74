import Foundation
import GoalKit
import GoalKitAnalysis
import Testing

/// Issue 18, point 2: a household that spends more than it earns, or lives off its savings,
/// is told so first, for every goal, with budgets on its largest discretionary categories —
/// and is offered no raise and no moving of money between goals.
@Suite struct RecommenderDeficitTests {
    /// Salary 3,000.00 and rent 2,000.00 a month, then Restaurants 800.00, Shopping 300.00 and
    /// Coffee Shops 100.00: a net of −200.00 every month.
    static func household(rent: Int64 = -200_000) -> RecommenderFixture {
        var f = RecommenderFixture()
        f.baseline(salary: 300_000, rent: rent)
        for month in 1...6 {
            f.add(String(format: "2024-%02d-07", month), -80_000, "Bistro", "Restaurants", group: "Food")
            f.add(String(format: "2024-%02d-14", month), -30_000, "Mall", "Shopping")
            f.add(String(format: "2024-%02d-21", month), -10_000, "Cafe", "Coffee Shops", group: "Food")
        }
        return f
    }

    /// A lower-priority goal paying 100.00 a month: what "fund the higher-priority goal first"
    /// would move.
    static let lowerGoal: GoalProjection = {
        var trip = Goal(
            id: 2, userID: 1, name: "Trip", targetAmount: Money(minorUnits: 300_000, currency: .usd),
            startDate: LocalDate(iso: "2024-01-01")!, targetDate: LocalDate(iso: "2025-01-01")!, category: .vacation,
            priority: .low)
        trip.currentAmount = Money(minorUnits: 30_000, currency: .usd)
        let paid = [
            GoalContribution(
                goalID: 2, amount: Money(minorUnits: 30_000, currency: .usd), date: LocalDate(iso: "2024-06-01")!,
                source: .savings)
        ]
        return GoalProjection(goal: trip, contributions: paid, asOf: RecommenderFixture.asOf)
    }()

    @Test func aDeficitRanksFirstWithBudgetsOnTheLargestDiscretionaryCategories() throws {
        let f = Self.household()
        let drafts = try Recommender.recommend(f.input(others: [Self.lowerGoal]))
        let first = try #require(drafts.first)
        #expect(first.type == .closeDeficit)
        #expect(first.potentialImpact.minorUnits == 20_000)
        #expect(first.title == "Close your deficit of 200.00 a month before saving more")
        #expect(first.description.contains("spending beat your income by 200.00 USD in a typical month"))
        #expect(!first.closesGap)
        // The deficit shared by spending: 800 : 300 : 100 of 1,200.00, rounded half to even.
        #expect(
            first.steps.compactMap(\.action) == [
                .setBudget(category: "Restaurants", limit: Money.usd(66_667), from: YearMonth("2024-08")!),
                .setBudget(category: "Shopping", limit: Money.usd(25_000), from: YearMonth("2024-08")!),
                .setBudget(category: "Coffee Shops", limit: Money.usd(8_333), from: YearMonth("2024-08")!),
                .review(category: "Restaurants"),
            ])
        #expect(first.difficulty == .medium)  // a sixth of the three categories
        #expect(!drafts.contains { $0.type == .raiseContribution || $0.type == .fundHigherPriority })
    }

    /// A one-off (a 1,500.00 television in one month) is no monthly lever: the budgets go by
    /// each category's typical (median) month, so Electronics is not among them.
    @Test func aOneOffIsNoLeverOfTheDeficit() throws {
        var f = Self.household()
        f.add("2024-05-20", -150_000, "TV Store", "Electronics & Software")
        let first = try #require(try Recommender.recommend(f.input()).first)
        #expect(first.type == .closeDeficit)
        let budgets = first.steps.compactMap { step -> String? in
            if case .setBudget(let category, _, _) = step.action { return category }
            return nil
        }
        #expect(budgets == ["Restaurants", "Shopping", "Coffee Shops"])
    }

    /// The deficit is a fact of the statements: follow-ups that measured little do not shrink it.
    @Test func feedbackDoesNotScaleTheDeficit() throws {
        let f = Self.household()
        let doubtful = [
            RecommendationType.closeDeficit: RecommendationInput.TypeFeedback(
                calibration: Array(repeating: .init(measured: 0, estimated: 10_000), count: 10))
        ]
        let first = try #require(try Recommender.recommend(f.input(feedback: doubtful)).first)
        #expect(first.type == .closeDeficit)
        #expect(first.potentialImpact.minorUnits == 20_000)
    }

    @Test func aSurplusHasNoDeficitAndKeepsItsRaise() throws {
        let f = Self.household(rent: -150_000)  // a net of +300.00 a month
        let types = try f.types(f.input(others: [Self.lowerGoal]))
        #expect(!types.contains(.closeDeficit))
        #expect(types.contains(.raiseContribution))
    }

    /// The median net is above zero (a card paid by transfer is not imported), yet the savings
    /// account sends 600.00 back every month: the drawdown is the deficit.
    @Test func savingsFallingMonthOverMonthAreADeficitToo() throws {
        var f = RecommenderFixture()
        f.baseline()  // +1,800.00 a month in the cash flow
        var savings: [SavingsDrawdown.Item] = []
        for month in 1...6 {
            let day = LocalDate(year: 2024, month: month, day: 10)!
            savings.append(
                .init(id: 900 + Int64(month), account: "SAV", date: day, amount: Money.usd(-60_000), isTransfer: true))
            savings.append(
                .init(id: 950 + Int64(month), account: "SAV", date: day, amount: Money.usd(100), isTransfer: false))
        }
        var input = try f.input(others: [Self.lowerGoal])
        input.savings = try SavingsDrawdown(
            items: savings, window: input.cashFlow.window, currency: .usd, linkedAccounts: [])
        let drafts = try Recommender.recommend(input)
        let first = try #require(drafts.first)
        #expect(first.type == .closeDeficit)
        #expect(first.potentialImpact.minorUnits == 59_900)
        #expect(first.title == "Stop drawing 599.00 a month from your savings")
        #expect(first.description.contains("fell by 3,594.00 USD over those months, 599.00 USD a month"))
        #expect(first.evidence == (901...906).map { Int64($0) })
        #expect(!drafts.contains { $0.type == .raiseContribution || $0.type == .fundHigherPriority })
        // One large withdrawal (a car) in one month is no month-over-month fall.
        let once =
            [
                SavingsDrawdown.Item(
                    id: 999, account: "SAV", date: LocalDate(year: 2024, month: 3, day: 3)!,
                    amount: Money.usd(-900_000), isTransfer: true)
            ]
            + (1...6).map {
                SavingsDrawdown.Item(
                    id: 980 + Int64($0), account: "SAV", date: LocalDate(year: 2024, month: $0, day: 25)!,
                    amount: Money.usd(20_000), isTransfer: true)
            }
        input.savings = try SavingsDrawdown(
            items: once, window: input.cashFlow.window, currency: .usd, linkedAccounts: [])
        #expect(try !Recommender.recommend(input).contains { $0.type == .closeDeficit })
    }

    /// Every goal gets it first, whatever its own steps.
    @Test(arguments: [Int64(1_200_000), 50_000])
    func everyGoalGetsTheDeficitFirst(target: Int64) throws {
        var f = Self.household()
        f.goal.targetAmount = Money.usd(target)
        f.goal.targetDate = nil
        let drafts = try Recommender.recommend(f.input())
        #expect(drafts.first?.type == .closeDeficit)
        #expect(drafts.dropFirst().allSatisfy { $0.type != .closeDeficit })
    }

    /// (account lines, linked): which accounts hold savings.
    @Test(arguments: [
        ([(-60_000, true), (50_000, true), (120, false)], false, true),  // transfers and interest
        ([(300_000, false), (-250_000, true)], false, false),  // a salary comes in: checking
        ([(90_000, true), (-88_000, false)], false, false),  // a card: pays shops
        ([(300_000, false), (-250_000, false)], true, true),  // linked to a goal
    ])
    func whichAccountsHoldSavings(lines: [(Int64, Bool)], linked: Bool, isSavings: Bool) throws {
        let items = lines.enumerated().map { index, line in
            SavingsDrawdown.Item(
                id: Int64(index), account: "A", date: LocalDate(year: 2024, month: 2, day: 1 + index)!,
                amount: Money.usd(line.0), isTransfer: line.1)
        }
        let window = AveragingWindow(months: [YearMonth("2024-02")!], covered: [YearMonth("2024-02")!])
        let found = try SavingsDrawdown(
            items: items, window: window, currency: .usd, linkedAccounts: linked ? ["A"] : [])
        #expect(found.accounts == (isSavings ? ["A"] : []))
    }
}

extension Money {
    /// An amount in US dollars.
    fileprivate static func usd(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: .usd) }
}
