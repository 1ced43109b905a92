import Foundation

/// Everything a render does to the world outside: files and folders, the clock, the
/// environment and git. The pipeline reaches them only through this protocol, so a test can
/// render a book entirely in memory with ``InMemoryEffects``; ``SystemEffects`` is the real
/// machine.
public protocol Effects: Sendable {
    /// The bytes of a file.
    func readFile(_ url: URL) throws -> Data
    /// Writes a file whole or not at all (a temporary file in the same folder, then a
    /// rename), creating the folders on the way; a failed write leaves the old file in place.
    func writeFileAtomically(_ data: Data, to url: URL) throws
    /// The names of the entries of a folder, in no particular order.
    func listFolder(_ url: URL) throws -> [String]
    /// Whether a file or folder exists at `url`.
    func fileExists(_ url: URL) -> Bool
    /// Whether `url` is an existing folder.
    func isFolder(_ url: URL) -> Bool
    /// `url` with `.`, `..` and symbolic links resolved (as far as the path exists).
    func realPath(_ url: URL) -> URL
    /// When a file last changed, if it exists.
    func modificationDate(_ url: URL) -> Date?
    /// Removes a file, or a folder with everything in it.
    func remove(_ url: URL) throws
    /// The current date and time.
    func now() -> Date
    /// The value of an environment variable, if set.
    func environment(_ name: String) -> String?
    /// `abc1234` (plus "with uncommitted changes" when the `chapters` folder has changes)
    /// for the git repository holding `folder`; nil outside a repository.
    func gitCommit(of folder: URL) -> String?
}

extension Effects {
    /// The text of a UTF-8 file; nil when it cannot be read or is not UTF-8.
    public func readText(_ url: URL) -> String? {
        guard let data = try? readFile(url) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// Writes text as UTF-8, atomically.
    public func writeFileAtomically(_ text: String, to url: URL) throws {
        try writeFileAtomically(Data(text.utf8), to: url)
    }
}
