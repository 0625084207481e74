import Foundation
import GoalKit
import GoalKitAnalysis
import Testing

/// Issue 18, point 7: a price rise on any recurring charge is named with its old and new price
/// and its date; services of one kind are one recommendation naming them all; uncategorised
/// charges and charges in another currency are advised too.
@Suite struct RecommenderSubscriptionTests {
    func fixture() -> RecommenderFixture {
        var f = RecommenderFixture()
        f.baseline(salary: 300_000, rent: -150_000)
        return f
    }

    /// Monthly charges on the 5th, January to June.
    static func monthly(_ f: inout RecommenderFixture, _ payee: String, _ category: String?, _ amounts: [Int64]) {
        for (index, amount) in amounts.enumerated() {
            f.add(String(format: "2024-%02d-05", index + 1), -amount, payee, category)
        }
    }

    /// (payee, category, the type advised, its impact): a price of 15.49 → 22.99 on
    /// 2024-04-05. A cancel frees the whole new price, rise included, so the rise is named in
    /// it and is no second recommendation; any other charge's advice is the rise, 7.50 a month.
    @Test(
        arguments: [
            ("Netflix", "Streaming & Subscriptions", RecommendationType.cancelRecurring, Int64(2_299)),
            ("Netflix", nil, .cancelRecurring, 2_299),  // uncategorised, a video service by its name
            ("City Power", "Utilities", .priceIncrease, 750), ("Acme Svc", nil, .priceIncrease, 750),
        ] as [(String, String?, RecommendationType, Int64)])
    func aPriceRiseIsNamedWithItsPricesAndDate(
        payee: String, category: String?, type: RecommendationType, impact: Int64
    ) throws {
        var f = fixture()
        Self.monthly(&f, payee, category, [1_549, 1_549, 1_549, 2_299, 2_299, 2_299])
        let drafts = try Recommender.recommend(f.input()).filter { $0.evidence.contains(f.nextID - 1) }
        #expect(drafts.map(\.type) == [type])
        let draft = try #require(drafts.first)
        #expect(draft.potentialImpact.minorUnits == impact)
        #expect(draft.title.contains("15.49") && draft.title.contains("22.99"))
        #expect(draft.description.contains("15.49") && draft.description.contains("22.99"))
        #expect(draft.title.contains("2024-04-05") || draft.description.contains("2024-04-05"))
    }

