import Foundation

/// Foundation's file errors in `strerror` words with the path, instead of
/// `NSCocoaErrorDomain Code=516`.
enum FileErrorText {
    /// "PATH: what was being done: File exists".
    static func message(_ error: any Error, path: String? = nil, doing action: String? = nil) -> String {
        let nsError = error as NSError
        let file =
            path ?? (nsError.userInfo[NSFilePathErrorKey] as? String)
            ?? (nsError.userInfo[NSURLErrorKey] as? URL)?.path
        let prefix = [file, action].compactMap { $0 }.joined(separator: ": ")
        return (prefix.isEmpty ? "" : prefix + ": ") + reason(nsError)
    }

    /// The `strerror` text of a Cocoa or POSIX file error, else Foundation's own description.
    static func reason(_ error: NSError) -> String {
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        guard error.domain == NSCocoaErrorDomain else { return error.localizedDescription }
        switch CocoaError.Code(rawValue: error.code) {
        case .fileWriteFileExists: return String(cString: strerror(EEXIST))
        case .fileNoSuchFile, .fileReadNoSuchFile: return String(cString: strerror(ENOENT))
        case .fileReadNoPermission, .fileWriteNoPermission: return String(cString: strerror(EACCES))
        case .fileWriteOutOfSpace: return String(cString: strerror(ENOSPC))
        case .fileWriteVolumeReadOnly: return String(cString: strerror(EROFS))
        case .fileReadTooLarge: return String(cString: strerror(EFBIG))
        default: return "cannot read or write the file (error \(error.code))"
        }
    }

    /// Whether an error is one of Foundation's file errors.
    static func isFileError(_ error: any Error) -> Bool {
        let nsError = error as NSError
        return nsError.domain == NSCocoaErrorDomain || nsError.domain == NSPOSIXErrorDomain
    }
}
