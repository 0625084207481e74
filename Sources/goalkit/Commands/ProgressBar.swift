import Foundation

/// A progress bar on standard error, only when it is a terminal and the file is large.
enum ProgressBar {
    /// Files at least this large get a bar.
    static let threshold = 8 << 20

    /// A progress callback for a file, or nil when no bar should show.
    static func forFile(_ path: String) -> (@Sendable (Int, Int) -> Void)? {
        guard isatty(STDERR_FILENO) == 1,
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size >= threshold
        else { return nil }
        let name = (path as NSString).lastPathComponent
        return { done, total in
            guard total > 0 else { return }
            let percent = min(100, done * 100 / total)
            let filled = percent / 4
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 25 - filled)
            FileHandle.standardError.write(Data("\r\(name) [\(bar)] \(percent)%".utf8))
        }
    }

    /// Clears the bar's line.
    static func clear(_ shown: Bool) {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