    /// An uncategorised charge whose name makes it a service is advised; one of no known kind
    /// (rent to a person recurs too) is not guessed at: a note asks for its category.
    @Test func anUncategorisedChargeIsAdvisedByItsKindOrNamedInANote() throws {
        var f = fixture()
        Self.monthly(&f, "Lastschrift Sportverein Bergfeld", nil, Array(repeating: 4_990, count: 6))
        Self.monthly(&f, "J Smith", nil, Array(repeating: 90_000, count: 6))
        let advice = try Recommender.advise(f.input())
        let club = try #require(advice.drafts.first { $0.subject == "Lastschrift Sportverein Bergfeld" })
        #expect(club.type == .cancelRecurring)
        #expect(club.potentialImpact.minorUnits == 4_990)
        #expect(club.description.contains("It has no category; by its name it is a gym or sports club membership."))
        #expect(!advice.drafts.contains { $0.evidence.contains(f.nextID - 1) })
        #expect(
            advice.notes.contains(
                "J Smith (900.00 USD monthly) recurs with no category, so the advice cannot tell whether it is a need "
                    + "and leaves it out: give its lines a category (or a rule) to have it weighed."))
    }

    /// (services with their category and price, the kind, the impact: all but the dearest).
    @Test(
        arguments: [
            (
                [("Planet Fitness", "Fitness", Int64(2_499)), ("Golds Gym", "Fitness", 3_999)], "gym and sports club",
                Int64(2_499)
            ),
            (
                [
                    ("iCloud", "Electronics & Software", 299), ("Google One", nil, 199),
                    ("Dropbox", "Electronics & Software", 1_199),
                ],
                "cloud storage", 498
            ),
            (
                [
                    ("Netflix", "Streaming & Subscriptions", 1_549), ("Hulu", "Streaming & Subscriptions", 799),
                    ("Disney Plus", "Streaming & Subscriptions", 1_399),
                ], "video streaming", 2_198
            ),
        ] as [([(String, String?, Int64)], String, Int64)])
    func servicesOfOneKindAreOneRecommendation(services: [(String, String?, Int64)], kind: String, impact: Int64) throws
    {
        var f = fixture()
        for (payee, category, price) in services {
            Self.monthly(&f, payee, category, Array(repeating: price, count: 6))
        }
        let drafts = try Recommender.recommend(f.input())
        let payees = Set(services.map(\.0))
        let about = drafts.filter { $0.type == .cancelRecurring || $0.type == .priceIncrease }
            .filter { !payees.isDisjoint(with: [$0.subject]) || $0.subject == kind }
        #expect(about.map(\.subject) == [kind])
        let draft = try #require(about.first)
        #expect(draft.potentialImpact.minorUnits == impact)
        #expect(draft.evidence.count == 6 * services.count)
        for payee in payees { #expect(draft.description.contains(payee)) }
        #expect(draft.steps.compactMap(\.action).filter { $0.type == "cancel" }.count == services.count)
    }

    /// A rise within a kind is named in the one recommendation; the dearest is kept.
    @Test func aRiseWithinAKindIsNamed() throws {
        var f = fixture()
        Self.monthly(&f, "Netflix", "Streaming & Subscriptions", [1_549, 1_549, 1_549, 2_299, 2_299, 2_299])
        Self.monthly(&f, "Hulu", "Streaming & Subscriptions", Array(repeating: 799, count: 6))
        let drafts = try Recommender.recommend(f.input()).filter { $0.type == .cancelRecurring }
        #expect(drafts.map(\.subject) == ["video streaming"])
        #expect(drafts.first?.potentialImpact.minorUnits == 799)
        #expect(
            drafts.first?.description.contains(
                "Netflix (22.99 USD monthly — 22.99 USD a month; up from 15.49 to 22.99 USD on 2024-04-05)") == true)
    }

    /// A service whose own cancel was answered is not asked about again inside its kind; a
    /// dismissed kind is not asked again service by service.
    @Test func answeredServicesStayAnswered() throws {
        var f = fixture()
        Self.monthly(&f, "Planet Fitness", "Fitness", Array(repeating: 2_499, count: 6))
        Self.monthly(&f, "Golds Gym", "Fitness", Array(repeating: 3_999, count: 6))
        let one = try Recommender.recommend(f.input(excluded: ["cancel_recurring:planet fitness"]))
        #expect(one.filter { $0.type == .cancelRecurring }.map(\.subject) == ["Golds Gym"])
        let kind = try Recommender.recommend(f.input(excluded: ["cancel_recurring:gym and sports club"]))
        #expect(!kind.contains { $0.type == .cancelRecurring })
    }

    @Test func servicesOfDifferentKindsStayApart() throws {
        var f = fixture()
        Self.monthly(&f, "Netflix", "Streaming & Subscriptions", Array(repeating: 1_549, count: 6))
        Self.monthly(&f, "Spotify", "Streaming & Subscriptions", Array(repeating: 1_199, count: 6))
        let cancels = try Recommender.recommend(f.input()).filter { $0.type == .cancelRecurring }.map(\.subject)
        #expect(Set(cancels) == ["Netflix", "Spotify"])
    }

    /// (stored rates, the USD goal's impact from a 12.99 EUR charge, or nil and a note):
    /// 12.99 × 1.0842 = 14.08; 12.99 / 0.9223 = 14.08.
    @Test(arguments: [
        ([RecommenderFixture.rate(.eur, .usd, "1.0842")], Int64?(1_408)),
        ([RecommenderFixture.rate(.usd, .eur, "0.9223")], Int64?(1_408)), ([], nil),
    ])
    func aChargeInAnotherCurrencyIsConvertedWithAStoredRate(rates: [ExchangeRate], impact: Int64?) throws {
        var f = fixture()
        for month in 1...6 {
            f.add(
                String(format: "2024-%02d-07", month), -1_299, "Streamflix", "Streaming & Subscriptions", currency: .eur
            )
        }
        let advice = try Recommender.advise(f.input(rates: rates))
        let cancel = advice.drafts.first { $0.subject == "Streamflix" }
        #expect(cancel?.potentialImpact == impact.map { Money(minorUnits: $0, currency: .usd) })
        if impact != nil {
            #expect(cancel?.description.contains("12.99 EUR monthly — 14.08 USD a month at the stored rate") == true)
        }
        let note =
            "Recurring charges in EUR (Streamflix) are left out of the advice for USD goals: no exchange rate between EUR and USD is stored."
        #expect(advice.notes.contains(note) == (impact == nil))
    }

    /// A EUR goal is advised on a EUR charge in EUR, no rate needed.
    @Test func aChargeInTheGoalsCurrencyNeedsNoRate() throws {
        var f = fixture()
        Self.monthly(&f, "Streamflix", "Streaming & Subscriptions", Array(repeating: 1_299, count: 6))
        let cancel = try #require(
            try Recommender.recommend(f.all(in: .eur).input(rates: [])).first { $0.subject == "Streamflix" })
        #expect(cancel.potentialImpact == Money(minorUnits: 1_299, currency: .eur))
    }

    /// A gym in EUR and one in USD are two of a kind once a rate converts the first: the
    /// dearest (49.90 EUR, 54.10 USD) is kept and the other frees 24.99 a month.
    @Test func aKindSpansCurrencies() throws {
        var f = fixture()
        Self.monthly(&f, "Planet Fitness", "Fitness", Array(repeating: 2_499, count: 6))
        for month in 1...6 {
            f.add(
                String(format: "2024-%02d-03", month), -4_990, "Lastschrift Sportverein Bergfeld", nil, currency: .eur)
        }
        let drafts = try Recommender.recommend(f.input(rates: [RecommenderFixture.rate(.eur, .usd, "1.0842")]))
        let gyms = drafts.filter { $0.type == .cancelRecurring }
        #expect(gyms.map(\.subject) == ["gym and sports club"])
        #expect(gyms.first?.potentialImpact.minorUnits == 2_499)
        #expect(gyms.first?.description.contains("Keeping only the dearest, Lastschrift Sportverein Bergfeld") == true)
    }
}
