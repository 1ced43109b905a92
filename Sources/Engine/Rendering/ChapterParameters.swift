import Document

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
        var values = chapter.frontMatter.parameters.mapValues { (value: $0, source: Source.frontMatter(file: chapter.file)) }
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
