import Document
import Foundation

/// Directives that bring in source text, resolved right after parsing (before the
/// experiments are planned, so an included file's experiments run too):
/// `{include} path.md` parses another Markdown file in place (its blocks keep that file's
/// positions; a missing file or a cycle is an error at the directive), and `{list-table}`
/// and `{csv-table}` become tables; Quarto code cells (`{python}`, `{r}`, ...) are shown as
/// code with a warning. Paths are relative to the including file and must stay
/// inside the project.
struct SourceDirectives: DocumentRewriter {
    let sources: BookSources
    let effects: any Effects
    /// Files being included, innermost last (the chapter first).
    var stack: [URL]
    var diagnostics: [Diagnostic] = []
    /// The lines of every included file, by display path.
    var sourceLines: [String: [String]] = [:]

    init(sources: BookSources, effects: any Effects, chapter: URL) {
        self.sources = sources
        self.effects = effects
        stack = [chapter.standardizedFileURL]
    }

    mutating func rewrite(block: Block) -> [Block] {
        guard case let .directive(d) = block else { return [rewriteChildren(of: block)] }
        switch d.name {
        case "include": return include(d)
        case "list-table": return [SourceTables.listTable(d, report: { report($0, at: $1) })]
        case "csv-table":
            var text = d.content
            var origin = (file: d.location.file, line: d.contentLine)
            if let option = d.option("file") {
                guard let url = file(option.value, at: option.location), let loaded = read(url, at: option.location) else {
                    return [.error(diagnostics.last!)]
                }
                text = loaded
                origin = (sources.displayPath(url), 1)
            }
            return [SourceTables.csvTable(d, text: text, origin: origin, report: { report($0, at: $1) })]
        case let name where Self.quartoCells.contains(name):
            _ = report("Quarto code cells ({\(name)}) are not run; the cell is shown as code", at: d.location, severity: .warning)
            return [.codeBlock(language: name, code: d.rawBody)]
        default: return [block]
        }
    }

    /// Languages of Quarto's executable code cells (```` ```{python} ````).
    static let quartoCells: Set<String> = ["python", "r", "julia", "ojs", "bash", "sql", "mermaid", "dot"]

    private mutating func include(_ d: Directive) -> [Block] {
        let path = d.argument.trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else { return [.error(report("{include} needs a file: ```{include} part.md", at: d.location))] }
        guard let url = file(path, at: d.location) else { return [.error(diagnostics.last!)] }
        if let index = stack.firstIndex(of: url) {
            let cycle = (stack[index...] + [url]).map(sources.displayPath).joined(separator: " → ")
            return [.error(report("{include} of '\(path)' makes a cycle: \(cycle)", at: d.location))]
        }
        guard let text = read(url, at: d.location) else { return [.error(diagnostics.last!)] }
        let file = sources.displayPath(url)
        sourceLines[file] = text.components(separatedBy: "\n")
        let (chapter, found) = MarkdownParser(file: file).parse(text, number: 0)
        diagnostics += found
        stack.append(url)
        let blocks = rewrite(chapter.blocks)
        stack.removeLast()
        return blocks
    }

    /// `path` relative to the including file, when it is inside the project.
    private mutating func file(_ path: String, at location: SourceLocation) -> URL? {
        let folder = stack.last!.deletingLastPathComponent()
        let url = URL(fileURLWithPath: path, relativeTo: folder).standardizedFileURL
        guard url.path != sources.root.path, BookSources.isInside(url, sources.root, effects: effects) else {
            _ = report("'\(path)' is outside the project folder; copy it inside the project", at: location)
            return nil
        }
        guard effects.fileExists(url), !effects.isFolder(url) else {
            _ = report("'\(path)' does not exist (looked for \(sources.displayPath(url)))", at: location)
            return nil
        }
        return url
    }

    private mutating func read(_ url: URL, at location: SourceLocation) -> String? {
        guard let data = try? effects.readFile(url) else {
            _ = report("'\(sources.displayPath(url))' cannot be read", at: location)
            return nil
        }
        let (text, decoding) = ChapterText.decode(data, file: sources.displayPath(url))
        diagnostics += decoding
        return text
    }

    private mutating func report(_ message: String, at location: SourceLocation, severity: Diagnostic.Severity = .error) -> Diagnostic {
        let lines = sourceLines[location.file]
        let line = lines.flatMap { location.line >= 1 && location.line <= $0.count ? $0[location.line - 1] : nil }
        let d = Diagnostic(message, at: location, severity: severity, sourceLine: line)
        diagnostics.append(d)
        return d
    }
}
