import Foundation

/// Points where a debug build can be told to stop, so crash-safety tests kill a process at a
/// known place instead of after a guessed delay. `GOALKIT_TEST_PAUSE=POINT:MARKER` makes the
/// process create the file MARKER when it reaches POINT and then wait to be killed; a point
/// `import.rows=N` is reached once N rows of an import are written. Release builds ignore
/// the variable: the calls compile to nothing.
public enum TestPause {
    /// The point named by the environment, and the marker file.
    static let wanted: (point: String, marker: String)? = {
        #if DEBUG
            guard let value = ProcessInfo.processInfo.environment["GOALKIT_TEST_PAUSE"],
                let colon = value.firstIndex(of: ":")
            else { return nil }
            return (String(value[..<colon]), String(value[value.index(after: colon)...]))
        #else
            return nil
        #endif
    }()

    /// Stops here when a debug build was asked to (`import.before-commit`, `import.after-commit`,
    /// `recommend.before-commit`, `categorize.before-commit`).
    public static func at(_ point: String) {
        #if DEBUG
            stop(point)
        #endif
    }

    /// Stops once `count` rows of an import are written, when asked for `import.rows=N`, N ≤ count.
    public static func rows(_ count: Int) {
        #if DEBUG
            guard let wanted = wanted, wanted.point.hasPrefix("import.rows="),
                let threshold = Int(wanted.point.dropFirst("import.rows=".count)), count >= threshold
            else { return }
            stop(wanted.point)
        #endif
    }

    static func stop(_ point: String) {
        guard let wanted, wanted.point == point else { return }
        _ = FileManager.default.createFile(atPath: wanted.marker, contents: Data(point.utf8))
        while true { sleep(60) }
    }
}
