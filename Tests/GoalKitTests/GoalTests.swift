import Foundation
import GoalKit
import Testing

@Suite struct GoalTests {
    func goal(target: Int64, current: Int64, start: String = "2024-01-01", by: String? = nil) -> Goal {
        Goal(
            userID: 1, name: "Trip", targetAmount: Money(minorUnits: target, currency: .usd),
            currentAmount: Money(minorUnits: current, currency: .usd), startDate: LocalDate(iso: start)!,
            targetDate: by.flatMap { LocalDate(iso: $0) }, category: .vacation)
    }

    @Test(arguments: [
        (Int64(300_000), Int64(100_000), Int64(3333)), (300_000, 0, 0), (300_000, 300_000, 10_000),
        (200, 1, 50), (300, 1, 33), (0, 500, 0), (1000, 1500, 15_000), (800, 1, 12),
    ])
    func progress(_ target: Int64, _ current: Int64, _ basisPoints: Int64) {
        let g = goal(target: target, current: current)
        #expect(g.progressBasisPoints == basisPoints)
        #expect(g.progressPercentage == Decimal(basisPoints) / 100)
    }

    @Test func daysRemaining() throws {
        let g = goal(target: 100, current: 0, by: "2024-12-31")
        #expect(g.daysRemaining(asOf: try #require(LocalDate(iso: "2024-12-01"))) == 30)
        #expect(g.daysRemaining(asOf: try #require(LocalDate(iso: "2025-01-02"))) == -2)
        #expect(goal(target: 100, current: 0).daysRemaining(asOf: try #require(LocalDate(iso: "2024-12-01"))) == nil)
    }

    @Test func requiredMonthlyAmount() throws {
        let g = goal(target: 120_000, current: 20_000, by: "2024-12-31")
        #expect(g.monthsRemaining(asOf: try #require(LocalDate(iso: "2024-01-31"))) == 11)
        #expect(g.requiredMonthlyAmount(asOf: try #require(LocalDate(iso: "2024-01-31")))?.minorUnits == 9091)
        #expect(g.requiredMonthlyAmount(asOf: try #require(LocalDate(iso: "2025-02-01")))?.minorUnits == 100_000)
        #expect(
            goal(target: 100, current: 0).requiredMonthlyAmount(asOf: try #require(LocalDate(iso: "2024-01-01"))) == nil
        )
    }

    @Test func validates() {
        #expect(throws: DomainValidationError.self) { try goal(target: 0, current: 0).validate() }
        #expect(throws: DomainValidationError.self) { try goal(target: 10_000_000_000, current: 0).validate() }
        #expect(throws: DomainValidationError.self) { try goal(target: 10, current: -1).validate() }
        #expect(throws: DomainValidationError.self) {
            try goal(target: 10, current: 0, start: "2024-02-01", by: "2024-01-01").validate()
        }
        var long = goal(target: 10, current: 0)
        long.name = String(repeating: "x", count: 101)
        #expect(throws: DomainValidationError.self) { try long.validate() }
        long.name = "   "
        #expect(throws: DomainValidationError.self) { try long.validate() }
        #expect(throws: Never.self) { try goal(target: 10, current: 0).validate() }
    }

    @Test func choiceListsReadTheSchemaValues() throws {
        #expect(
            GoalCategory.allCases.map(\.rawValue) == [
                "vacation", "emergency", "education", "housing", "vehicle", "electronics", "medical", "other",
            ])
        #expect(try ContributionSource.parse("expense_reduction") == .expenseReduction)
        #expect(try GoalPriority.parse("HIGH") == .high)
        #expect(throws: DomainValidationError.self) { try DifficultyLevel.parse("trivial") }
    }
}
