public import GoalKit
public import GoalKitAnalysis
import GoalKitReport
public import GoalKitStorage

/// What `goalkit expenses categorize` did, and what the label changes at the next
/// `goalkit categorize` among the other lines of the same merchant.
public struct CategoryCorrection: Sendable {
    /// The labelled expense, with its new category's name.
    public var row: ExpenseListingRow
    /// Whether the label teaches the other lines of its payee or is this line's alone.
    public var scope: LabelScope
    /// The merchant as the categoriser keys lines: the normalised payee (as the bank wrote it
    /// when nothing is left of it).
    public var merchant: String
    /// Whether the payee has words to key other lines by (a payee of only numbers has none).
    public var hasMerchantKey: Bool
    /// Whether the line's label before this one taught the categoriser (yours or the bank
    /// file's, not for this line only).
    public var wasTeaching: Bool
    /// The other lines of the same merchant (the same `ExpenseFeatures.payeeKey`).
    public var otherLines: Int
    /// Of those, the ones labelled by you or by the bank file: `categorize` leaves them.
    public var labelledLines: Int
    /// The other lines of the merchant the next `categorize` moves, with this label in place
    /// (what moves them: the label when it teaches; this line's earlier label no longer
    /// teaching, when it is for this line only).
    public var moves: CategoryChanges

    /// What the command prints: the new category, then what moves at the next `categorize`.
    ///
    /// ```
    /// Expense 151 (STARBUCKS STORE 0212) is now Restaurants
    /// The next 'goalkit categorize' moves 71 other line(s) of Starbucks Store:
    ///   71 line(s) Coffee Shops → Restaurants
    /// To label this line alone, add --only-this.
    /// ```
    public var text: String {
        let e = row.expense
        let category = TextEscaping.visible(row.categoryName ?? "")
        var lines = ["Expense \(e.id ?? 0) (\(TextEscaping.visible(e.payeeRaw))) is now \(category)"]
        if scope == .line { lines[0] += ", this line only: the label teaches no other line" }
        lines += merchantLines
        if labelledLines > 0 {
            lines.append("\(labelledLines) other line(s) of it are labelled by you or the bank file and stay.")
        }
        if scope == .payee && !moves.isEmpty { lines.append("To label this line alone, add --only-this.") }
        return lines.joined(separator: "\n")
    }

    /// What the next `categorize` does to the merchant's other lines.
    private var merchantLines: [String] {
        let merchant = TextEscaping.visible(self.merchant)
        guard hasMerchantKey else { return ["Its payee has no words to find other lines of the merchant by."] }
        guard otherLines > 0 else { return ["It is the only line of \(merchant)."] }
        guard !moves.isEmpty else {
            return ["None of the \(otherLines) other line(s) of \(merchant) moves at the next 'goalkit categorize'."]
        }
        var lines = ["The next 'goalkit categorize' moves \(moves.total) other line(s) of \(merchant):"]
        lines += CategoryChangesView.groups(moves, payee: false)
        if scope == .line {
            lines.append(
                wasTeaching
                    ? "(This line's earlier label taught them; now it teaches nothing.)"
                    : "(Not because of this label: it teaches nothing.)")
        }
        return lines
    }
}
