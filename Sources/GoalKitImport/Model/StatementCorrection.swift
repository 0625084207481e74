/// A statement line that corrects an earlier one, as OFX writes it (`CORRECTFITID` and
/// `CORRECTACTION` inside `STMTTRN`).
public struct StatementCorrection: Hashable, Sendable {
    /// What the correction does to its target.
    public enum Action: String, Sendable, Hashable {
        /// The line carrying the correction takes the place of the target.
        case replace
        /// The target is deleted; the line carrying the correction is no transaction itself.
        case delete
    }

    /// The bank's id (OFX `FITID`) of the line corrected.
    public var targetBankID: String
    /// What happens to it.
    public var action: Action

    /// Creates a correction.
    public init(targetBankID: String, action: Action) {
        self.targetBankID = targetBankID
        self.action = action
    }
}
