import GoalKit
import GoalKitAnalysis

extension MonthlyReport {
    /// What the review list says above its lines.
    static let reviewText = [
        "Lines no layer could categorise: label them with goalkit expenses categorize ID CATEGORY.",
        "A \(CardPayment.unpairedLabel) needs no category: import the card's statement and it becomes a transfer.",
    ]

    /// The month's lines to review, by date: those no layer could categorise, and the card
    /// payments whose card statement is not imported (named so in `note`: they are neither
    /// spending nor uncategorised).
    static func review(_ inMonth: [ReportExpense]) -> Listing {
        Listing(
            columns: ["id", "date", "payee", "account", "amount", "note"],
            rows: inMonth.filter { ($0.category == nil && !$0.isTransfer) || $0.isUnpairedCardPayment }
                .sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map {
                    [
                        .int($0.id), .date($0.date), .text($0.payee), .text(Report.mask($0.account)),
                        .money($0.amount), .text($0.isUnpairedCardPayment ? CardPayment.unpairedLabel : ""),
                    ]
                })
    }

    /// What the spending section says of the month's card payments whose card statement is not
    /// imported: how much, and how it is counted (nothing when there are none).
    static func cardPaymentText(_ total: Money) -> [String] {
        guard total.minorUnits != 0 else { return [] }
        return [
            """
            Card payments to cards whose statements are not imported (\(total.formatted())) are in no category and \
            not in spending: they paid for spending on the card that GoalKit cannot see, and count as money out in the \
            net. Import the card's statement to see that spending by category.
            """
        ]
    }
}
