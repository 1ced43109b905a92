import CCmark
import Foundation

/// Parses one chapter (Markdown with YAML front matter, math, directives, roles,
/// cross-references and citations) into blocks with source locations, using cmark-gfm.
/// Parsing never fails: problems become diagnostics and error nodes in place.
public struct MarkdownParser {
    /// cmark-gfm's extensions, registered once for the process: the library's own guard is a
    /// plain `static int`, so chapters parsed on several threads at once could register
    /// twice (cmark then aborts) or look an extension up while another thread is still
    /// adding it (a bare URL then stays text). Swift initialises a static once, under a lock.
    private static let extensionsRegistered: Void = cmark_gfm_core_extensions_ensure_registered()
    public let file: String
    /// How deep lists and block quotes (and, separately, emphasis and links) may nest;
    /// deeper content is shown as plain text after one diagnostic.
    public static let maxNesting = 100

    /// How deep containers (`{note}` in `{div}` in ...) may nest; deeper content is shown as code.
    public static let maxContainerDepth = 24
    /// The containers around the text being parsed (a container's content is parsed on its own).
    let depth: Int
    /// The footnote labels the chapter defines (for a container's content, parsed on its own).
    let chapterFootnotes: [String]

    public init(file: String) {
        self.file = file
        depth = 0
        chapterFootnotes = []
    }

    init(file: String, depth: Int, footnotes: [String] = []) {
        self.file = file
        self.depth = depth
        chapterFootnotes = footnotes
    }

    /// The parsed chapter and the problems found.
    public func parse(_ source: String, number: Int) -> (Chapter, [Diagnostic]) {
        let (frontMatter, body, frontDiagnostics) = FrontMatter.split(source, file: file)
        let (blocks, diagnostics) = parseBody(body, sourceLines: source.components(separatedBy: "\n"), allowRawHTML: frontMatter.allowRawHTML)
        return (Chapter(file: file, number: number, frontMatter: frontMatter, blocks: blocks), frontDiagnostics + diagnostics)
    }

    /// Markdown without front matter whose first line is chapter line `firstLine` (a container's content).
    func fragment(_ text: String, firstLine: Int, allowRawHTML: Bool) -> ([Block], [Diagnostic]) {
        let padded = String(repeating: "\n", count: max(firstLine - 1, 0)) + text
        return parseBody(padded, sourceLines: padded.components(separatedBy: "\n"), allowRawHTML: allowRawHTML,
                         notePrefix: "\(firstLine)-")
    }

    private func parseBody(_ body: String, sourceLines: [String], allowRawHTML: Bool, notePrefix: String = "",
                           resolvingFootnotes: Bool = true) -> ([Block], [Diagnostic]) {
        let fences = ColonFences(body, file: file, nested: depth > 0)
        let math = MathProtection(fences.text, file: file)
        var context = Context(file: file, math: math, sourceLines: sourceLines, allowRawHTML: allowRawHTML, depth: depth)
        context.diagnostics = fences.diagnostics + math.diagnostics
        // Footnotes across containers (``FootnoteNumbering``): hidden lines after the text.
        let protected = TablePipes.protect(math.text)
        context.footnoteLabels = depth == 0 ? FootnoteNumbering.definedLabels(protected) : chapterFootnotes
        let tail = resolvingFootnotes ? FootnoteNumbering.tail(for: protected, chapterLabels: context.footnoteLabels, nested: depth > 0) : ""
        let separator = tail.isEmpty ? "" : protected.hasSuffix("\n") ? "\n" : "\n\n"
        let fed = protected + separator + tail
        context.tailLine = tail.isEmpty ? Int.max : (protected + separator).utf8.filter { $0 == UInt8(ascii: "\n") }.count + 1
        context.fedLines = fed.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        context.notePrefix = notePrefix
        _ = Self.extensionsRegistered
        // Only `~~x~~` strikes through: `H~2~O` is a subscript.
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE | CMARK_OPT_SMART | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE
        let parser = cmark_parser_new(options)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        let bytes = Array(fed.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        let root = cmark_parser_finish(parser)!
        defer { cmark_node_free(root) }
        if Context.children(root).contains(where: { Int(cmark_node_get_start_line($0)) < context.tailLine && Int(cmark_node_get_end_line($0)) >= context.tailLine }) {
            // The text ends inside an open block (an unclosed code fence) that took the hidden lines.
            return parseBody(body, sourceLines: sourceLines, allowRawHTML: allowRawHTML, notePrefix: notePrefix, resolvingFootnotes: false)
        }
        var blocks = context.blocks(ofChildrenOf: root)
        blocks += context.inlineNotes.enumerated().map { n, content in
            .footnoteDefinition(label: InlineFootnotes.label(n + 1, prefix: notePrefix), content: [.paragraph(content)])
        }
        if depth == 0 { blocks = FootnoteNumbering.number(blocks) }
        let tailLine = context.tailLine
        return (blocks, context.diagnostics.filter { $0.location.line < tailLine })
    }
}

/// State of one parse: the file, math spans and diagnostics.
private struct Context: InlineLocating {
    let file: String
    let math: MathProtection
    let sourceLines: [String]
    let allowRawHTML: Bool
    let depth: Int
    var diagnostics: [Diagnostic] = []
    /// Footnote definitions seen so far.
    var footnotes = 0
    /// The chapter's footnote labels, the lines cmark read, the first hidden line after the
    /// text, and each reference number cmark gave with the label written there.
    var footnoteLabels: [String] = []
    var fedLines: [[UInt8]] = []
    var tailLine = Int.max
    var footnoteNames: [String: String] = [:]
    /// Makes this parse's inline-note labels unique in the chapter.
    var notePrefix = ""
    /// The content of each inline footnote `^[...]`, in order.
    var inlineNotes: [[Inline]] = []
    /// Lists and block quotes around the block being converted.
    var blockDepth = 0
    /// Emphasis, links and other inline containers around the inline being converted.
    var inlineDepth = 0

