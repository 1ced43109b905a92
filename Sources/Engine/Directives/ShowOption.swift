import Document

/// The `:show: full|summary|none` option of `{experiment}` and `{claim}`, whose default is
/// the chapter's `show:` front matter (or `-P show=...`), else `summary`.
enum ShowOption {
    static let key = "show"

    /// The level a directive asks for; a value that is not a level is reported where it
    /// stands and the default is used.
    static func level(of directive: Directive, context: DirectiveContext) -> MachineOutputShow {
        let fallback = defaultLevel(context: context, at: directive.location)
        if directive.name == "experiment" {
            for option in directive.options where option.key != key {
                context.report("unknown option ':\(option.key):' for {experiment}; allowed: :\(key):", at: option.location)
            }
        }
        guard let option = directive.option(key) else { return fallback }
        guard let level = MachineOutputShow(rawValue: option.value.trimmingCharacters(in: .whitespaces)) else {
            context.report("':show: \(option.value)' is not a level; use \(choices)", at: option.location)
            return fallback
        }
        return level
    }

    private static var choices: String { MachineOutputShow.allCases.map(\.rawValue).joined(separator: ", ") }

    private static func defaultLevel(context: DirectiveContext, at location: SourceLocation) -> MachineOutputShow {
        guard let value = context.parameters?[key]?.value else { return .summary }
        if let level = MachineOutputShow(rawValue: value.trimmingCharacters(in: .whitespaces)) { return level }
        let message = "front matter 'show: \(value)' is not a level; use \(choices) (using summary)"
        let place = SourceLocation(file: location.file, line: 1, column: 1)
        if !context.diagnostics.contains(where: { $0.message == message && $0.location.file == location.file }) {
            context.report(message, at: place)
        }
        return .summary
    }
}

extension Directive {
    /// The body of an `{experiment}` as YAML: its leading `:key: value` option lines blanked
    /// (so YAML line numbers stay those of the chapter).
    var yamlBody: String {
        var lines = rawBody.components(separatedBy: "\n")
        let optionLines = Set(options.map(\.location.line))
        for index in lines.indices {
            let line = location.line + 1 + index
            guard optionLines.contains(line), lines[index].trimmingCharacters(in: .whitespaces).hasPrefix(":") else { break }
            lines[index] = ""
        }
        return lines.joined(separator: "\n")
    }
}
