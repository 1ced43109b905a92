import Document

/// A directive or role the report does not know keeps its content visible next to a
/// positioned warning: a directive's body parsed as Markdown (inside a plain container, so
/// directives nested in it are still resolved), or shown as written when it does not read
/// as Markdown (parse problems, TeX commands); a role's text as text.
enum UnknownDirective {
    static func blocks(_ d: Directive, known: [String], context: DirectiveContext) -> [Block] {
        let options = d.options.isEmpty ? "" : "; its options (\(d.options.map { ":\($0.key):" }.joined(separator: " "))) are ignored"
        let warning = context.report("unknown directive '{\(d.name)}'; its content is shown as written\(options) (known directives: \(known.joined(separator: ", ")))",
                                     at: d.location, severity: .warning)
        let text = d.content.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return [.error(warning)] }
        let padding = String(repeating: "\n", count: max(d.contentLine - 1, 0))
        let (chapter, problems) = MarkdownParser(file: d.location.file).parse(padding + d.content, number: 0)
        guard problems.isEmpty, !looksLikeTeX(text) else {
            return [.error(warning), .codeBlock(language: "", code: d.content)]
        }
        return [.error(warning), .container(Container(kind: .div, content: chapter.blocks, location: d.location))]
    }

    static func role(name: String, content: String, location: SourceLocation, known: [String], context: DirectiveContext) -> [Inline] {
        context.report("unknown role '{\(name)}'; its text is shown as written (known roles: \(known.joined(separator: ", ")))",
                       at: location, severity: .warning)
        return [.text(content)]
    }

    /// A backslash before a letter (`\frac`, `\begin`) outside `$...$`: Markdown would mangle it.
    private static func looksLikeTeX(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.dropLast().contains { index in
            let next = scalars[index + 1]
            return scalars[index] == "\\" && ((next >= "a" && next <= "z") || (next >= "A" && next <= "Z"))
        }
    }
}
