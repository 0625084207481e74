import GoalKit
import Testing

/// How a file's category label is compared, and what its lines say of a new category's kind.
@Suite struct CategoryLabelTests {
    @Test(arguments: [
        ("Salary", "salary"), ("  SAVINGS   Transfers ", "savings transfers"), ("Rent & Mortgage", "rent and mortgage"),
        ("rent and mortgage", "rent and mortgage"), ("Rideshare/Taxi", "rideshare taxi"), ("401(k)", "401 k"),
        ("Café", "café"), ("&", "and"), ("--", ""),
    ])
    func keysIgnoreCaseSpacingAndPunctuation(_ label: String, _ key: String) {
        #expect(CategoryLabel.key(label) == key)
    }

    @Test(arguments: [
        ("Groceries", ["groceries"]), ("Food:Groceries", ["food groceries", "groceries"]),
        ("Food > Dining Out", ["food dining out", "dining out"]), ("Income:Salary:", ["income salary", "salary"]),
        ("Groceries:", ["groceries"]), (":", []),
    ])
    func aPathIsLookedForWholeThenByItsLastPart(_ label: String, _ keys: [String]) {
        #expect(CategoryLabel.keys(label) == keys)
    }

    @Test(arguments: [
        ("Transfer to Joint", true), ("TRANSFERS", true), ("[Savings Account]", true), ("Transferwise fees", false),
        ("Savings", false), ("[]", false),
    ])
    func aLabelMayNameATransfer(_ label: String, _ names: Bool) {
        #expect(CategoryLabel.namesTransfer(label) == names)
    }

    /// (amounts in minor units, whether each is marked as a transfer, the kind).
    @Test(
        arguments: [
            ([1_000, 250], [false, false], CategoryKind.income),
            ([-1_000], [false], .expense),
            ([-1_000, 300], [false, false], .expense),  // refunds net against spending
            ([0, 0], [false, false], .expense),
            ([0, 500], [false, false], .income),  // a zero-amount notice says nothing
            ([-500, 500], [true, true], .transfer),
            ([-500, -20], [true, false], .expense),
            ([500, 20], [true, false], .income),
            ([], [], .expense),
        ] as [([Int64], [Bool], CategoryKind)])
    func theLinesOfANewLabelGiveItsKind(_ amounts: [Int64], _ transfers: [Bool], _ kind: CategoryKind) {
        var evidence = CategoryLabel.Evidence()
        for (amount, transfer) in zip(amounts, transfers) { evidence.add(minorUnits: amount, isTransfer: transfer) }
        #expect(evidence.kind == kind)
    }
}
