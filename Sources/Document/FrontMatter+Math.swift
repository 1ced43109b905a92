import Yams

/// The front matter's `math:` key, as MyST writes it: a mapping from a command to its
/// replacement TeX, `#1`... standing for arguments.
///
/// ```yaml
/// math:
///   '\R': '\mathbb{R}'
///   '\norm': '\left\lVert #1 \right\rVert'
/// ```
extension FrontMatter {
    static func mathMacros(_ value: Node, at location: SourceLocation, lineOffset: Int) throws -> [String: String] {
        guard let mapping = value.mapping else {
            throw Diagnostic("'math' must map commands to their TeX, such as '\\R': '\\mathbb{R}'", at: location)
        }
        var macros: [String: String] = [:]
        for (key, body) in mapping {
            let at = FrontMatterValues.location(key, file: location.file, lineOffset: lineOffset)
            let written = key.string ?? ""
            let name = written.hasPrefix("\\") ? String(written.dropFirst()) : written
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && $0.isLetter }) || name.count == 1 else {
                throw Diagnostic("math: '\(written)' is not a command name such as '\\R'", at: at)
            }
            guard let text = body.string, body.mapping == nil, body.sequence == nil else {
                throw Diagnostic("math: the TeX of '\\\(name)' must be text, such as '\\mathbb{R}'", at: at)
            }
            macros[name] = text
        }
        return macros
    }
}
