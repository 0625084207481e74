import Foundation
import GoalKit
import Testing

/// A step's JSON as apps read it: `{"text", "action"}`, actions typed, plain strings accepted.
@Suite struct RecommendationStepTests {
    static let usd = Currency.usd
    static let actions: [RecommendationAction] = [
        .contribute(goalID: 3, amount: Money(minorUnits: 12_000, currency: usd), monthly: true),
        .contribute(goalID: 3, amount: Money(minorUnits: 250_000, currency: usd), monthly: false),
        .setBudget(
            category: "Food Delivery", limit: Money(minorUnits: 4_890, currency: usd),
            from: YearMonth(year: 2026, month: 11)!),
        .cancel(payee: "Planet Fitness"),
        .moveBalance(account: "…7788", goalID: 1, amount: Money(minorUnits: 1_000_000, currency: usd)),
        .changeTargetDate(goalID: 2, date: LocalDate(iso: "2027-09-30")!),
        .review(category: "Restaurants"),
    ]

    @Test(arguments: actions) func anActionReadsBackAsItWasWritten(_ action: RecommendationAction) throws {
        let step = RecommendationStep("Do it.", action: action)
        let text = JSONValue.array([step.json]).serialized()
        let read = try JSONDecoder().decode([RecommendationStep].self, from: Data(text.utf8))
        #expect(read == [step])
        #expect(text.contains("\"type\":\"\(action.type)\""))
    }

    @Test func aPlainStringIsAStepOfTextOnly() throws {
        let read = try JSONDecoder().decode(
            [RecommendationStep].self, from: Data(#"["Check it.", {"text": "Cut it.", "action": null}]"#.utf8))
        #expect(read == ["Check it.", "Cut it."])
        #expect(read.allSatisfy { $0.action == nil })
        #expect(RecommendationStep("Check it.").json.serialized() == #"{"action":null,"text":"Check it."}"#)
    }

    @Test(arguments: [
        #"{"text": "x", "action": {"type": "teleport"}}"#,
        #"{"text": "x", "action": {"type": "contribute", "goal_id": 1, "amount": "12.345", "currency": "USD"}}"#,
        #"{"text": "x", "action": {"type": "contribute", "goal_id": 1, "amount": "12", "currency": "ZZZ"}}"#,
        #"{"text": "x", "action": {"type": "set_budget", "category": "A", "amount": "1", "currency": "USD", "from_month": "2026-13"}}"#,
        #"{"text": "x", "action": {"type": "change_target_date", "goal_id": 1, "target_date": "2027-02-30"}}"#,
        #"{"action": null}"#,
    ])
    func aMalformedStepIsRefused(_ json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RecommendationStep.self, from: Data(json.utf8)) }
    }
}
