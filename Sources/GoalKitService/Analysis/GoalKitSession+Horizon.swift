public import GoalKit
public import GoalKitAnalysis
import GoalKitReport
import GoalKitStorage

extension GoalKitSession {
    /// The data horizon of each of the user's accounts: the later of its last line and the
    /// latest end date its statements name.
    /// - Throws: `ServiceError`.
    public func dataHorizon() throws(ServiceError) -> DataHorizon {
        DataHorizon(try service { try store.accountCoverage(userID: userID) })
    }

    /// A sentence for each account whose data ends more than 35 days before `asOf`, with the
    /// day it ends ("Account …7788's statements end 2026-09-30, 62 days before 2026-12-01:
    /// figures after that day are missing."): what every report and `recommend` say first.
    /// - Throws: `ServiceError`.
    public func dataNotes(asOf: LocalDate) throws(ServiceError) -> [String] {
        try dataHorizon().notes(asOf: asOf)
    }
}
