/// The `!Type:` sections of a QIF file that hold bank-account lines (the rest — investments,
/// categories, classes, memorised transactions — are skipped and named).
enum QIFSectionType {
    /// The lowercased section names of bank, card, cash and other asset or liability accounts,
    /// built once (a stored static cannot live in the generic parser).
    static let bank: Set<String> = ["bank", "ccard", "cash", "oth a", "oth l"]
}
