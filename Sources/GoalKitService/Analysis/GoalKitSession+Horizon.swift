public import GoalKitAnalysis
import GoalKitStore

extension GoalKitSession {
    /// The data horizon of each of the user's accounts: the later of its last line and the
    /// latest end date its statements name.
    /// - Throws: `ServiceError`.
    public func dataHorizon() throws(ServiceError) -> DataHorizon {
        let rows = try service { try store.accountCoverage(userID: userID) }
        return DataHorizon(
            rows.map {
                DataHorizon.Account(
                    account: $0.account, currency: $0.currency, firstLine: $0.firstLine, lastLine: $0.lastLine,
                    statementEnd: $0.statementEnd)
            })
    }
}
