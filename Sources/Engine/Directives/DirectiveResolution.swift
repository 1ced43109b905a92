import Document

/// Dispatches each directive and role of a chapter to its handler.
enum DirectiveResolution {
    static let directiveNames = ["experiment", "figure", "table", "claim"]
    /// Every directive the report reads, here or while parsing, for the message about one it does not know.
    static let knownDirectiveNames = directiveNames + ["image", "math", "include", "list-table", "csv-table", "code-block", "code"]
        + Container.Kind.allCases.map(\.rawValue)
    /// Every role the report reads.
    static let knownRoleNames = ["value"] + RoleSyntax.names.sorted()

    static func resolve(_ block: Block, context: DirectiveContext, plan: ExecutionPlan,
                        outcomes: [String: ExperimentOutcome]) -> [Block] {
        guard case let .directive(d) = block else { return [block] }
        if ImageFigureDirective.handles(d) { return [ImageFigureDirective.resolve(d, context: context)] }
        if directiveNames.contains(d.name), d.name != "experiment", let problem = Label.problem(d.argument, what: "{\(d.name)}") {
            return [.error(context.report(problem + " (e.g. ```{\(d.name)} \(d.name == "claim" ? "" : d.name.prefix(3) + "-")result-1)", at: d.location))]
        }
        let caption = captionInlines(d)
        switch d.name {
        case "experiment":
            if let first = plan.locations[d.argument], first != d.location {
                // The plan reported the duplicate; the box shows it without a second record.
                let duplicate = plan.diagnostics.first { $0.location == d.location }
                    ?? Diagnostic("duplicate experiment id '\(d.argument)' (first declared at \(first))", at: d.location)
                return [.error(duplicate)]
            }
            guard let outcome = outcomes[d.argument], plan.locations[d.argument] == d.location else {
                let reason = plan.invalid[d.argument] ?? "not run"
                var invalid = ExperimentBlock(id: d.argument, kind: "", parameters: d.rawBody, status: "invalid: \(reason)", failed: true)
                invalid.show = ShowOption.level(of: d, context: context)
                return [.experiment(invalid)]
            }
            var status: String
            var failed = false
            switch outcome.status {
            case .reused: status = String(format: "reused from cache (computed in %.2f s)", outcome.seconds)
            case let .ran(reason): status = String(format: "ran in %.2f s (%@)", outcome.seconds, reason)
            case let .failed(message): status = "failed: \(message)"; failed = true
            }
            if let stopped = outcome.stopped { status += "; \(stopped)" }
            var block = ExperimentBlock(id: d.argument, kind: outcome.kind, parameters: plan.shownYAML[d.argument] ?? d.rawBody, status: status, failed: failed)
            block.show = ShowOption.level(of: d, context: context)
            return [.experiment(block)]
        case "figure":
            return [FigureDirective.resolve(d, caption: caption, context: context)]
        case "table":
            return [TableDirective.resolve(d, caption: caption, context: context)]
        case "claim":
            return [ClaimDirective.resolve(d, statement: caption, context: context)]
        default:
            return UnknownDirective.blocks(d, known: knownDirectiveNames, context: context)
        }
    }

    static func resolveRole(_ inline: Inline, context: DirectiveContext) -> [Inline] {
        if case let .parameter(key, location) = inline { return [context.parameter(key, at: location)] }
        guard case let .role(name, content, location) = inline else { return [inline] }
        guard name == "value" else {
            return UnknownDirective.role(name: name, content: content, location: location, known: knownRoleNames, context: context)
        }
        return ValueRole.resolve(content: content, location: location, context: context)
    }

    /// A directive's content parsed as Markdown inlines (captions and claim statements).
    static func captionInlines(_ d: Directive) -> [Inline] {
        inlines(d.content, file: d.location.file, line: d.contentLine)
    }

    /// `text` parsed as Markdown inlines (math, emphasis, roles) as if it stood at `line` of
    /// `file`, so that what it holds is placed there: captions, table headers and row labels.
    static func inlines(_ text: String, file: String, line: Int) -> [Inline] {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return [] }
        let padding = String(repeating: "\n", count: max(line - 1, 0))
        let (chapter, _) = MarkdownParser(file: file).parse(padding + text, number: 0)
        return chapter.blocks.flatMap { block -> [Inline] in
            if case let .paragraph(inlines) = block { return inlines }
            return []
        }
    }
}
