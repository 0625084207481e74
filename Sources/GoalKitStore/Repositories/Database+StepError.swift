import GRDB
import GRDBSQLite
import GoalKitStorage

extension Database {
    /// The error of a statement stepped through SQLite's C API (the hot paths that bind and
    /// step themselves), as GRDB would have reported it.
    func stepError(_ code: Int32, in statement: Statement) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(sqliteConnection)),
            sql: statement.sql)
    }
}
