import Foundation
import GoalKit
import GoalKitAnalysis
import Testing

@Suite struct CashFlowTests {
    func item(_ day: String, _ minor: Int64, _ category: String?, income: Bool = false, transfer: Bool = false)
        -> CashFlow.Item
    {
        CashFlow.Item(
            date: LocalDate(iso: day)!, amount: Money(minorUnits: minor, currency: .usd), category: category,
            isIncomeCategory: income, isTransfer: transfer)
    }

    @Test func nettsRefundsAndLeavesTransfersOut() throws {
        let flow = try CashFlow(
            items: [
                item("2024-01-05", 300_000, "Salary", income: true),
                item("2024-01-06", -12_000, "Clothing"), item("2024-01-20", 4_000, "Clothing"),  // a refund
                item("2024-01-07", -5_000, nil), item("2024-01-08", 1_000, nil),
                item("2024-01-09", -50_000, "Savings Transfers", transfer: true),
                item("2024-01-10", -99, "Coffee"),
            ], from: YearMonth("2024-01")!, through: YearMonth("2024-01")!, currency: .usd)
        let january = flow.months[0]
        #expect(january.income.minorUnits == 301_000)
        #expect(january.byCategory["Clothing"]?.minorUnits == 8_000)
        #expect(january.byCategory["Uncategorized"]?.minorUnits == 5_000)
        #expect(january.spending.minorUnits == 13_099)
        #expect(january.net.minorUnits == 287_901)
    }

    /// A card payment whose card statement is not imported: money out on its own line, in no
    /// category and not in spending, subtracted in the net; a paired one is a transfer.
    @Test func anUnpairedCardPaymentIsMoneyOutOnItsOwnLine() throws {
        func card(_ day: String, _ minor: Int64, unpaired: Bool) -> CashFlow.Item {
            CashFlow.Item(
                date: LocalDate(iso: day)!, amount: Money(minorUnits: minor, currency: .usd), category: nil,
                isTransfer: true, isUnpairedCardPayment: unpaired)
        }
        let flow = try CashFlow(
            items: [
                item("2024-01-05", 300_000, "Salary", income: true), item("2024-01-06", -12_000, "Clothing"),
                card("2024-01-07", -41_255, unpaired: true), card("2024-01-20", -10_000, unpaired: true),
                card("2024-01-21", -7_700, unpaired: false),
            ], from: YearMonth("2024-01")!, through: YearMonth("2024-01")!, currency: .usd)
        let january = flow.months[0]
        #expect(january.cardPayments.minorUnits == 51_255)
        #expect(january.spending.minorUnits == 12_000)
        #expect(january.byCategory == ["Clothing": Money(minorUnits: 12_000, currency: .usd)])
        #expect(january.net.minorUnits == 300_000 - 12_000 - 51_255)
    }

    /// Card payments and the net are summed with overflow checks, naming the figure.
    @Test func cardPaymentsPastSixtyFourBitsAreAnErrorNotAWrap() {
        let items = [Int64.max, Int64.max].map { minor in
            CashFlow.Item(
                date: LocalDate(iso: "2024-01-07")!, amount: Money(minorUnits: -minor, currency: .usd),
                category: nil, isTransfer: true, isUnpairedCardPayment: true)
        }
        let sum = #expect(throws: AmountOverflowError.self) {
            try CashFlow(items: items, from: YearMonth("2024-01")!, through: YearMonth("2024-01")!, currency: .usd)
        }
        #expect(sum?.context == "cash flow 2024-01: card payments (card statement not imported)")
        let income = CashFlow.Item(
            date: LocalDate(iso: "2024-01-05")!, amount: Money(minorUnits: -Int64.max, currency: .usd),
            category: "Salary", isIncomeCategory: true)
        let net = #expect(throws: AmountOverflowError.self) {
            try CashFlow(
                items: [income, items[0]], from: YearMonth("2024-01")!, through: YearMonth("2024-01")!, currency: .usd)
        }
        #expect(net?.context == "cash flow 2024-01: net (income minus spending minus card payments)")
    }

    @Test func freeCashFlowIsTheMedianSoABonusDoesNotDistortIt() throws {
        var items: [CashFlow.Item] = []
        for month in 1...5 {
            items.append(item(String(format: "2024-%02d-01", month), 100_000, "Salary", income: true))
            items.append(item(String(format: "2024-%02d-02", month), -70_000, "Rent & Mortgage"))
        }
        items.append(item("2024-03-15", 1_000_000, "Salary", income: true))  // a bonus
        let flow = try CashFlow(
            items: items, from: YearMonth("2024-01")!, through: YearMonth("2024-05")!, currency: .usd)
        #expect(flow.months.count == 5)
        #expect(flow.freeCashFlow.minorUnits == 30_000)
        let even = try CashFlow(
            items: items, from: YearMonth("2024-01")!, through: YearMonth("2024-06")!, currency: .usd)
        #expect(even.months.last?.net.minorUnits == 0)
        #expect(even.freeCashFlow.minorUnits == 30_000)
    }

    /// (net of one month, net of the next, free cash flow): of two middle months the mean,
    /// rounded half to even, without overflow at the limits.
    @Test(
        arguments: [
            (481_401, 481_402, 481_402), (481_400, 481_401, 481_400), (481_402, 481_401, 481_402),
            (-481_401, -481_402, -481_402), (-481_400, -481_401, -481_400), (1, 2, 2), (-1, 0, 0), (-1, -2, -2),
            (.max, .max - 1, .max - 1), (.max, .max, .max), (-.max, -(.max - 1), -(.max - 1)), (.max, -.max, 0),
        ] as [(Int64, Int64, Int64)])
    func theMeanOfTwoMiddleMonthsRoundsHalfToEven(first: Int64, second: Int64, median: Int64) throws {
        // One uncategorised line a month: money in is income, money out spending.
        let flow = try CashFlow(
            items: [item("2024-01-10", first, nil), item("2024-02-10", second, nil)], from: YearMonth("2024-01")!,
            through: YearMonth("2024-02")!, currency: .usd)
        #expect(flow.months.map(\.net.minorUnits) == [first, second])
        #expect(flow.freeCashFlow == Money(minorUnits: median, currency: .usd))
    }
}
