import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes one report file whole or not at all, never through a symbolic link.
///
/// The bytes go to a new temporary file in the output folder, opened with
/// `O_CREAT | O_EXCL | O_NOFOLLOW` (so it is a fresh regular file, never a link's target),
/// written in full, `fsync`ed, then `rename`d over the final name: rename replaces a link
/// named like the report by the report itself and leaves the link's target alone. On any
/// failure the temporary file is removed and the error names the final path and the system's
/// reason (`monthly-2024-01.md: no space left on device`); the old file, if any, stays whole.
package enum ReportFileWriter {
    /// Writes a buffer to a file descriptor: returns the bytes written or -1 with `errno` set,
    /// as `write(2)` does. Tests pass one that fails.
    package typealias WriteFunction = @Sendable (Int32, UnsafeRawPointer, Int) -> Int

    /// The system's `write(2)`.
    package static let systemWrite: WriteFunction = { fd, buffer, count in systemWriteCall(fd, buffer, count) }

    /// Writes `content` to `name` in `folder`, atomically.
    /// - Throws: `ReportWriteError` naming the final path and the reason.
    package static func write(
        _ content: String, named name: String, in folder: String, using writeBytes: WriteFunction = systemWrite
    ) throws(ReportWriteError) {
        let target = (folder as NSString).appendingPathComponent(name)
        let (fd, temporary) = try openTemporary(for: name, in: folder, target: target)
        var bytes = Array(content.utf8)
        var failure: Int32 = 0
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = writeBytes(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 {
                    failure = ENOSPC
                    return
                }
                offset += n
            }
        }
        if failure == 0 && fsync(fd) != 0 { failure = errno }
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, target) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary)
            throw ReportWriteError(path: target, reason: reason(failure))
        }
        syncFolder(folder)
    }

    /// `write(2)` itself (a name apart from this type's `write`).
    static func systemWriteCall(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(fd, buffer, count)
        #else
            Darwin.write(fd, buffer, count)
        #endif
    }

    /// Creates a fresh temporary file beside the target (`.NAME.PID.RANDOM.tmp`).
    static func openTemporary(for name: String, in folder: String, target: String) throws(ReportWriteError)
        -> (Int32, String)
    {
        for _ in 0..<8 {
            let temporary = (folder as NSString).appendingPathComponent(
                ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if fd >= 0 { return (fd, temporary) }
            if errno != EEXIST { throw ReportWriteError(path: target, reason: reason(errno)) }
        }
        throw ReportWriteError(path: target, reason: reason(EEXIST))
    }

    /// Creates a folder and the folders above it when missing (`mkdir -p`).
    /// - Throws: `ReportWriteError` naming the first path that could not be made a folder.
    package static func makeFolder(_ path: String) throws(ReportWriteError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o777) == 0 { continue }
            let code = errno
            var info = stat()
            guard code == EEXIST, stat(prefix, &info) == 0 else {
                throw ReportWriteError(path: prefix, reason: reason(code))
            }
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw ReportWriteError(path: prefix, reason: reason(ENOTDIR))
            }
        }
    }

    /// Makes the rename durable (best effort: a folder that cannot be opened is left as is).
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        _ = close(fd)
    }

    /// The system's text for an error number, starting lowercase: `no space left on device`.
    static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
