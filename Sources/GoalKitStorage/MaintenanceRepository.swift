public import Foundation

/// Checks on the database itself.
///
/// Every call is one transaction; ids of another user are not found.
public protocol MaintenanceRepository {
    /// Checks the database for damage (SQLite: `PRAGMA quick_check`, every page and every
    /// row's format, without comparing indexes to tables; seconds on a million expenses).
    /// - Throws: `StoreError` `.corrupt` naming the file, what the check found, and how to
    ///   restore it.
    func quickCheck() throws(StoreError)

    /// Runs `quickCheck()` when it has not run on this file in the last day, and records when it
    /// ran (SQLite: the `settings` key `quick_check_at:` followed by the file's absolute path,
    /// so a copy or a moved file is checked anew). A record that cannot be written (a
    /// read-only file) only means the check runs again next time.
    /// - Parameter now: the time (the clock by default).
    /// - Throws: `StoreError` `.corrupt` when the file is damaged.
    func quickCheckIfDue(now: Date) throws(StoreError)
}

extension MaintenanceRepository {
    /// Runs `quickCheck()` when it has not run in the last day (by the clock).
    /// - Throws: `StoreError` `.corrupt` when the database is damaged.
    public func quickCheckIfDue() throws(StoreError) { try quickCheckIfDue(now: Date()) }
}
