import Foundation

/// A PostgreSQL cluster in a temporary folder, listening only on a socket there, stopped
/// (and removed) when the process exits. As root, the server runs as the `postgres` user.
enum ThrowawayCluster {
    /// The folder of the running cluster, for the exit handler.
    nonisolated(unsafe) private static var folder: String?
    nonisolated(unsafe) private static var pgCtl: String?

    /// Starts a cluster.
    /// - Returns: the URL of its `postgres` database.
    static func start(bin: String) throws -> String {
        let dir = "/tmp/goalkit-pg-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let asRoot = getuid() == 0
        if asRoot { try fm.setAttributes([.ownerAccountName: "postgres"], ofItemAtPath: dir) }
        let data = dir + "/data"
        try run(bin + "/initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"], asRoot)
        let options = "-k \(dir) -p 5432 -c listen_addresses='' -c fsync=off -c max_connections=200"
        try run(bin + "/pg_ctl", ["-D", data, "-o", options, "-l", dir + "/log", "-w", "start"], asRoot)
        folder = dir
        pgCtl = bin + "/pg_ctl"
        atexit {
            guard let dir = ThrowawayCluster.folder, let pgCtl = ThrowawayCluster.pgCtl else { return }
            _ = try? ThrowawayCluster.run(pgCtl, ["-D", dir + "/data", "-m", "immediate", "-w", "stop"], getuid() == 0)
            try? FileManager.default.removeItem(atPath: dir)
        }
        return "postgresql://postgres@/postgres?host=\(dir)&port=5432&sslmode=disable"
    }

    /// Runs a program to its end, through `posix_spawn` and `waitpid`: Foundation's `Process`
    /// never saw `runuser` end here (the child stayed a zombie) inside the test process. Its
    /// output goes to a file, not a pipe: `pg_ctl start` leaves the server holding what it
    /// inherited, so a pipe would never reach its end.
    static func run(_ program: String, _ arguments: [String], _ asRoot: Bool) throws {
        let executable = asRoot ? "/usr/sbin/runuser" : program
        let argv = [executable] + (asRoot ? ["-u", "postgres", "--", program] : []) + arguments
        let output = NSTemporaryDirectory() + "goalkit-pg-run-" + UUID().uuidString
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, &cArguments, environ)
        guard spawned == 0 else {
            throw PostgresTestServer.ServerUnavailable(description: "\(executable) did not start: errno \(spawned)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = (status & 0x7f) == 0
        let code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            throw PostgresTestServer.ServerUnavailable(
                description: "\(program) ended with status \(status): \(text)")
        }
    }
}
