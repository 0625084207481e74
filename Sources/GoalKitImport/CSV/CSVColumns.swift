/// The columns of a decided layout, looked up once per file instead of once per row.
struct CSVColumns {
    let date: Int?
    let account: Int?
    let currency: Int?
    let amount: Int?
    let debit: Int?
    let credit: Int?
    let direction: Int?
    let reference: Int?
    let category: Int?
    let payees: [Int]
    let memos: [Int]
    /// The columns whose text together is the amount as written.
    let amountText: [Int]
    /// The columns a row must have for its date and money to be read by position (text
    /// columns at a row's end may be missing).
    let positional: [Int]

    init(_ layout: CSVLayout) {
        date = layout.first(.date)
        account = layout.first(.account)
        currency = layout.first(.currency)
        amount = layout.first(.amount)
        debit = layout.first(.debit)
        credit = layout.first(.credit)
        direction = layout.useDirection ? layout.first(.direction) : nil
        reference = layout.first(.reference)
        category = layout.first(.category)
        payees = layout.columns[.payee] ?? []
        memos = layout.columns[.memo] ?? []
        amountText = (layout.useDirection ? [amount, direction] : [amount, debit, credit]).compactMap { $0 }
        positional =
            [date, account, currency, amount, debit, credit, direction, layout.first(.balance)].compactMap { $0 }
    }

    /// Every column the parser reads.
    var read: [Int] {
        [date, account, currency, amount, debit, credit, direction, reference, category].compactMap { $0 } + payees
            + memos
    }

    /// A mask of the columns to read, for `CSVRecordReader.wanted`.
    static func mask(_ columns: [Int]) -> [Bool] {
        var mask = Array(repeating: false, count: (columns.max() ?? -1) + 1)
        for column in columns where column >= 0 { mask[column] = true }
        return mask
    }
}
