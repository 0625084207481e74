public import GoalKit

/// What feedback teaches the recommender: per type, per type and category, and per type and
/// merchant for recurring charges, each from the latest feedback on each recommendation (so
/// rating one three times counts once), a dismissal counting as not helpful, and the follow-ups
/// of implemented ones calibrating their type's estimates.
public struct FeedbackLearning: Sendable {
    /// Per type.
    public var byType: [RecommendationType: RecommendationInput.TypeFeedback] = [:]
    /// Per scope (`scopes`).
    public var byScope: [String: RecommendationInput.TypeFeedback] = [:]

    /// Nothing learnt.
    public init() {}

    /// Learns from the recommendations' signals; unknown types are skipped.
    public init(signals: [RecommendationSignal]) {
        for signal in signals {
            guard let type = RecommendationType(rawValue: signal.type) else { continue }
            let scopes = Self.scopes(type: type, category: signal.category, subject: signal.subject)
            Self.count(signal, into: &byType[type, default: .init()], calibrates: true)
            for scope in scopes { Self.count(signal, into: &byScope[scope, default: .init()], calibrates: false) }
        }
    }

    /// The scopes a recommendation's feedback refines: its type and category, and for the
    /// advice about one recurring charge its type and merchant.
    public static func scopes(type: RecommendationType, category: String, subject: String) -> [String] {
        var scopes = ["\(type.rawValue)|category|\(category.lowercased())"]
        if type.isAboutOneCharge {
            scopes.append("\(type.rawValue)|merchant|\(RecurringPayeeKey.key(subject))")
        }
        return scopes
    }

    private static func count(
        _ signal: RecommendationSignal, into entry: inout RecommendationInput.TypeFeedback, calibrates: Bool
    ) {
        if let rating = signal.rating { entry.ratings.append(rating) }
        if let helpful = signal.wasHelpful {
            if helpful { entry.helpful += 1 } else { entry.unhelpful += 1 }
        } else if signal.dismissed {
            entry.dismissed += 1
        }
        if calibrates, let measured = signal.measured, signal.estimated > 0 {
            entry.calibration.append(.init(measured: measured, estimated: signal.estimated))
        }
    }
}
