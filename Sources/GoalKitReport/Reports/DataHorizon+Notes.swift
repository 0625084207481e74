public import GoalKit
public import GoalKitAnalysis

extension DataHorizon {
    /// A sentence for each account whose data ends more than `days` days before `asOf`
    /// (`behind(asOf:days:)`), with the day it ends, for the top of a report and `recommend`:
    ///
    /// "Account …7788's statements end 2026-09-30, 62 days before 2026-12-01: figures after
    /// that day are missing."
    ///
    /// An account whose files named no end says "data ends … (its last line)".
    public func notes(asOf: LocalDate, days: Int = DataHorizon.staleDays) -> [String] {
        behind(asOf: asOf, days: days).compactMap { account in
            guard let horizon = account.horizon else { return nil }
            let gap = horizon.days(to: asOf)
            let ends =
                account.endsWithStatement ? "statements end \(horizon)" : "data ends \(horizon) (its last line)"
            return """
                Account \(Report.mask(account.account))'s \(ends), \(gap) days before \(asOf): figures after that day \
                are missing.
                """
        }
    }

    /// The notes of a monthly report: as of the month's last day, an account is named when
    /// it is more than 35 days behind, or when its data ends before the month begins (the
    /// whole month is missing from it).
    public func notes(month: YearMonth) -> [String] {
        notes(asOf: month.lastDay, days: min(Self.staleDays, month.firstDay.days(to: month.lastDay)))
    }
}
