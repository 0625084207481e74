public import Foundation

/// Runs the built `goalkit` program, as a person would from a shell.
public enum GoalKitProcess {
    /// The result of one run.
    public struct Result: Sendable {
        /// The exit status.
        public let status: Int32
        /// What it printed on standard output.
        public let stdout: String
        /// What it printed on standard error.
        public let stderr: String
    }

    /// The `goalkit` executable beside the test bundle (SwiftPM builds both into one folder).
    public static var executable: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for folder in candidates {
            var url = folder
            for _ in 0..<4 {
                let binary = url.appendingPathComponent("goalkit")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: binary.path, isDirectory: &isDirectory),
                    !isDirectory.boolValue
                {
                    return binary
                }
                url = url.deletingLastPathComponent()
            }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/goalkit")
    }

    /// Runs `goalkit` with arguments and a database; standard input is empty.
    public static func run(_ arguments: [String], database: String, environment: [String: String] = [:]) throws
        -> Result
    {
        var env = environment
        env["GOALKIT_DB"] = database
        return try runProgram(executable, arguments, environment: env)
    }

    /// Runs a program with arguments and extra environment variables; standard input is empty.
    /// Standard output and standard error are read at once (a child that fills one pipe while
    /// the other is read to its end would wait forever).
    public static func runProgram(_ program: URL, _ arguments: [String], environment: [String: String] = [:]) throws
        -> Result
    {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errData = PipeDrain(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData.wait(), as: UTF8.self))
    }
}
