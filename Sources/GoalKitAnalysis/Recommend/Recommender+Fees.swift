// The recommender's steps for bank fees.
import GoalKit

extension Recommender.Builder {
    /// The fee lines: those the categoriser filed under Fees & Charges (Bank Fees, which it
    /// fills from OFX `FEE`/`SRVCHG`, CAMT codes and whole fee words, and its siblings), and
    /// uncategorised lines whose payee has a fee word as a whole word (`BankFeeSignals`) —
    /// never a word's inside: "Blue Bottle Coffee" is no fee.
    mutating func fees() throws(AmountOverflowError) {
        let feeCategories: Set<String> = ["bank fees", "late fees", "interest charges"]
        // Statements repeat their payees and categories: each is looked at once.
        var feeCategory: [String: Bool] = [:]
        var feePayee: [String: Bool] = [:]
        let items = spending.filter { item in
            guard !used.contains(item.id) else { return false }
            if let category = item.category {
                let isFee =
                    feeCategory[category]
                    ?? (item.group == "Fees & Charges"
                        || feeCategories.contains(category.lowercased()))
                feeCategory[category] = isFee
                return isFee
            }
            if let known = feePayee[item.payee] { return known }
            let isFee = !BankFeeSignals.feeWords(item.payee).isEmpty
            feePayee[item.payee] = isFee
            return isFee
        }
        guard !items.isEmpty else { return }
        let total = try spent(items, "fees")
        let monthly = quotient(total, over: windowMonths)
        try add(
            RecommendationDraft(
                type: .stopFees, subject: "fees",
                title: "Stop paying \(money(monthly).formatted()) a month in bank fees",
                description: """
                    \(items.count) fee(s) came to \(money(total)) over \(windowText). A fee-free account, \
                    alerts before overdrafts and paying on time avoid them.
                    """,
                category: "Fees & Charges", potentialImpact: money(monthly), difficulty: .easy,
                steps: [
                    "Turn on low-balance alerts.", "Ask the bank to waive recent fees.",
                    "Move to a fee-free account if they repeat.",
                ],
                evidence: items.map(\.id)))
    }
}
