import Foundation

/// Running a command as a child process and measuring its wall time and peak memory.
enum Measure {
    struct Run {
        var seconds: Double
        var peakMB: Double
        var status: Int32
    }

    /// Runs a program with arguments; wall time from spawn to exit, peak RSS from wait4.
    static func run(_ program: String, _ arguments: [String], stdin: String? = nil) -> Run {
        var pid: pid_t = 0
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        if let stdin { posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0) }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        let started = DispatchTime.now()
        guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else {
            return Run(seconds: 0, peakMB: 0, status: -1)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        return Run(seconds: seconds, peakMB: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF)
    }

    /// The median of several runs (by time), with the largest peak memory among them.
    static func median(_ runs: Int, _ body: () -> Run) -> Run {
        let all = (0..<runs).map { _ in body() }
        var chosen = all.sorted { $0.seconds < $1.seconds }[runs / 2]
        chosen.peakMB = all.map(\.peakMB).max() ?? 0
        chosen.status = all.map(\.status).max() ?? 0
        return chosen
    }

    /// Times a block in this process.
    static func time(_ body: () -> Void) -> Double {
        let started = DispatchTime.now()
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
    }
}
