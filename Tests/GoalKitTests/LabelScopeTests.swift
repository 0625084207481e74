import GoalKit
import Testing

/// A label's scope rides in its stored reason: written by `detail(category:)`, read back by
/// `init(detail:)`; any other reason (older labels, none) is a label that teaches.
@Suite struct LabelScopeTests {
    @Test(arguments: LabelScope.allCases) func theReasonSaysTheScope(scope: LabelScope) {
        for category in ["Coffee Shops", "Rent & Mortgage", "you labelled this line only"] {
            #expect(LabelScope(detail: scope.detail(category: category)) == scope, "\(category)")
        }
    }

    static let reasons: [(String?, LabelScope)] = [
        (nil, .payee), ("", .payee), ("you labelled it Groceries", .payee),
        ("you labelled this line only as Groceries (it teaches no other line)", .line),
    ]

    @Test(arguments: reasons) func storedReasons(detail: String?, scope: LabelScope) {
        #expect(LabelScope(detail: detail) == scope)
    }
}
