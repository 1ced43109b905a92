import Foundation
import Yams
import YAMLLimits

/// A chapter's YAML front matter (or a project file's fields): title, subtitle, authors and
/// affiliations, date, abstract, keywords, license, DOI, bibliography, heading numbering,
/// whether raw HTML is allowed, and free parameters that experiments can refer to. Each key
/// is read on its own: a bad value is a diagnostic at its key and the other keys are kept.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var subtitle: String?
    public var authors: [Author]
    public var affiliations: [Affiliation] = []
    public var date: String?
    /// The abstract, parsed as Markdown.
    public var abstract: [Block] = []
    public var keywords: [String] = []
    public var license: String?
    public var doi: String?
    /// Bibliography files, as written (relative to the file that names them).
    public var bibliography: [String] = []
    public var numbering: HeadingNumbering?
    public var allowRawHTML: Bool
    /// Other keys with plain values, as strings (`{{key}}` in text and experiments).
    public var parameters: [String: String]
    /// `crossref:` reference prefixes (`fig-prefix: Fig.`); the first chapter's hold book-wide.
    public var crossref: [String: String] = [:]
    /// `citation-style: numeric | author-year`; the first chapter's holds book-wide.
    public var citationStyle: ReferenceStyle.Citations?
    /// `math:` macros by name (without the backslash): `'\R': '\mathbb{R}'`, with `#1`... for arguments.
    public var mathMacros: [String: String] = [:]
    /// `cluster:` settings of the Slurm executor (a project file's), by command-line name.
    public var cluster: [String: String] = [:]

    public init(title: String? = nil, authors: [Author] = [], allowRawHTML: Bool = false, parameters: [String: String] = [:]) {
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
            let (matter, problems) = try parse(yaml: yaml, file: file, lineOffset: 1)
            return (matter, body, problems)
        } catch let diagnostic as Diagnostic {
            return (FrontMatter(), body, [diagnostic])
        } catch {
            return (FrontMatter(), body, [Diagnostic("front matter: \(error)", at: SourceLocation(file: file, line: 2, column: 1))])
        }
    }

    /// Reads YAML whose first line is line `lineOffset + 1` of `file` (the front matter
    /// starts on a chapter's second line); a problem with one key is among the diagnostics.
    static func parse(yaml: String, file: String, lineOffset: Int) throws -> (FrontMatter, [Diagnostic]) {
        if let excess = YAMLNesting.excess(in: yaml) {
            throw Diagnostic("front matter: \(excess)", at: SourceLocation(file: file, line: excess.line + lineOffset, column: excess.column))
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _) {
            throw Diagnostic("front matter is not valid YAML: \(problem)",
                             at: SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column))
        }
        guard let node else { return (FrontMatter(), []) }
        guard let mapping = node.mapping else {
            throw Diagnostic("front matter must be a mapping of 'key: value' lines", at: SourceLocation(file: file, line: 1 + lineOffset, column: 1))
        }
        return read(mapping, file: file, lineOffset: lineOffset)
    }

    /// Reads each key of `mapping` on its own.
    static func read(_ mapping: Node.Mapping, file: String, lineOffset: Int) -> (FrontMatter, [Diagnostic]) {
        var matter = FrontMatter()
        var problems: [Diagnostic] = []
        for (key, value) in mapping {
            let name = key.string ?? ""
            let location = FrontMatterValues.location(key, file: file, lineOffset: lineOffset)
            do {
                switch name {
                case "title":
                    matter.title = try FrontMatterValues.text(value, key: name, at: location)
                case "subtitle":
                    matter.subtitle = try FrontMatterValues.text(value, key: name, at: location)
                case "author", "authors":
                    matter.authors = try FrontMatterValues.authors(value, key: name, at: location)
                case "affiliations":
                    matter.affiliations = try FrontMatterValues.affiliations(value, key: name, at: location)
                case "date":
                    matter.date = try FrontMatterValues.text(value, key: name, at: location)
                case "abstract":
                    let text = try FrontMatterValues.text(value, key: name, at: location)
                    // Block scalars (`abstract: |`) start on the line after the key.
                    let first = FrontMatterValues.location(value, file: file, lineOffset: lineOffset).line + (value.scalar?.style == .literal || value.scalar?.style == .folded ? 1 : 0)
                    let (chapter, found) = MarkdownParser(file: file).parse(String(repeating: "\n", count: first - 1) + text, number: 0)
                    matter.abstract = chapter.blocks
                    problems += found
                case "keywords":
                    matter.keywords = try FrontMatterValues.texts(value, key: name, at: location)
                case "license":
                    matter.license = try FrontMatterValues.text(value, key: name, at: location)
                case "doi":
                    matter.doi = try FrontMatterValues.text(value, key: name, at: location)
                case "bibliography":
                    matter.bibliography = try FrontMatterValues.texts(value, key: name, at: location)
                case "numbering":
                    matter.numbering = try FrontMatterValues.numbering(value, key: name, at: location) {
                        problems.append(Diagnostic($0, at: location, severity: .warning))
                    }
                case "crossref":
                    matter.crossref = try crossref(value, at: location, lineOffset: lineOffset)
                case "citation-style":
                    guard let style = value.string.flatMap(ReferenceStyle.Citations.init(rawValue:)) else {
                        throw Diagnostic("'citation-style' must be \(ReferenceStyle.Citations.allCases.map(\.rawValue).joined(separator: " or "))", at: location)
                    }
                    matter.citationStyle = style
                case "math":
                    matter.mathMacros = try mathMacros(value, at: location, lineOffset: lineOffset)
                case "cluster":
                    matter.cluster = try cluster(value, at: location, lineOffset: lineOffset)
                case "raw_html":
                    guard let b = value.bool else { throw Diagnostic("'raw_html' must be true or false", at: location) }
                    matter.allowRawHTML = b
                default:
                    guard let s = value.scalar?.string else {
                        throw Diagnostic("unknown front matter key '\(name)' is ignored (only plain values are kept, as parameters for {{\(name)}})",
                                         at: location, severity: .warning)
                    }
                    matter.parameters[name] = s
                }
                // Plain values stay parameters for {{key}}, as before these keys had meanings.
                if ["subtitle", "date", "license", "doi"].contains(name), let s = value.scalar?.string { matter.parameters[name] = s }
            } catch let problem as Diagnostic {
                problems.append(problem)
            } catch {
                problems.append(Diagnostic("front matter key '\(name)': \(error)", at: location))
            }
        }
        return (matter, problems)
    }

    /// `crossref: {fig-prefix: Fig., eq-prefix: Eq.}`.
    private static func crossref(_ value: Node, at location: SourceLocation, lineOffset: Int) throws -> [String: String] {
        guard let mapping = value.mapping else {
            throw Diagnostic("'crossref' must be a mapping such as {fig-prefix: Fig., eq-prefix: Eq.}", at: location)
        }
        var prefixes: [String: String] = [:]
        for (key, prefix) in mapping {
            let name = key.string ?? ""
            guard ReferenceStyle.prefixKeys[name] != nil, let text = prefix.string else {
                throw Diagnostic("'crossref' key '\(name)' is not one of \(ReferenceStyle.prefixKeys.keys.sorted().joined(separator: ", ")) with a text value",
                                 at: FrontMatterValues.location(key, file: location.file, lineOffset: lineOffset))
            }
            prefixes[name] = text
        }
        return prefixes
    }
}
