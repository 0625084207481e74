public import GoalKit

/// A payment from an account to a credit card. When the card's statement is imported, the
/// payment pairs with the card's side (`TransferPairer`) and is a transfer between own
/// accounts. When it is not, the money left the account to pay for spending GoalKit cannot
/// see: it is no spending of any category and not uncategorised, but money out all the same,
/// shown on its own line (`unpairedLabel`) in the reports, the cash flow and the review lists.
public enum CardPayment {
    /// The name of a card payment whose card statement is not imported, wherever it is shown.
    public static let unpairedLabel = "card payment (card statement not imported)"

    /// The shipped category of card payments (under Transfers).
    public static let category = "Credit Card Payments"

    /// Whether a line is a card payment whose other side is not imported: money out, paired
    /// with no line of another account, with card-payment words or in the card payments category.
    /// - Parameters:
    ///   - amount: the signed amount (money in is the card's own side: a transfer either way).
    ///   - isPaired: whether the transfer pass found its other side.
    ///   - text: payee and memo.
    ///   - category: the category's name, if any.
    public static func isUnpaired(amount: Money, isPaired: Bool, text: String, category: String?) -> Bool {
        guard amount.isNegative, !isPaired else { return false }
        if let category, category.lowercased() == Self.category.lowercased() { return true }
        return CardPaymentWording.matches(text)
    }
}
