import Foundation

/// Timestamps as the records hold them: UTC `YYYY-MM-DD HH:MM:SS.SSS`, as SQLite writes them.
enum PostgresStamp {
    static func text(_ date: Date) -> String {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        var seconds = time_t(millis / 1000 - (millis % 1000 < 0 ? 1 : 0))
        let fraction = ((millis % 1000) + 1000) % 1000
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let millisText = String(fraction + 1000).dropFirst()
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)).\(millisText)"
    }
}
