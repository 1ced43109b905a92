import Document
import Graphics
import MathLayout

/// Inline content to rich text, mirroring the HTML writer: emphasis, strong, code on a
/// shaded background, links, cross-references and citations as internal links, footnote
/// marks raised, inline errors in red, formulas as inline objects.
struct InlineConverter {
    private(set) var text = RichText()
    private var style: RunStyle
    private var link: LinkTarget?
    /// Lays out a formula at a size; returns the object id and box of each of its pieces
    /// (the parts between the places it may end a line).
    private let formula: (String, Double) -> [(id: Int, box: MathBox)]
    /// The chapter the text is in (footnote destinations name it).
    private let chapter: Int

    init(base: RunStyle, chapter: Int, formula: @escaping (String, Double) -> [(id: Int, box: MathBox)]) {
        style = base
        self.chapter = chapter
        self.formula = formula
    }

    mutating func append(_ inlines: [Inline]) {
        for inline in inlines { append(inline) }
    }

    private mutating func with(_ change: (inout RunStyle) -> Void, link newLink: LinkTarget? = nil, _ body: (inout Self) -> Void) {
        let saved = (style, link)
        change(&style)
        if let newLink { link = newLink }
        body(&self)
        (style, link) = saved
    }

    private mutating func add(_ s: String) { text.append(s, style, link: link) }

    mutating func append(_ inline: Inline) {
        switch inline {
        case let .text(s): add(s)
        case let .emphasis(c): with({ $0.italic.toggle() }) { $0.append(c) }
        case let .strong(c): with({ $0.bold = true }) { $0.append(c) }
        case let .strikethrough(c): with({ $0.color = PDFStyle.muted }) { $0.append(c) }
        case let .subscripted(c): with({ $0.rise -= $0.size * 0.2; $0.size *= 0.7 }) { $0.append(c) }
        case let .superscripted(c): with({ $0 = $0.superscript }) { $0.append(c) }
        case let .abbreviation(text, expansion):
            // Print has no hover: the expansion stands in parentheses.
            add(expansion.isEmpty ? text : "\(text) (\(expansion))")
        case let .code(s):
            with({ $0.family = PDFStyle.mono; $0.size *= 0.84; $0.background = PDFStyle.panel; $0.breaksAtHyphens = false }) { $0.add(s) }
        case let .link(url, _, content):
            guard let safe = LinkPolicy.safe(url) else { append(content); break }
            let target: LinkTarget = safe.hasPrefix("#") ? .destination(String(safe.dropFirst())) : .uri(safe)
            with({ $0.color = PDFStyle.link }, link: target) { $0.append(content) }
        case let .image(_, _, alt, _):
            // Images are not fetched (as in the HTML): the report must build offline.
            with({ $0.color = PDFStyle.muted }) { $0.add("[image: \(InlineText.plain(alt))]") }
        case .softBreak: add(" ")
        case .lineBreak: add("\u{2028}")
        case .html: break
        case let .math(tex, _):
            // A space between the pieces lets the line break there and stretches with the
            // line, as TeX's space after a relation does.
            for (index, (id, box)) in formula(tex, style.size).enumerated() {
                if index > 0 { add(" ") }
                text.appendObject(id: id, width: box.width, ascent: box.ascent, descent: box.descent, link: link)
            }
        case let .reference(label, _, resolved):
            with({ $0.color = PDFStyle.link }, link: .destination(label)) { $0.add(resolved ?? label) }
        case let .citation(keys, _, resolved):
            let target = LinkTarget.destination(keys.first.map { "ref-\($0)" } ?? "references")
            with({ $0.color = PDFStyle.link }, link: target) { $0.add(resolved ?? keys.joined(separator: "; ")) }
        case .role, .parameter, .crossReference, .cite: break  // a ResolvedBook holds none: leftovers became errors
        case let .footnoteReference(label):
            with({ $0.rise = $0.size * 0.35; $0.size *= 0.7; $0.color = PDFStyle.link }, link: .destination(ReportIDs.footnote(chapter: chapter, label))) {
                $0.add(label)
            }
        case let .checkbox(checked):
            with({ $0.family = PDFStyle.symbols }) { $0.add(checked ? "☑" : "☐") }
            add(" ")
        case let .error(d):
            with({ $0.color = PDFStyle.bad }) { $0.add("⚠ \(d.message)") }
        }
    }
}

extension RunStyle {
    /// The style of a superscript run after this one: raised by 0.35 of the size, at 0.7 of it.
    var superscript: RunStyle {
        var raised = self
        raised.rise += size * 0.35
        raised.size *= 0.7
        return raised
    }
}
