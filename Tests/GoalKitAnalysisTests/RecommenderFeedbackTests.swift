import Foundation
import GoalKit
import GoalKitAnalysis
import Testing

/// Feedback that means what the person meant, and money that backs one recommendation only
/// (issue 18, points 8 and 9).
@Suite struct RecommenderFeedbackTests {
    func streamingAndFees() -> RecommenderFixture {
        var f = RecommenderFixture()
        f.baseline(salary: 300_000, rent: -250_000)
        for month in 1...6 {
            f.add(String(format: "2024-%02d-05", month), -2_299, "Streamly", "Streaming & Subscriptions")
            f.add(String(format: "2024-%02d-09", month), -1_100, "Tunes", "Streaming & Subscriptions")
            f.add(String(format: "2024-%02d-20", month), month < 4 ? -2_000 : -9_000, "Diner", "Restaurants")
        }
        return f
    }

    @Test func aDismissedChargeBacksNoOtherRecommendationOfAnyType() throws {
        let f = streamingAndFees()
        var input = try f.input()
        let before = try Recommender.recommend(input)
        let streamly = Set(f.items.filter { $0.payee == "Streamly" }.map(\.id))
        #expect(before.contains { $0.key == "cancel_recurring:streamly" })
        // Dismissed: its key is excluded and its merchant's lines are blocked.
        input.excludedKeys = ["cancel_recurring:streamly"]
        input.blockedPayees = [RecurringPayeeKey.key("Streamly")]
        let after = try Recommender.recommend(input)
        #expect(!after.contains { !Set($0.evidence).isDisjoint(with: streamly) }, "\(after.map(\.title))")
        #expect(after.contains { $0.key == "cancel_recurring:tunes" })
    }

    @Test func anOutflowAlreadyClaimedIsNotCitedAgain() throws {
        let f = streamingAndFees()
        var input = try f.input()
        let diner = Set(f.items.filter { $0.payee == "Diner" }.map(\.id))
        input.claimedExpenses = diner
        let drafts = try Recommender.recommend(input)
        #expect(drafts.allSatisfy { Set($0.evidence).isDisjoint(with: diner) })
        let cited = drafts.flatMap(\.evidence).filter { id in f.items.contains { $0.id == id && $0.amount.isNegative } }
        #expect(Set(cited).count == cited.count)
    }

    /// A type's follow-ups measured half the estimates: a behavioural step counts less (and its
    /// title says the figure it ranks by); a deterministic one never does.
    @Test(arguments: [RecommendationType.cancelRecurring, .raiseContribution])
    func calibrationDiscountsBehaviourNotArithmetic(_ type: RecommendationType) throws {
        let f = streamingAndFees()
        let half = RecommendationInput.TypeFeedback(
            calibration: Array(repeating: .init(measured: 1, estimated: 2), count: 8))
        let plain = try #require(try Recommender.recommend(f.input()).first { $0.type == type })
        let calibrated = try #require(
            try Recommender.recommend(f.input(feedback: [type: half])).first { $0.type == type })
        if type.isDeterministic {
            #expect(calibrated.potentialImpact == plain.potentialImpact)
            #expect(calibrated.title == plain.title)
        } else {
            #expect(calibrated.potentialImpact.minorUnits < plain.potentialImpact.minorUnits)
            #expect(calibrated.title.contains(calibrated.potentialImpact.formatted()), "\(calibrated.title)")
            #expect(!calibrated.title.contains(plain.potentialImpact.formatted() + " a month"))
            #expect(calibrated.description.contains("estimated"))
        }
    }

    @Test func anImplementedStepThatChangedNothingIsOfferedAgainWithWhatWasMeasured() throws {
        let f = streamingAndFees()
        var input = try f.input()
        input.unchanged = [
            "cancel_recurring:streamly": .init(
                implementedOn: LocalDate(iso: "2024-04-01")!, measured: Money(minorUnits: 0, currency: .usd))
        ]
        let draft = try #require(try Recommender.recommend(input).first { $0.key == "cancel_recurring:streamly" })
        #expect(
            draft.description.hasPrefix(
                "You marked this done on 2024-04-01, but Streamly charged 22.99 on 04-05, 05-05, 06-05."))
    }

    /// The latest feedback per recommendation, a dismissal as not helpful, and scopes per
    /// category and merchant: a person who turns down restaurant cuts still gets the others.
    @Test func learningIsPerTypeCategoryAndMerchant() throws {
        let signals = [
            RecommendationSignal(
                type: "cut_category", category: "Restaurants", key: "cut_category:restaurants", rating: 1,
                wasHelpful: false),
            RecommendationSignal(
                type: "cut_category", category: "Restaurants", key: "cut_category:restaurants", dismissed: true),
            RecommendationSignal(
                type: "cut_category", category: "Restaurants", key: "cut_category:restaurants", dismissed: true),
            RecommendationSignal(
                type: "cut_category", category: "Shopping", key: "cut_category:shopping", rating: 5, wasHelpful: true),
            RecommendationSignal(
                type: "cancel_recurring", category: "Fitness", key: "cancel_recurring:gym", estimated: 2_000,
                measured: 0),
        ]
        let learning = FeedbackLearning(signals: signals)
        #expect(learning.byType[.cutCategory]?.ratings == [1, 5])
        #expect(learning.byType[.cutCategory]?.dismissed == 2)
        #expect(learning.byType[.cutCategory]?.unhelpful == 1)
        #expect(learning.byType[.cancelRecurring]?.calibration == [.init(measured: 0, estimated: 2_000)])
        var input = try streamingAndFees().input()
        input.feedback = learning.byType
        input.feedbackByScope = learning.byScope
        func draft(_ category: String) -> RecommendationDraft {
            RecommendationDraft(
                type: .cutCategory, subject: category, title: "t", description: "d", category: category,
                potentialImpact: Money(minorUnits: 100, currency: .usd), difficulty: .easy, steps: [], evidence: [])
        }
        #expect(input.feedbackWeight(for: draft("Restaurants")) < input.feedbackWeight(for: draft("Coffee Shops")))
        #expect(input.feedbackWeight(for: draft("Shopping")) > input.feedbackWeight(for: draft("Coffee Shops")))
        #expect(FeedbackLearning.scopes(type: .cancelRecurring, category: "Fitness", subject: "Gym").count == 2)
    }
}
