import Foundation
public import GoalKit

/// A person's rule: a regular expression over the payee (raw and normalised) and memo, with
/// optional amount bounds (on the amount's magnitude) and account.
public struct CategoryRule: Hashable, Sendable {
    /// Row id.
    public var id: Int64?
    /// The order rules are tried in (lowest first); the first match wins.
    public var position: Int
    /// The regular expression, case-insensitive.
    public var pattern: String
    /// The category it assigns.
    public var category: String
    /// The smallest magnitude it applies to.
    public var minimum: Money?
    /// The largest magnitude it applies to.
    public var maximum: Money?
    /// The only account it applies to.
    public var account: String?

    /// Creates a rule.
    public init(
        id: Int64? = nil, position: Int = 0, pattern: String, category: String, minimum: Money? = nil,
        maximum: Money? = nil, account: String? = nil
    ) {
        self.id = id
        self.position = position
        self.pattern = pattern
        self.category = category
        self.minimum = minimum
        self.maximum = maximum
        self.account = account
    }

    /// Checks that the pattern compiles.
    /// - Throws: `DomainValidationError` naming the pattern.
    public func validate() throws(DomainValidationError) {
        do {
            _ = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            throw DomainValidationError(field: "match", value: pattern, rule: "must be a valid regular expression")
        }
    }

    /// A compiled rule, ready to match many expenses.
    struct Compiled {
        let rule: CategoryRule
        let regex: NSRegularExpression

        init?(_ rule: CategoryRule) {
            guard let regex = try? NSRegularExpression(pattern: rule.pattern, options: [.caseInsensitive]) else {
                return nil
            }
            self.rule = rule
            self.regex = regex
        }

        func matches(_ e: ExpenseFeatures) -> Bool {
            if let account = rule.account, account != e.account { return false }
            let magnitude = e.amount.minorUnits.magnitude
            if let minimum = rule.minimum, magnitude < minimum.minorUnits.magnitude { return false }
            if let maximum = rule.maximum, magnitude > maximum.minorUnits.magnitude { return false }
            for text in [e.rawPayee, e.payee, e.memo] where !text.isEmpty {
                if regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil { return true }
            }
            return false
        }
    }
}