    init(file: String, math: MathProtection, sourceLines: [String], allowRawHTML: Bool, depth: Int) {
        self.depth = depth
        self.file = file
        self.math = math
        self.sourceLines = sourceLines
        self.allowRawHTML = allowRawHTML
    }

    func location(_ node: OpaquePointer, offset: Int = 0) -> SourceLocation {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node)) + offset
        return SourceLocation(file: file, line: line, column: math.originalColumn(line: line, column: column))
    }

    func sourceLine(_ line: Int) -> String? {
        line >= 1 && line <= sourceLines.count ? sourceLines[line - 1] : nil
    }

    mutating func report(_ message: String, at location: SourceLocation, severity: Diagnostic.Severity = .error) -> Diagnostic {
        let diagnostic = Diagnostic(message, at: location, severity: severity, sourceLine: sourceLine(location.line))
        diagnostics.append(diagnostic)
        return diagnostic
    }

    static func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            result.append(c)
            child = cmark_node_next(c)
        }
        return result
    }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    static func typeName(_ node: OpaquePointer) -> String {
        String(cString: cmark_node_get_type_string(node))
    }

    // MARK: Blocks

    mutating func blocks(ofChildrenOf node: OpaquePointer) -> [Block] {
        let lines = sourceLines
        var grouping = BlockGrouping(file: file, sourceLine: { $0 >= 1 && $0 <= lines.count ? lines[$0 - 1] : nil })
        var targets = TargetLines()
        for child in Self.children(node) { grouping.add(targets.attach(block(child), at: location(child)), at: location(child)) }
        for (message, location, severity) in targets.finish() { _ = report(message, at: location, severity: severity) }
        diagnostics += grouping.diagnostics
        return grouping.blocks
    }

    /// A list or block quote nested deeper than ``MarkdownParser/maxNesting`` (in its
    /// container) becomes an error box followed by its text, so deep input costs linear work.
    mutating func block(_ node: OpaquePointer) -> [Block] {
        let type = cmark_node_get_type(node)
        guard type == CMARK_NODE_LIST || type == CMARK_NODE_BLOCK_QUOTE else { return convert(node) }
        guard blockDepth < MarkdownParser.maxNesting else {
            let problem = report("lists and block quotes nest more than \(MarkdownParser.maxNesting) deep here; the deeper content is shown as plain text",
                                 at: location(node))
            return [.error(problem), .paragraph([.text(plainText(node))])]
        }
        blockDepth += 1
        let result = convert(node)
        blockDepth -= 1
        return result
    }

    /// The text of everything inside `node` (math as written), collected without recursion.
    func plainText(_ node: OpaquePointer) -> String {
        let iterator = cmark_iter_new(node)!
        defer { cmark_iter_free(iterator) }
        var text = ""
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            let current = cmark_iter_get_node(iterator)!
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_INLINE:
                if event == CMARK_EVENT_ENTER { text += Self.literal(current) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if event == CMARK_EVENT_EXIT { text += " " }
            default: break
            }
        }
        var restored = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == MathProtection.inlineOpen || $0 == MathProtection.displayOpen }),
              let close = rest[open...].firstIndex(where: { $0 == MathProtection.inlineClose || $0 == MathProtection.displayClose }),
              let index = Int(rest[rest.index(after: open)..<close]), index < math.spans.count {
            let span = math.spans[index]
            restored += rest[..<open] + (span.display ? "$$\(span.tex)$$" : "$\(span.tex)$")
            rest = rest[rest.index(after: close)...]
        }
        return (restored + rest).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    mutating func convert(_ node: OpaquePointer) -> [Block] {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            let content = inlines(ofChildrenOf: node)
            return Int(cmark_node_get_start_line(node)) >= tailLine ? [] : paragraph(content)
        case CMARK_NODE_HEADING:
            return [.heading(heading(node))]
        case CMARK_NODE_LIST:
            let items = Self.children(node).map { TaskItems.mark(blocks(ofChildrenOf: $0), item: $0) }
            let tight = cmark_node_get_list_tight(node) != 0
            if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST {
                return [.orderedList(start: Int(cmark_node_get_list_start(node)), items: items, tight: tight)]
            }
            return [.bulletList(items: items, tight: tight)]
        case CMARK_NODE_BLOCK_QUOTE:
            return [.blockQuote(blocks(ofChildrenOf: node))]
        case CMARK_NODE_CODE_BLOCK:
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            if info.hasPrefix("{") { return [directive(node, info: info)] }
            if ContainerDirective.startsWithCodeOption(Self.literal(node)) { return [directive(node, info: "{code-block} " + info)] }
            return [.codeBlock(language: info.split(separator: " ").first.map(String.init) ?? "", code: Self.literal(node))]
        case CMARK_NODE_HTML_BLOCK:
            let html = Self.literal(node)
            if html.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("<!--") { return [] }
            if allowRawHTML { return [.html(html)] }
            _ = report("raw HTML is shown as text; set 'raw_html: true' in the front matter to allow it",
                       at: location(node), severity: .warning)
            return [.codeBlock(language: "html", code: html)]
        case CMARK_NODE_THEMATIC_BREAK:
            return [.thematicBreak]
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            // cmark-gfm numbers references 1, 2, ... in order of first use and moves the
            // definitions to the end in that same order.
            footnotes += 1
            let label = footnoteNames["\(footnotes)"] ?? "\(footnotes)"
            let content = blocks(ofChildrenOf: node)
            return Int(cmark_node_get_start_line(node)) >= tailLine ? [] : [.footnoteDefinition(label: label, content: content)]
        default:
            if Self.typeName(node) == "table" { return [.table(table(node))] }
            return blocks(ofChildrenOf: node)
        }
    }

    /// Splits a paragraph at display-math placeholders: math becomes its own block.
    mutating func paragraph(_ content: [Inline]) -> [Block] {
        var result: [Block] = []
        var current: [Inline] = []
        func flush() {
            while let last = current.last, last == .softBreak || last == .lineBreak || last == .text(" ") { current.removeLast() }
            while let first = current.first, first == .softBreak || first == .lineBreak { current.removeFirst() }
            if !current.isEmpty { result.append(.paragraph(current)) }
            current = []
        }
        for inline in content {
            guard case let .text(text) = inline, text.contains(MathProtection.displayOpen) else {
                current.append(inline)
                continue
            }
            var rest = Substring(text)
            while let open = rest.firstIndex(of: MathProtection.displayOpen),
                  let close = rest[open...].firstIndex(of: MathProtection.displayClose),
                  let index = Int(rest[rest.index(after: open)..<close]), index < math.spans.count {
                let before = String(rest[..<open]).trimmingTrailingSpaces
                if !before.isEmpty { current.append(.text(before)) }
                flush()
                let span = math.spans[index]
                var label = span.label ?? DisplayMath.label(inTeX: span.tex)
                if let chosen = label, let problem = Label.problem(chosen, what: "equation") {
                    _ = report(problem + "; the equation is not numbered", at: span.location)
                    label = nil
                }
                result.append(.displayMath(DisplayMath(tex: span.tex, label: label, location: span.location, texLocation: span.texLocation)))
                rest = rest[rest.index(after: close)...].drop { $0 == " " }
            }
            if !rest.isEmpty { current.append(.text(String(rest))) }
        }
        flush()
        return result
    }

    /// A trailing `{#sec-x .unnumbered}` (or `{-}`) sets the id and leaves the heading unnumbered.
    mutating func heading(_ node: OpaquePointer) -> Heading {
        var content = inlines(ofChildrenOf: node)
        var id: String?
        var unnumbered = false
        if case let .text(last)? = content.last, let (rest, attributes) = AttributeList.trailing(last) {
            if let chosen = attributes.id {
                if let problem = Label.problem(chosen, what: "heading") {
                    _ = report(problem + "; the heading keeps an id made from its text", at: location(node))
                } else {
                    id = chosen
                }
            }
            unnumbered = attributes.classes.contains("unnumbered")
            let unused = attributes.classes.filter { $0 != "unnumbered" }.map { "." + $0 } + attributes.pairs.map { "\($0.key)=" }
            if !unused.isEmpty {
                _ = report("heading attribute \(unused.joined(separator: " ")) has no effect (a heading uses #id, .unnumbered and -)",
                           at: location(node), severity: .warning)
            }
            content.removeLast()
            if !rest.isEmpty { content.append(.text(rest)) }
        } else if case let .text(last)? = content.last, last.hasSuffix("}"), let open = last.range(of: "{#", options: .backwards) {
            // Not an attribute list, but meant as an id: say what is wrong with it.
            let chosen = String(last[open.upperBound..<last.index(before: last.endIndex)])
            _ = report((Label.problem(chosen, what: "heading") ?? "heading id '\(chosen)' is not an attribute list")
                       + "; the heading keeps an id made from its text", at: location(node))
            let rest = String(last[..<open.lowerBound]).trimmingCharacters(in: .whitespaces)
            content.removeLast()
            if !rest.isEmpty { content.append(.text(rest)) }
        }
        return Heading(level: Int(cmark_node_get_heading_level(node)), content: content,
                       id: id ?? InlineText.slug(InlineText.plain(content)), idIsDerived: id == nil, unnumbered: unnumbered,
                       location: location(node))
    }

    mutating func table(_ node: OpaquePointer) -> Table {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments = [Table.Alignment](repeating: .none, count: columns)
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for i in 0..<columns {
                switch UInt8(raw[i]) {
                case UInt8(ascii: "l"): alignments[i] = .left
                case UInt8(ascii: "c"): alignments[i] = .center
                case UInt8(ascii: "r"): alignments[i] = .right
                default: break
                }
            }
        }
        var header: [[Inline]] = []
        var rows: [[[Inline]]] = []
        for row in Self.children(node) {
            let cells = Self.children(row).map { inlines(ofChildrenOf: $0) }
            if Self.typeName(row) == "table_header" { header = cells } else { rows.append(cells) }
        }
        return Table(alignments: alignments, header: header, rows: rows)
    }

    mutating func directive(_ node: OpaquePointer, info: String) -> Block {
        let fenceLocation = location(node)
        guard let close = info.firstIndex(of: "}") else {
            return .error(report("directive info string must look like '{name} argument'", at: fenceLocation))
        }
        let name = String(info[info.index(after: info.startIndex)..<close]).trimmingCharacters(in: .whitespaces)
        let argument = String(info[info.index(after: close)...]).trimmingCharacters(in: .whitespaces)
        var lines = Self.literal(node).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var options: [DirectiveOption] = []
        var consumed = 0
        let firstBodyLine = fenceLocation.line + 1
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---",
           let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) {
            for (offset, line) in lines[1..<end].enumerated() {
                if let option = Self.option(line, location: SourceLocation(file: file, line: firstBodyLine + 1 + offset, column: 1), yamlStyle: true) {
                    options.append(option)
                } else if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    _ = report("expected 'key: value' in the directive's option block",
                               at: SourceLocation(file: file, line: firstBodyLine + 1 + offset, column: 1))
                }
            }
            consumed = end + 1
        } else {
            while consumed < lines.count,
                  let option = Self.option(lines[consumed], location: SourceLocation(file: file, line: firstBodyLine + consumed, column: 1), yamlStyle: false) {
                options.append(option)
                consumed += 1
            }
        }
        let content = lines[consumed...].joined(separator: "\n")
        let parsed = Directive(name: name, argument: argument, options: options, content: content,
                               rawBody: Self.literal(node), contentLine: firstBodyLine + consumed, location: fenceLocation)
        return madeAtParseTime(parsed) ?? .directive(parsed)
    }

    /// A container or code block (``ContainerDirective``), its content parsed one level deeper.
    mutating func madeAtParseTime(_ d: Directive) -> Block? {
        var found: [Diagnostic] = []
        let lines = sourceLines, depth = depth, file = file, allowRawHTML = allowRawHTML
        let nested = MarkdownParser(file: file, depth: depth + 1, footnotes: footnoteLabels)
        func excerpt(_ line: Int) -> String? { line >= 1 && line <= lines.count ? lines[line - 1] : nil }
        let maker = ContainerDirective(
            report: { message, location, severity in
                found.append(Diagnostic(message, at: location, severity: severity, sourceLine: excerpt(location.line)))
            },
            parseBlocks: { text, line in
                guard depth < MarkdownParser.maxContainerDepth else {
                    let at = SourceLocation(file: file, line: line, column: 1)
                    found.append(Diagnostic("containers nest more than \(MarkdownParser.maxContainerDepth) deep here; the content is shown as code",
                                            at: at, sourceLine: excerpt(line)))
                    return [.codeBlock(language: "", code: text)]
                }
                let (blocks, problems) = nested.fragment(text, firstLine: line, allowRawHTML: allowRawHTML)
                found += problems
                return blocks
            },
            parseInlines: { text, line in
                let (blocks, problems) = nested.fragment(text, firstLine: line, allowRawHTML: allowRawHTML)
                found += problems
                if blocks.count == 1, case let .paragraph(inlines) = blocks[0] { return inlines }
                return [.text(text)]
            })
        let block = maker.block(d)
        diagnostics += found
        return block
    }

    /// `:key: value` (or `key: value` inside a `---` option block).
    static func option(_ line: String, location: SourceLocation, yamlStyle: Bool) -> DirectiveOption? {
        var rest = Substring(line.trimmingCharacters(in: .whitespaces))
        if !yamlStyle {
            guard rest.hasPrefix(":") else { return nil }
            rest = rest.dropFirst()
        }
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let key = String(rest[..<colon])
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        let value = rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        return DirectiveOption(key: key, value: value, location: location)
    }

    // MARK: Inlines

    mutating func inlines(ofChildrenOf node: OpaquePointer) -> [Inline] {
        var raw: [(Inline, OpaquePointer)] = []
        for child in Self.children(node) { raw += inline(child).map { ($0, child) } }
        return InlineSyntax(context: self).rewrite(raw.map { $0.0 }, nodes: raw.map { $0.1 }, container: node, report: { message, location in
            self.diagnostics.append(Diagnostic(message, at: location, sourceLine: self.sourceLine(location.line)))
        }, warn: { message, location in
            self.diagnostics.append(Diagnostic(message, at: location, severity: .warning, sourceLine: self.sourceLine(location.line)))
        }, note: { content in
            self.inlineNotes.append(content)
            return InlineFootnotes.label(self.inlineNotes.count, prefix: self.notePrefix)
        })
    }

    /// Inline containers nested deeper than ``MarkdownParser/maxNesting`` become their text.
    mutating func inline(_ node: OpaquePointer) -> [Inline] {
        guard cmark_node_first_child(node) != nil else { return convertInline(node) }
        guard inlineDepth < MarkdownParser.maxNesting else {
            _ = report("emphasis and links nest more than \(MarkdownParser.maxNesting) deep here; the deeper content is shown as plain text",
                       at: location(node), severity: .warning)
            return [.text(plainText(node))]
        }
        inlineDepth += 1
        let result = convertInline(node)
        inlineDepth -= 1
        return result
    }

    mutating func convertInline(_ node: OpaquePointer) -> [Inline] {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return [.text(TablePipes.restore(Self.literal(node)))]
        case CMARK_NODE_SOFTBREAK: return [.softBreak]
        case CMARK_NODE_LINEBREAK: return [.lineBreak]
        case CMARK_NODE_CODE: return [.code(TablePipes.restore(Self.literal(node)))]
        case CMARK_NODE_EMPH: return [.emphasis(inlines(ofChildrenOf: node))]
        case CMARK_NODE_STRONG: return [.strong(inlines(ofChildrenOf: node))]
        case CMARK_NODE_HTML_INLINE:
            let html = Self.literal(node)
            return allowRawHTML ? [.html(html)] : [.text(html)]
        case CMARK_NODE_LINK:
            return [.link(url: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                          title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
                          content: inlines(ofChildrenOf: node))]
        case CMARK_NODE_IMAGE:
            return [.image(url: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
                           title: cmark_node_get_title(node).map { String(cString: $0) } ?? "",
                           alt: inlines(ofChildrenOf: node), location: location(node))]
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            let number = Self.literal(node)
            let name = footnoteNames[number] ?? FootnoteNumbering.label(in: fedLines, line: Int(cmark_node_get_start_line(node)),
                                                                         column: Int(cmark_node_get_start_column(node))) ?? number
            footnoteNames[number] = name
            return [.footnoteReference(label: name)]
        default:
            if Self.typeName(node) == "strikethrough" { return [.strikethrough(inlines(ofChildrenOf: node))] }
            return inlines(ofChildrenOf: node)
        }
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
