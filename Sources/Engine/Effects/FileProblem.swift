import Foundation

/// File-system errors in words: the short reason a read or write failed ("permission
/// denied", "the disk is full"), for one-sentence messages instead of error dumps.
public enum FileProblem {
    /// Why `error` happened, in a few lower-case words.
    public static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return posix(ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return posix(underlying.code)
        }
        guard ns.domain == NSCocoaErrorDomain else { return ns.localizedDescription }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileWriteNoPermission, .fileReadNoPermission: return "permission denied"
        case .fileWriteFileExists: return "another file or folder is in the way"
        case .fileWriteOutOfSpace: return "the disk is full"
        case .fileWriteVolumeReadOnly: return "the disk is read-only"
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
        default: return "file system error \(ns.code)"
        }
    }

    private static func posix(_ code: Int) -> String {
        String(cString: strerror(Int32(code))).lowercased()
    }
}
