// The recommender's steps for bank fees.
import GoalKit

extension Recommender.Builder {
    mutating func fees() throws(AmountOverflowError) {
        let feeWords = ["fee", "overdraft", "late charge", "service charge", "nsf", "returned item"]
        let feeCategories: Set<String> = ["bank fees", "late fees", "interest charges"]
        // Statements repeat their payees and categories: each is looked at once.
        var feeCategory: [String: Bool] = [:]
        var feePayee: [String: Bool] = [:]
        let items = spending.filter { item in
            guard !used.contains(item.id) else { return false }
            if let category = item.category {
                let isFee = feeCategory[category] ?? feeCategories.contains(category.lowercased())
                feeCategory[category] = isFee
                if isFee { return true }
            }
            if let known = feePayee[item.payee] { return known }
            let text = item.payee.lowercased()
            let isFee = feeWords.contains { text.contains($0) }
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
