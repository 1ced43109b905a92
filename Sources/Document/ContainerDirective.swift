/// Turns, at parse time, a fenced directive naming a container (`{note}`, `{admonition}`,
/// `{dropdown}`, `{margin}`, `{epigraph}`, `{div}`, a Pandoc div such as
/// `::: {.callout-tip title="..."}`) into a ``Container`` whose content is parsed again as
/// Markdown, and a `{code-block}` into a ``Listing``. Every other directive is left to the
/// engine. Problems are reported through `report`; none drops content.
struct ContainerDirective {
    /// Reports a problem at a place.
    let report: (String, SourceLocation, Diagnostic.Severity) -> Void
    /// Parses Markdown that starts on the given chapter line into blocks.
    let parseBlocks: (String, Int) -> [Block]
    /// Parses one line of Markdown (a title or caption) into inlines.
    let parseInlines: (String, Int) -> [Inline]

    static let codeNames: Set<String> = ["code-block", "code", "sourcecode", "code-cell"]
    static let codeOptions: Set<String> = ["caption", "linenos", "number-lines", "lineno-start", "emphasize-lines", "name", "label"]
    /// Quarto's callout classes and the admonition each is drawn as.
    static let callouts: [String: Container.Kind] = ["callout-note": .note, "callout-tip": .tip, "callout-warning": .warning,
                                                     "callout-important": .important, "callout-caution": .caution]

    /// Whether a plain code fence's first line is a code block option (`:caption: ...`).
    static func startsWithCodeOption(_ code: String) -> Bool {
        let first = code.prefix { $0 != "\n" }.trimmingCharacters(in: .whitespaces)
        guard first.hasPrefix(":") else { return false }
        let key = first.dropFirst().prefix { $0 != ":" }
        return key.count < first.count - 1 && codeOptions.contains(String(key))
    }

    /// The block `d` stands for, or nil when the engine handles it.
    func block(_ d: Directive) -> Block? {
        if Self.codeNames.contains(d.name) { return .listing(listing(d)) }
        guard let kind = Container.Kind(rawValue: d.name) else { return nil }
        // `::: {#fig-x layout-ncol=2}`: a Quarto figure grid, which the engine builds.
        if kind == .div, AttributeList.parse(d.argument)?.id?.hasPrefix("fig-") == true { return nil }
        return .container(container(d, kind: kind))
    }

    private func container(_ d: Directive, kind declared: Container.Kind) -> Container {
        var kind = declared
        var classes: [String] = []
        var id: String?
        var collapsible = kind == .dropdown
        var open = false
        var titleText = kind == .div || kind == .epigraph ? "" : d.argument
        var titleFromHeading = false
        if kind == .div, !d.argument.isEmpty {
            if let attributes = AttributeList.parse(d.argument) {
                classes = attributes.classes
                id = attributes.id
                for (key, value) in attributes.pairs {
                    switch key {
                    case "title": titleText = value
                    case "collapse":
                        collapsible = true
                        open = value.lowercased() != "true"
                    case "icon", "appearance": break  // Quarto's presentation choices; the look is ours
                    default: report("attribute '\(key)' is not used by a div; it is ignored", d.location, .warning)
                    }
                }
            } else {
                report("a {div} takes no argument (its classes go in ':class:'); '\(d.argument.prefix(40))' is ignored", d.location, .warning)
            }
        }
        for option in d.options {
            switch option.key {
            case "class": classes += option.value.split(separator: " ").map(String.init)
            case "name", "label": id = option.value
            case "open": collapsible = true; open = true
            default: report("option ':\(option.key):' is not used by {\(d.name)}; it is ignored", option.location, .warning)
            }
        }
        classes = classes.filter { name in
            if Label.isValid(name) { return true }
            report("class '\(name.prefix(40))' may contain only \(Label.allowed); it is dropped", d.location, .warning)
            return false
        }
        if let chosen = id, let problem = Label.problem(chosen, what: "{\(d.name)}") {
            report(problem + "; the block has no id", d.location, .warning)
            id = nil
        }
        if kind == .div, let callout = classes.lazy.compactMap({ Self.callouts[$0] }).first {
            kind = callout
            titleFromHeading = titleText.isEmpty
        }
        if kind == .admonition,
           let styled = classes.compactMap({ Container.Kind(rawValue: $0) }).first(where: { $0.defaultTitle != nil && $0 != .dropdown }) {
            kind = styled
        }
        if classes.contains("dropdown") { collapsible = true }
        classes.removeAll { $0 == "dropdown" || Self.callouts[$0] != nil || ($0 == kind.rawValue && kind != .div) }
        var content = parseBlocks(d.content, d.contentLine)
        var title = titleText.isEmpty ? [] : parseInlines(titleText, d.location.line)
        if titleFromHeading, case let .heading(h)? = content.first {
            title = h.content
            content.removeFirst()
        }
        if title.isEmpty, let fallback = kind.defaultTitle { title = [.text(fallback)] }
        if kind == .admonition, title.isEmpty {
            report("{admonition} needs a title (```{admonition} Title```)", d.location, .warning)
        }
        return Container(kind: kind, title: title, classes: classes, id: id, collapsible: collapsible, open: open,
                         content: content, location: d.location)
    }

    private func listing(_ d: Directive) -> Listing {
        if d.name == "code-cell" {
            report("code cells are not run; '{code-cell}' is shown as code", d.location, .warning)
        }
        var listing = Listing(language: d.argument.split(separator: " ").first.map(String.init) ?? "", code: d.content, location: d.location)
        let lineCount = d.content.split(separator: "\n", omittingEmptySubsequences: false).count
        for option in d.options {
            switch option.key {
            case "caption": listing.caption = parseInlines(option.value, option.location.line)
            case "linenos", "number-lines":
                listing.firstLineNumber = listing.firstLineNumber ?? Int(option.value) ?? 1
            case "lineno-start":
                if let start = Int(option.value) { listing.firstLineNumber = start } else {
                    report("':lineno-start:' needs a whole number, not '\(option.value.prefix(20))'", option.location, .warning)
                }
            case "emphasize-lines":
                for part in option.value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                    let bounds = part.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
                    guard let low = bounds.first ?? nil, bounds.count <= 2, let high = bounds.count == 2 ? bounds[1] : low, low <= high,
                          low >= 1, high <= lineCount else {
                        report("':emphasize-lines:' part '\(part.prefix(20))' is not a line or range of lines 1-\(lineCount); it is ignored",
                               option.location, .warning)
                        continue
                    }
                    listing.emphasized.formUnion(low...high)
                }
            case "name", "label":
                if let problem = Label.problem(option.value, what: "code block") {
                    report(problem + "; the code block has no id", option.location, .warning)
                } else {
                    listing.id = option.value
                }
            default: report("option ':\(option.key):' is not used by a code block; it is ignored", option.location, .warning)
            }
        }
        return listing
    }
}
