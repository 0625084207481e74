/// The character that separates whole units from the fraction in written amounts.
///
/// GoalKit never guesses it per amount: a file (or the command line) says which mark it uses,
/// and the other characters (`,` `.` `'` and spaces) may then only group thousands.
public enum DecimalMark: String, Sendable, Hashable, CaseIterable {
    /// `1,234.56`
    case period = "."
    /// `1.234,56`
    case comma = ","

    /// The mark as a byte.
    public var byte: UInt8 { self == .period ? UInt8(ascii: ".") : UInt8(ascii: ",") }
}

/// What to do with digits beyond a currency's exponent (`12.345` in USD).
public enum ExcessDecimalsPolicy: Sendable, Hashable {
    /// Refuse the amount (what people typing amounts expect).
    case reject
    /// Round half to even and report it (what bank files need: the written text is kept).
    case roundHalfEven
}
