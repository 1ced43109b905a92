import Document
import Foundation

/// The `{{key}}` values one chapter sees: its front matter's, overridden by `-P key=value`,
/// each with where it came from.
struct ChapterParameters {
    /// Where a parameter's value came from.
    enum Source: Equatable {
        case frontMatter(file: String)
        case commandLine
    }

    private let values: [String: (value: String, source: Source)]

    init(chapter: Chapter, overrides: [String: String]) {
        self.init(frontMatter: chapter.frontMatter.parameters, file: chapter.file, overrides: overrides)
    }

    init(frontMatter: [String: String], file: String, overrides: [String: String]) {
        var values = frontMatter.mapValues { (value: $0, source: Source.frontMatter(file: file)) }
        for (key, value) in overrides { values[key] = (value, .commandLine) }
        self.values = values
    }

    subscript(key: String) -> (value: String, source: Source)? { values[key] }

    /// "eta = 0.01 (from -P), steps = 300 (front matter)" for `keys` in order, each once.
    func describe(_ keys: [String]) -> String {
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }.compactMap { key in
            values[key].map { "\(key) = \($0.value) (\($0.source == .commandLine ? "from -P" : "front matter"))" }
        }.joined(separator: ", ")
    }

    /// The keys of the `{{key}}`s in `text`, in order.
    static func keys(in text: String) -> [String] {
        var keys: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            keys.append(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces))
            rest = rest[close.upperBound...]
        }
        return keys
    }

    /// Every `{{key}}` key a chapter uses: in its text, captions, directive options and experiments.
    static func keys(usedBy chapter: Chapter) -> Set<String> {
        var walker = KeyWalker()
        walker.walk(chapter.blocks)
        return walker.keys
    }

    private struct KeyWalker: DocumentWalker {
        var keys: Set<String> = []

        mutating func visit(block: Block) {
            if case let .directive(d) = block {
                if d.name == "experiment" { keys.formUnion(ChapterParameters.keys(in: d.yamlBody)); return }
                for option in d.options { keys.formUnion(ChapterParameters.keys(in: option.value)) }
                visit(block: .paragraph(DirectiveResolution.captionInlines(d)))
            }
            descend(into: block)
        }

        mutating func visit(inline: Inline) {
            if case let .parameter(key, _) = inline { keys.insert(key) }
            descend(into: inline)
        }
    }

    /// Replaces `{{key}}` in `text`: the text and the keys used in order, or the first key without a value.
    func substitute(_ text: String) -> Result<(text: String, keys: [String]), MissingParameter> {
        var result = ""
        var keys: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let key = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard let value = values[key]?.value else { return .failure(MissingParameter(key: key)) }
            keys.append(key)
            result += rest[..<open.lowerBound] + value
            rest = rest[close.upperBound...]
        }
        return .success((result + rest, keys))
    }
}

/// A `{{key}}` that has neither a front matter value nor a `-P` one.
struct MissingParameter: Error {
    let key: String

    /// "uses {{key}}, which is neither in the front matter nor given with -P key=VALUE"
    var explanation: String { "uses {{\(key)}}, which is neither in the front matter nor given with -P \(key)=VALUE" }
}

/// A parameter a render used: its key, value and where the value came from.
public struct UsedParameter: Sendable, Equatable {
    public var key: String
    public var value: String
    /// "set with -P" or "front matter of chapters/01-intro.md"
    public var source: String
    /// The chapter that used it.
    public var chapter: String
}

extension Array where Element == UsedParameter {
    /// Adds `keys` as used by chapter `file`, each key of each chapter once.
    mutating func record(_ keys: [String], values: ChapterParameters, file: String) {
        for key in keys where !contains(where: { $0.key == key && $0.chapter == file }) {
            guard let (value, source) = values[key] else { continue }
            let origin: String
            switch source {
            case .commandLine: origin = "set with -P"
            case let .frontMatter(chapter): origin = "front matter of \(chapter)"
            }
            append(UsedParameter(key: key, value: value, source: origin, chapter: file))
        }
    }
}
