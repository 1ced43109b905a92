import Document

/// MyST image figures: ```` ```{figure} path/to/image.png ```` (numbered, referenceable by
/// its `:label:` or `:name:`) and ```` ```{image} path ```` (unnumbered), with `:width:`
/// (`60%`, `300px`, `8cm`), `:align:` (left, center, right) and `:alt:`; the content is the
/// caption. A `{figure}` without a path whose content holds nested ```` ```{figure} ````
/// blocks, or paragraphs of images, is a grid of panels "(a)", "(b)", ... numbered "3.2a".
/// The files are read later, by `ImageEmbedding`.
enum ImageFigureDirective {
    static let options = ["label", "name", "width", "align", "alt"]

    /// Whether `d` is an image figure: an `{image}`, or a `{figure}` that names no
    /// experiment (`:experiment:`) and no plot kind (`:plot:`).
    static func handles(_ d: Directive) -> Bool {
        d.name == "image" || (d.name == "figure" && d.option("experiment") == nil && d.option("plot") == nil)
            || QuartoFigureDiv.handles(d)
    }

    static func resolve(_ d: Directive, context: DirectiveContext) -> Block {
        if QuartoFigureDiv.handles(d) { return QuartoFigureDiv.resolve(d, context: context) }
        do {
            let (blocks, diagnostics) = content(of: d)
            for problem in diagnostics { context.report(problem.message, at: problem.location, severity: problem.severity) }
            var captionBlocks: [Inline] = []
            var panels: [FigureBlock] = []
            for block in blocks {
                if case let .directive(inner) = block, inner.name == "figure" || inner.name == "image" {
                    guard handles(inner) else {
                        throw context.report("a figure grid's panels are image figures: ```{figure} path/to/image.png```", at: inner.location)
                    }
                    guard !inner.argument.isEmpty else {
                        throw context.report("a panel needs the path of its image", at: inner.location)
                    }
                    var panel = try figure(inner, caption: DirectiveResolution.captionInlines(inner), context: context)
                    panel.numbered = true
                    panels.append(panel)
                } else if case let .paragraph(inlines) = block, d.argument.isEmpty, let images = imagePanels(inlines, context: context) {
                    panels += images
                } else if case let .paragraph(inlines) = block {
                    if !captionBlocks.isEmpty { captionBlocks.append(.softBreak) }
                    captionBlocks += inlines
                } else {
                    throw context.report("a figure's content is its caption (paragraphs) and, for a grid, its panels; this block is not one of them",
                                         at: location(of: block) ?? d.location)
                }
            }
            if panels.isEmpty {
                guard !d.argument.isEmpty else {
                    throw context.report("{\(d.name)} needs the path of its image (```{\(d.name)} images/photo.png```) or, for a grid, panels in its content",
                                         at: d.location)
                }
                if d.name == "figure", ImageEmbedding.mimeTypes[d.argument.split(separator: ".").last.map { String($0).lowercased() } ?? ""] == nil,
                   !d.argument.contains("/") {
                    throw context.report("{figure} '\(d.argument)' shows neither experiment results (give ':experiment:') nor an image file (give its path, e.g. ```{figure} images/photo.png```)",
                                         at: d.location)
                }
                return .figure(try figure(d, caption: captionBlocks, context: context))
            }
            guard d.argument.isEmpty else {
                throw context.report("a figure grid has no image of its own: remove '\(d.argument)' or the panels", at: d.location)
            }
            let values = try context.options(of: d, allowed: options)
            let id = try label(values, directive: d, context: context)
            let alt = values["alt"]?.value ?? InlineText.plain(captionBlocks)
            return .figure(FigureBlock(id: id, caption: captionBlocks, alt: alt, image: nil, panels: panels,
                                       numbered: d.name == "figure", location: d.location))
        } catch {
            return .error(Diagnostic.located(error, fallback: d.location))
        }
    }

