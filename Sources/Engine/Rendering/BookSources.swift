import Experiments
import Document
import Foundation

/// The chapter files of a book and its bibliography, in book order: the order listed in
/// `chapters/order.txt` if present, else by file name (numeric prefixes such as `01-`,
/// `02-` decide); `.md` and `.qmd` files are chapters, except partials named `_*.md`. Paths outside the project folder, and chapters or a bibliography that are
/// symbolic links to files outside it, are refused; `order.txt` may list only `.md` files
/// inside its own folder.
public struct BookSources: Sendable {
    public var root: URL
    public var chapterFiles: [URL]
    public var bibliography: URL?
    /// `report.yml` or `myst.yml` beside the chapters (or at the project root): book-wide fields.
    public var projectFile: URL?

    /// Collects sources from the given paths (folders or `.md` files).
    public static func collect(_ paths: [String], projectRoot: URL, effects: any Effects = SystemEffects()) throws -> BookSources {
        let root = URL(fileURLWithPath: projectRoot.standardizedFileURL.path, isDirectory: true)
        var files: [URL] = []
        var bibliography: URL?
        var projectFile: URL?
        func findProjectFile(in folder: URL) {
            guard projectFile == nil else { return }
            projectFile = ProjectFile.names.map { folder.appendingPathComponent($0) }.first { effects.fileExists($0) && !effects.isFolder($0) }
        }
        for path in paths {
            let url = URL(fileURLWithPath: path, relativeTo: root).standardizedFileURL
            guard isInside(url, root, effects: effects) else {
                throw LocatedError("'\(path)' is outside the project folder \(root.path); chapters must live inside it")
            }
            guard effects.fileExists(url) else {
                throw LocatedError("'\(path)' does not exist")
            }
            if effects.isFolder(url) {
                files += try chapters(in: url, effects: effects)
                let bib = url.appendingPathComponent("references.bib")
                if effects.fileExists(bib) { bibliography = bib }
                findProjectFile(in: url)
            } else {
                guard isChapterName(url.lastPathComponent) else { throw LocatedError("'\(path)' is not a Markdown (.md or .qmd) chapter; files starting with '_' are partials for {include}") }
                files.append(url)
                let bib = url.deletingLastPathComponent().appendingPathComponent("references.bib")
                if bibliography == nil, effects.fileExists(bib) { bibliography = bib }
                findProjectFile(in: url.deletingLastPathComponent())
            }
        }
        findProjectFile(in: root)
        guard !files.isEmpty else { throw LocatedError("no chapters (.md files) found in \(paths.joined(separator: ", "))") }
        for file in files + [bibliography, projectFile].compactMap({ $0 }) where !isInside(file, root, effects: effects) {
            throw LocatedError("'\(file.path)' is a link to \(effects.realPath(file).path), outside the project folder \(root.path); copy the file into the project")
        }
        return BookSources(root: root, chapterFiles: files, bibliography: bibliography, projectFile: projectFile)
    }

    /// Whether `url` is `root` or inside it, once symbolic links are resolved.
    static func isInside(_ url: URL, _ root: URL, effects: any Effects) -> Bool {
        let path = effects.realPath(url).path, rootPath = effects.realPath(root).path
        return path == rootPath || path.hasPrefix(rootPath + "/")
    }

    private static func chapters(in folder: URL, effects: any Effects) throws -> [URL] {
        let order = folder.appendingPathComponent("order.txt")
        if let text = effects.readText(order) {
            return try text.components(separatedBy: .newlines).enumerated()
                .map { ($0.offset + 1, $0.element.trimmingCharacters(in: .whitespacesAndNewlines)) }
                .filter { !$0.1.isEmpty && !$0.1.hasPrefix("#") }
                .map { line, name in
                    let url = folder.appendingPathComponent(name).standardizedFileURL
                    guard isChapterName(name), isInside(url, folder, effects: effects), !effects.isFolder(url) else {
                        throw LocatedError("\(order.path):\(line):1: '\(name)' is not a .md chapter inside \(folder.path); order.txt lists chapter files of its own folder")
                    }
                    guard effects.fileExists(url) else {
                        throw LocatedError("\(order.path):\(line):1: lists '\(name)', which does not exist")
                    }
                    return url
                }
        }
        let names = try effects.listFolder(folder).filter(isChapterName)
        return names.sorted { $0.compare($1, options: .numeric) == .orderedAscending }.map { folder.appendingPathComponent($0) }
    }

    /// Chapters are `.md` and `.qmd` files; a name starting with `_` is a partial, read only by `{include}`.
    static func isChapterName(_ name: String) -> Bool {
        (name.hasSuffix(".md") || name.hasSuffix(".qmd")) && !name.hasPrefix("_")
    }

    /// The path of a file relative to the project root, for diagnostics.
    public func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        return path.hasPrefix(root.path + "/") ? String(path.dropFirst(root.path.count + 1)) : path
    }
}
