/// A sum, difference or product of money that does not fit in 64-bit minor units: the
/// reports and the analysis refuse it with this error instead of trapping.
///
/// ```swift
/// try CheckedAmount.sum(amounts, "monthly report 2024-01: spending of Groceries")
/// // monthly report 2024-01: spending of Groceries: beyond ±9,223,372,036,854,775,807 minor units
/// ```
public struct AmountOverflowError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was being computed: the report, the month or category, the figure.
    public var context: String

    /// Creates the error.
    /// - Parameter context: what was being computed, e.g. `monthly report 2024-01: net`.
    public init(_ context: String) { self.context = context }

    public var description: String { "\(context): beyond ±9,223,372,036,854,775,807 minor units" }
}
