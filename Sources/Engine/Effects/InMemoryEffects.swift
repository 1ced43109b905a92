import Foundation

/// A pure, in-memory world for tests: a dictionary of files keyed by absolute path, a clock
/// that stands still, a fixed environment and a fixed git commit. A file's modification date
/// is the clock's date plus one second per write made before it, so a rewrite is seen. Folders exist when
/// created by a write or holding a file. Folders made read-only refuse writes, to test
/// what happens when a file cannot be written.
public final class InMemoryEffects: Effects, @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: (data: Data, modified: Date)] = [:]
    private var folders: Set<String> = ["/"]
    private var readOnly: [String] = []
    private var writes = 0
    private let date: Date
    private let variables: [String: String]
    private let commit: String?

    /// An empty file system; `now()` is always `date`.
    public init(files: [String: String] = [:], date: Date = Date(timeIntervalSince1970: 0),
                environment: [String: String] = [:], gitCommit: String? = nil) {
        self.date = date
        self.variables = environment
        self.commit = gitCommit
        for (path, text) in files { store(Data(text.utf8), at: Self.key(URL(fileURLWithPath: path))) }
    }

    /// The paths of every file, sorted.
    public var paths: [String] {
        lock.withLock { files.keys.sorted() }
    }

    /// Makes writes to `folder` and everything under it fail.
    public func makeReadOnly(_ folder: URL) {
        lock.withLock { readOnly.append(Self.key(folder)) }
    }

    public func readFile(_ url: URL) throws -> Data {
        let key = Self.key(url)
        guard let file = lock.withLock({ files[key] }) else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: key]) }
        return file.data
    }

    public func writeFileAtomically(_ data: Data, to url: URL) throws {
        let key = Self.key(url)
        try lock.withLock {
            guard !readOnly.contains(where: { Self.isInside(key, $0) }) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: key])
            }
            guard !folders.contains(key) else { throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: key]) }
            store(data, at: key)
        }
    }

    public func listFolder(_ url: URL) throws -> [String] {
        let key = Self.key(url)
        return try lock.withLock {
            guard folders.contains(key) else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: key]) }
            let prefix = key == "/" ? "/" : key + "/"
            let children = (Array(files.keys) + Array(folders)).filter { $0.hasPrefix(prefix) && $0 != key }
                .map { String($0.dropFirst(prefix.count)) }.filter { !$0.contains("/") }
            return children.sorted()
        }
    }

    public func fileExists(_ url: URL) -> Bool {
        let key = Self.key(url)
        return lock.withLock { files[key] != nil || folders.contains(key) }
    }

    public func isFolder(_ url: URL) -> Bool {
        let key = Self.key(url)
        return lock.withLock { folders.contains(key) }
    }

    public func realPath(_ url: URL) -> URL {
        URL(fileURLWithPath: Self.key(url))
    }

    public func modificationDate(_ url: URL) -> Date? {
        let key = Self.key(url)
        return lock.withLock { files[key]?.modified ?? (folders.contains(key) ? date : nil) }
    }

    public func remove(_ url: URL) throws {
        let key = Self.key(url)
        try lock.withLock {
            guard files[key] != nil || folders.contains(key) else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: key])
            }
            files = files.filter { !Self.isInside($0.key, key) }
            folders = folders.filter { !Self.isInside($0, key) }
        }
    }

    public func now() -> Date { date }

    public func environment(_ name: String) -> String? { variables[name] }

    public func gitCommit(of folder: URL) -> String? { commit }

    /// Stores a file and creates its folders; the caller holds the lock (or is the initialiser).
    private func store(_ data: Data, at key: String) {
        files[key] = (data, date.addingTimeInterval(Double(writes)))
        writes += 1
        var folder = (key as NSString).deletingLastPathComponent
        while !folders.contains(folder) {
            folders.insert(folder)
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    private static func key(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    private static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }
}