    /// One image figure (or panel) of a directive whose argument is the image's path.
    private static func figure(_ d: Directive, caption: [Inline], context: DirectiveContext) throws -> FigureBlock {
        let values = try context.options(of: d, allowed: options)
        let id = try label(values, directive: d, context: context)
        var width: FigureImage.Width?
        if let option = values["width"] {
            width = FigureImage.width(option.value)
            if width == nil {
                context.report("':width:' is '\(option.value)'; give a percentage of the text width or a length, e.g. 60%, 300px or 8cm",
                               at: option.location)
            }
        }
        var alignment = FigureImage.Alignment.center
        if let option = values["align"] {
            if let chosen = FigureImage.Alignment(rawValue: option.value) { alignment = chosen } else {
                context.report("':align:' is '\(option.value)'; use left, center or right", at: option.location)
            }
        }
        let alt = values["alt"]?.value ?? InlineText.plain(caption)
        if alt.isEmpty {
            context.report("image '\(d.argument)' has neither a caption nor ':alt:' text; readers of screen readers need one",
                           at: d.location, severity: .warning)
        }
        let image = FigureImage(path: d.argument, location: context.location(of: d.argument, onLineOf: d.location),
                                width: width, alignment: alignment)
        return FigureBlock(id: id, caption: caption, alt: alt, image: image, numbered: d.name == "figure", location: d.location)
    }

    /// The figure's label from `:label:` or `:name:` (MyST spells it both ways); empty when none.
    private static func label(_ values: [String: DirectiveOption], directive d: Directive, context: DirectiveContext) throws -> String {
        if values["label"] != nil, let name = values["name"] {
            throw context.report("give ':label:' or ':name:', not both", at: name.location)
        }
        guard let option = values["label"] ?? values["name"] else { return "" }
        if let problem = Label.problem(option.value, what: "{\(d.name)} label") { throw context.report(problem, at: option.location) }
        return option.value
    }

    /// A paragraph made only of images (each with an optional `{#id}` attribute list), as
    /// panels; nil when it holds anything else.
    private static func imagePanels(_ inlines: [Inline], context: DirectiveContext) -> [FigureBlock]? {
        var groups: [[Inline]] = []
        for inline in inlines {
            switch inline {
            case .image: groups.append([inline])
            case .softBreak, .lineBreak: continue
            case let .text(s) where s.trimmingCharacters(in: .whitespaces).isEmpty: continue
            case .text:
                guard !groups.isEmpty else { return nil }
                groups[groups.count - 1].append(inline)
            default: return nil
            }
        }
        var panels: [FigureBlock] = []
        for group in groups {
            let attributes = group.count > 1 ? ImageAttributes.split(group)?.attributes : AttributeList()
            guard let attributes, case let .image(url, _, alt, location) = group[0] else { return nil }
            let id = attributes.id.flatMap { Label.isValid($0) ? $0 : nil } ?? ""
            let width = attributes.value("width").flatMap(FigureImage.width)
            panels.append(FigureBlock(id: id, caption: alt, alt: attributes.value("fig-alt") ?? InlineText.plain(alt),
                                      image: FigureImage(path: url, location: location, width: width), location: location))
        }
        return panels.isEmpty ? nil : panels
    }

    /// The directive's content parsed as Markdown blocks, at their lines in the chapter.
    private static func content(of d: Directive) -> ([Block], [Diagnostic]) {
        let text = d.content.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return ([], []) }
        let padding = String(repeating: "\n", count: max(d.contentLine - 1, 0))
        let (chapter, diagnostics) = MarkdownParser(file: d.location.file).parse(padding + text, number: 0)
        return (chapter.blocks, diagnostics)
    }

    private static func location(of block: Block) -> SourceLocation? {
        switch block {
        case let .directive(d): return d.location
        case let .heading(h): return h.location
        case let .displayMath(m): return m.location
        default: return nil
        }
    }
}
