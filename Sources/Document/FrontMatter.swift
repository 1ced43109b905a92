import Foundation
import Yams
import YAMLLimits

/// A chapter's YAML front matter: title, authors, whether raw HTML is allowed, and free
/// parameters that experiments can refer to.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var authors: [String]
    public var allowRawHTML: Bool
    /// Other keys, as strings.
    public var parameters: [String: String]
    /// `math:` macros by name (without the backslash): `'\R': '\mathbb{R}'`, with `#1`... for arguments.
    public var mathMacros: [String: String] = [:]

    public init(title: String? = nil, authors: [String] = [], allowRawHTML: Bool = false, parameters: [String: String] = [:]) {
        self.title = title
        self.authors = authors
        self.allowRawHTML = allowRawHTML
        self.parameters = parameters
    }

    /// Splits `---\n...\n---\n` off the top of a chapter. Returns the front matter, the rest of
    /// the text with the front matter lines blanked (so line numbers stay right), and problems.
    public static func split(_ text: String, file: String) -> (FrontMatter, String, [Diagnostic]) {
        var lines = text.components(separatedBy: "\n")
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
              let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" || $0 == "..." })
        else { return (FrontMatter(), text, []) }
        let yaml = lines[1..<end].joined(separator: "\n")
        for i in 0...end { lines[i] = "" }
        let body = lines.joined(separator: "\n")
        do {
            return (try parse(yaml: yaml, file: file), body, [])
        } catch let diagnostic as Diagnostic {
            return (FrontMatter(), body, [diagnostic])
        } catch {
            return (FrontMatter(), body, [Diagnostic("front matter: \(error)", at: SourceLocation(file: file, line: 2, column: 1))])
        }
    }

    private static func parse(yaml: String, file: String) throws -> FrontMatter {
        // The YAML starts on the file's second line.
        if let excess = YAMLNesting.excess(in: yaml) {
            throw Diagnostic("front matter: \(excess)", at: SourceLocation(file: file, line: excess.line + 1, column: excess.column))
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _) {
            throw Diagnostic("front matter is not valid YAML: \(problem)",
                             at: SourceLocation(file: file, line: mark.line + 1, column: mark.column))
        }
        guard let node else { return FrontMatter() }
        guard let mapping = node.mapping else {
            throw Diagnostic("front matter must be a mapping of 'key: value' lines", at: SourceLocation(file: file, line: 2, column: 1))
        }
        var matter = FrontMatter()
        for (key, value) in mapping {
            let name = key.string ?? ""
            let location = SourceLocation(file: file, line: (key.mark?.line ?? 0) + 1, column: key.mark?.column ?? 1)
            switch name {
            case "title":
                guard let s = value.string else { throw Diagnostic("'title' must be text", at: location) }
                matter.title = s
            case "author", "authors":
                if let s = value.string { matter.authors = [s] } else if let items = value.sequence {
                    matter.authors = items.compactMap(\.string)
                } else { throw Diagnostic("'\(name)' must be a name or a list of names", at: location) }
            case "raw_html":
                guard let b = value.bool else { throw Diagnostic("'raw_html' must be true or false", at: location) }
                matter.allowRawHTML = b
            case "math":
                matter.mathMacros = try mathMacros(value, at: location)
            default:
                guard let s = value.string else { throw Diagnostic("front matter key '\(name)' must have a plain value", at: location) }
                matter.parameters[name] = s
            }
        }
        return matter
    }
}
