import Document
import Foundation

/// The chapter files of a book and its bibliography, in book order: the order listed in
/// `chapters/order.txt` if present, else by file name (numeric prefixes such as `01-`,
/// `02-` decide). Paths outside the project folder (symbolic links resolved) are refused.
public struct BookSources: Sendable {
    public var root: URL
    public var chapterFiles: [URL]
    public var bibliography: URL?

    /// Collects sources from the given paths (folders or `.md` files).
    public static func collect(_ paths: [String], projectRoot: URL, effects: any Effects = SystemEffects()) throws -> BookSources {
        let root = URL(fileURLWithPath: projectRoot.standardizedFileURL.path, isDirectory: true)
        var files: [URL] = []
        var bibliography: URL?
        for path in paths {
            let url = URL(fileURLWithPath: path, relativeTo: root).standardizedFileURL
            guard isInside(url, root, effects: effects) else {
                throw ResultPathError("'\(path)' is outside the project folder \(root.path); chapters must live inside it")
            }
            guard effects.fileExists(url) else {
                throw ResultPathError("'\(path)' does not exist")
            }
            if effects.isFolder(url) {
                files += try chapters(in: url, effects: effects)
                let bib = url.appendingPathComponent("references.bib")
                if effects.fileExists(bib) { bibliography = bib }
            } else {
                guard url.pathExtension == "md" else { throw ResultPathError("'\(path)' is not a Markdown (.md) chapter") }
                files.append(url)
                let bib = url.deletingLastPathComponent().appendingPathComponent("references.bib")
                if bibliography == nil, effects.fileExists(bib) { bibliography = bib }
            }
        }
        guard !files.isEmpty else { throw ResultPathError("no chapters (.md files) found in \(paths.joined(separator: ", "))") }
        return BookSources(root: root, chapterFiles: files, bibliography: bibliography)
    }

    /// Whether `url` is `root` or inside it, once symbolic links are resolved.
    static func isInside(_ url: URL, _ root: URL, effects: any Effects) -> Bool {
        let path = effects.realPath(url).path, rootPath = effects.realPath(root).path
        return path == rootPath || path.hasPrefix(rootPath + "/")
    }

    private static func chapters(in folder: URL, effects: any Effects) throws -> [URL] {
        let order = folder.appendingPathComponent("order.txt")
        if let text = effects.readText(order) {
            return try text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
                .map { name in
                    let url = folder.appendingPathComponent(name)
                    guard effects.fileExists(url) else {
                        throw ResultPathError("\(order.path): lists '\(name)', which does not exist")
                    }
                    return url
                }
        }
        let names = try effects.listFolder(folder).filter { $0.hasSuffix(".md") }
        return names.sorted { $0.compare($1, options: .numeric) == .orderedAscending }.map { folder.appendingPathComponent($0) }
    }

    /// The path of a file relative to the project root, for diagnostics.
    public func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        return path.hasPrefix(root.path + "/") ? String(path.dropFirst(root.path.count + 1)) : path
    }
}
