public import GoalKit

extension Report {
    /// The currencies a report has a part for: the home currency first (present even without
    /// data), then every other one present, by code.
    public static func currencies(home: Currency, present: some Sequence<Currency>) -> [Currency] {
        [home] + Set(present).subtracting([home]).sorted { $0.code < $1.code }
    }

    /// A report of a part per currency: the one built for the home currency, with the parts
    /// built for every other currency present after it.
    /// - Throws: what `build` throws.
    static func perCurrency(
        home: Currency, present: some Sequence<Currency>, _ build: (Currency) throws(AmountOverflowError) -> Report
    ) throws(AmountOverflowError) -> Report {
        let currencies = currencies(home: home, present: present)
        var report = try build(home)
        for other in currencies.dropFirst() { report.parts += try build(other).parts }
        return report
    }
}
