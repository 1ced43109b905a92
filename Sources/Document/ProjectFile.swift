import Yams
import YAMLLimits

/// A book's project file: our `report.yml` (front matter keys at the top level) or MyST's
/// `myst.yml` (the same keys under `project:`). Its fields hold for every chapter; a
/// chapter's own front matter overrides them key by key (see ``FrontMatter/over(_:)``).
public enum ProjectFile {
    /// The file names looked for, in order of preference.
    public static let names = ["report.yml", "myst.yml"]

    /// Reads the project file `text`, named `file` in diagnostics.
    public static func parse(_ text: String, file: String) -> (FrontMatter, [Diagnostic]) {
        if let excess = YAMLNesting.excess(in: text) {
            return (FrontMatter(), [Diagnostic("project file: \(excess)", at: SourceLocation(file: file, line: excess.line, column: excess.column))])
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _) {
            return (FrontMatter(), [Diagnostic("project file is not valid YAML: \(problem)", at: SourceLocation(file: file, line: mark.line, column: mark.column))])
        } catch {
            return (FrontMatter(), [Diagnostic("project file is not valid YAML: \(error)", at: SourceLocation(file: file, line: 1, column: 1))])
        }
        guard let node else { return (FrontMatter(), []) }
        guard var mapping = node.mapping else {
            return (FrontMatter(), [Diagnostic("a project file must be a mapping of 'key: value' lines", at: SourceLocation(file: file, line: 1, column: 1))])
        }
        if file.hasSuffix("myst.yml") {
            guard let project = mapping["project"] else { return (FrontMatter(), []) }
            guard let fields = project.mapping else {
                return (FrontMatter(), [Diagnostic("'project' must be a mapping of fields", at: FrontMatterValues.location(project, file: file, lineOffset: 0))])
            }
            mapping = fields
        }
        return FrontMatter.read(mapping, file: file, lineOffset: 0)
    }
}

extension FrontMatter {
    /// This chapter's front matter over a project file's fields: each field the chapter sets
    /// wins, the others come from `project`; parameters merge key by key. The title and `raw_html`
    /// are the chapter's own (the project's title names the book).
    public func over(_ project: FrontMatter) -> FrontMatter {
        var merged = self
        merged.subtitle = subtitle ?? project.subtitle
        if authors.isEmpty { merged.authors = project.authors }
        if affiliations.isEmpty { merged.affiliations = project.affiliations }
        merged.date = date ?? project.date
        if abstract.isEmpty { merged.abstract = project.abstract }
        if keywords.isEmpty { merged.keywords = project.keywords }
        merged.license = license ?? project.license
        merged.doi = doi ?? project.doi
        if bibliography.isEmpty { merged.bibliography = project.bibliography }
        merged.numbering = numbering ?? project.numbering
        merged.parameters = project.parameters.merging(parameters) { _, chapter in chapter }
        merged.crossref = project.crossref.merging(crossref) { _, chapter in chapter }
        merged.citationStyle = citationStyle ?? project.citationStyle
        merged.mathMacros = project.mathMacros.merging(mathMacros) { _, chapter in chapter }
        merged.cluster = project.cluster.merging(cluster) { _, chapter in chapter }
        return merged
    }
}
