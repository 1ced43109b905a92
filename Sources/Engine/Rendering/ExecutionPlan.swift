import Experiments
import Document

/// The experiments a book declares: ids checked for uniqueness, `{{key}}` parameters
/// substituted, YAML parsed (errors point into the chapter).
struct ExecutionPlan {
    private(set) var experiments: [PlannedExperiment] = []
    /// Where each experiment is declared.
    private(set) var locations: [String: SourceLocation] = [:]
    /// Experiments whose declaration is invalid, with the reason.
    private(set) var invalid: [String: String] = [:]
    private(set) var diagnostics: [Diagnostic] = []

    init(chapters: [Chapter], parameters: [String: String], sourceLines: (String, Int) -> String?) {
        for chapter in chapters {
            let values = chapter.frontMatter.parameters.merging(parameters) { _, override in override }
            let declared = chapter.blocks.collect { block -> Directive? in
                if case let .directive(d) = block, d.name == "experiment" { return d }
                return nil
            }
            for d in declared { add(d, values: values, sourceLines: sourceLines) }
        }
    }

    private mutating func add(_ d: Directive, values: [String: String], sourceLines: (String, Int) -> String?) {
        func report(_ message: String, _ location: SourceLocation) {
            diagnostics.append(Diagnostic(message, at: location, sourceLine: sourceLines(location.file, location.line)))
        }
        let id = d.argument
        // Result paths start with the id and a dot, so an experiment id has no '.' or ':'.
        guard Label.isValid(id), !id.contains("."), !id.contains(":") else {
            report("{experiment} needs an id made of letters, digits, '_' or '-' (e.g. ```{experiment} e1)", d.location)
            return
        }
        if let first = locations[id] {
            report("duplicate experiment id '\(id)' (first declared at \(first))", d.location)
            return
        }
        locations[id] = d.location
        let (yaml, missing) = Self.substitute(d.rawBody, values: values)
        if let key = missing {
            report("experiment '\(id)' uses {{\(key)}}, which is neither in the front matter nor given with -P \(key)=VALUE", d.location)
            invalid[id] = "undefined parameter {{\(key)}}"
            return
        }
        do {
            let experiment = try ExperimentParser.parse(yaml: yaml, lineOffset: d.location.line)
            experiments.append(PlannedExperiment(id: id, kind: type(of: experiment).kind, parameters: yaml, experiment: experiment))
        } catch {
            let diagnostic = Diagnostic.located(error, fallback: d.location, sourceLines: sourceLines)
            diagnostics.append(diagnostic)
            invalid[id] = diagnostic.message
        }
    }

    /// Replaces `{{key}}`; returns the first key without a value.
    static func substitute(_ text: String, values: [String: String]) -> (String, String?) {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let key = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard let value = values[key] else { return (text, key) }
            result += rest[..<open.lowerBound] + value
            rest = rest[close.upperBound...]
        }
        return (result + rest, nil)
    }
}
