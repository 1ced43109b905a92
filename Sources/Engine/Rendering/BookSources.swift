import Experiments
import Document
import Foundation

/// The chapter files of a book and its bibliography, in book order: the order listed in
/// `chapters/order.txt` if present, else by file name (numeric prefixes such as `01-`,
/// `02-` decide). Paths outside the project folder are refused.
public struct BookSources: Sendable {
    public var root: URL
    public var chapterFiles: [URL]
    public var bibliography: URL?

    /// Collects sources from the given paths (folders or `.md` files).
    public static func collect(_ paths: [String], projectRoot: URL) throws -> BookSources {
        let root = URL(fileURLWithPath: projectRoot.standardizedFileURL.path, isDirectory: true)
        var files: [URL] = []
        var bibliography: URL?
        for path in paths {
            let url = URL(fileURLWithPath: path, relativeTo: root).standardizedFileURL
            guard url.path == root.path || url.path.hasPrefix(root.path + "/") else {
                throw ResultPathError("'\(path)' is outside the project folder \(root.path); chapters must live inside it")
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                throw ResultPathError("'\(path)' does not exist")
            }
            if isDirectory.boolValue {
                files += try chapters(in: url)
                let bib = url.appendingPathComponent("references.bib")
                if FileManager.default.fileExists(atPath: bib.path) { bibliography = bib }
            } else {
                guard url.pathExtension == "md" else { throw ResultPathError("'\(path)' is not a Markdown (.md) chapter") }
                files.append(url)
                let bib = url.deletingLastPathComponent().appendingPathComponent("references.bib")
                if bibliography == nil, FileManager.default.fileExists(atPath: bib.path) { bibliography = bib }
            }
        }
        guard !files.isEmpty else { throw ResultPathError("no chapters (.md files) found in \(paths.joined(separator: ", "))") }
        return BookSources(root: root, chapterFiles: files, bibliography: bibliography)
    }

    private static func chapters(in folder: URL) throws -> [URL] {
        let order = folder.appendingPathComponent("order.txt")
        if let text = try? String(contentsOf: order, encoding: .utf8) {
            return try text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
                .map { name in
                    let url = folder.appendingPathComponent(name)
                    guard FileManager.default.fileExists(atPath: url.path) else {
                        throw ResultPathError("\(order.path): lists '\(name)', which does not exist")
                    }
                    return url
                }
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        return names.sorted { $0.compare($1, options: .numeric) == .orderedAscending }.map { folder.appendingPathComponent($0) }
    }

    /// The path of a file relative to the project root, for diagnostics.
    public func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        return path.hasPrefix(root.path + "/") ? String(path.dropFirst(root.path.count + 1)) : path
    }
}
