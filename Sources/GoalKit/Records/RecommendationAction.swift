/// What a recommendation's step asks the person to do, typed so that an app can offer it as a
/// button and the command line can print the command that does it.
///
/// JSON (`recommend --format json`, and the stored `implementation_steps`): an object whose
/// `type` names the action, with its fields beside it, amounts as decimal strings:
///
/// ```json
/// {"type": "contribute", "goal_id": 3, "amount": "120.00", "currency": "USD", "monthly": true}
/// ```
public enum RecommendationAction: Hashable, Sendable {
    /// Pay an amount into a goal (`monthly`: as a standing monthly transfer).
    case contribute(goalID: Int64, amount: Money, monthly: Bool)
    /// Set a monthly spending limit on a category, from a month on.
    case setBudget(category: String, limit: Money, from: YearMonth)
    /// Cancel (or downgrade) a recurring charge with its merchant.
    case cancel(payee: String)
    /// Move a one-off amount from an account's balance into a goal.
    case moveBalance(account: String, goalID: Int64, amount: Money)
    /// Move a goal's target date.
    case changeTargetDate(goalID: Int64, date: LocalDate)
    /// Look through a category's lines.
    case review(category: String)

    /// The action's name in JSON.
    public var type: String {
        switch self {
        case .contribute: "contribute"
        case .setBudget: "set_budget"
        case .cancel: "cancel"
        case .moveBalance: "move_balance"
        case .changeTargetDate: "change_target_date"
        case .review: "review"
        }
    }

    /// The action as JSON: `type` and its fields.
    public var json: JSONValue {
        var fields: [String: JSONValue] = ["type": .string(type)]
        func amount(_ money: Money) {
            fields["amount"] = .string(money.decimalString)
            fields["currency"] = .string(money.currency.code)
        }
        switch self {
        case .contribute(let goalID, let money, let monthly):
            fields["goal_id"] = .int(goalID)
            fields["monthly"] = .bool(monthly)
            amount(money)
        case .setBudget(let category, let limit, let from):
            fields["category"] = .string(category)
            fields["from_month"] = .string(from.description)
            amount(limit)
        case .cancel(let payee): fields["payee"] = .string(payee)
        case .moveBalance(let account, let goalID, let money):
            fields["account"] = .string(account)
            fields["goal_id"] = .int(goalID)
            amount(money)
        case .changeTargetDate(let goalID, let date):
            fields["goal_id"] = .int(goalID)
            fields["target_date"] = .string(date.description)
        case .review(let category): fields["category"] = .string(category)
        }
        return .object(fields)
    }

}

extension RecommendationAction: Decodable {
    private enum Key: String, CodingKey {
        case type, amount, currency, monthly, category, payee, account
        case goalID = "goal_id"
        case fromMonth = "from_month"
        case targetDate = "target_date"
    }

    /// Reads an action as `json` writes it.
    /// - Throws: `DecodingError` when the type is unknown or a field is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        func bad(_ key: Key) -> DecodingError {
            .dataCorruptedError(forKey: key, in: c, debugDescription: "not a valid \(key.stringValue)")
        }
        func money() throws -> Money {
            guard let currency = try? Currency(code: try c.decode(String.self, forKey: .currency)) else {
                throw bad(.currency)
            }
            guard let amount = try? Money(parsing: try c.decode(String.self, forKey: .amount), currency: currency)
            else { throw bad(.amount) }
            return amount
        }
        func day(_ key: Key) throws -> LocalDate {
            guard let day = LocalDate(iso: try c.decode(String.self, forKey: key)) else { throw bad(key) }
            return day
        }
        switch try c.decode(String.self, forKey: .type) {
        case "contribute":
            self = .contribute(
                goalID: try c.decode(Int64.self, forKey: .goalID), amount: try money(),
                monthly: try c.decodeIfPresent(Bool.self, forKey: .monthly) ?? false)
        case "set_budget":
            guard let month = YearMonth(try c.decode(String.self, forKey: .fromMonth)) else { throw bad(.fromMonth) }
            self = .setBudget(category: try c.decode(String.self, forKey: .category), limit: try money(), from: month)
        case "cancel": self = .cancel(payee: try c.decode(String.self, forKey: .payee))
        case "move_balance":
            self = .moveBalance(
                account: try c.decode(String.self, forKey: .account), goalID: try c.decode(Int64.self, forKey: .goalID),
                amount: try money())
        case "change_target_date":
            self = .changeTargetDate(goalID: try c.decode(Int64.self, forKey: .goalID), date: try day(.targetDate))
        case "review": self = .review(category: try c.decode(String.self, forKey: .category))
        default: throw bad(.type)
        }
    }
}
