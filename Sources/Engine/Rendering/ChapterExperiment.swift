import Document
import Foundation

/// The YAML `report run` runs: a YAML file's, or one `{experiment}` of a chapter
/// (`chapter.md#id`), with its `{{key}}` parameters substituted (`-P` over the chapter's
/// front matter).
public struct ChapterExperiment {
    /// Why the experiment cannot be read, in one sentence.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    public let yaml: String
    /// Added to the YAML's line numbers so errors point into the file it came from.
    public let lineOffset: Int
    /// "eta = 0.01 (from -P), steps = 300 (front matter)", or empty when none was used.
    public let parameterNote: String

    /// Experiment `id` of a chapter, or the whole of a YAML file when `id` is nil. Every
    /// `-P` key must be used by the experiment.
    public init(text: String, file: String, id: String?, parameters: [String: String]) throws {
        let values: ChapterParameters
        let body: String
        if let id {
            let (chapter, _) = MarkdownParser(file: file).parse(text, number: 1)
            let declared = chapter.experimentDirectives
            guard let d = declared.first(where: { $0.argument == id }) else {
                let ids = declared.map(\.argument)
                throw Problem(description: "\(file) has no experiment '\(id)'"
                              + (ids.isEmpty ? "" : "; its experiments: \(ids.joined(separator: ", "))"))
            }
            values = ChapterParameters(chapter: chapter, overrides: parameters)
            body = d.yamlBody
            lineOffset = d.location.line
        } else {
            values = ChapterParameters(frontMatter: [:], file: file, overrides: parameters)
            body = text
            lineOffset = 0
        }
        switch values.substitute(body) {
        case let .failure(missing):
            throw Problem(description: "\(file)\(id.map { "#\($0)" } ?? ""): the experiment \(missing.explanation)")
        case let .success((yaml, keys)):
            if let unused = parameters.keys.sorted().first(where: { !keys.contains($0) }) {
                throw Problem(description: "-P \(unused)=...: the experiment has no {{\(unused)}}; check the key's spelling or remove it")
            }
            self.yaml = yaml
            parameterNote = values.describe(keys)
        }
    }
}
