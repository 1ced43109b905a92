import Document
import MathLayout

/// Inline content of one chapter to HTML. Links never nest: inside a link, links,
/// references, citations and footnote references render as their text; in a contents entry
/// (itself a link) they do too, and nothing there carries an id.
struct InlineHTML {
    /// Where the content stands.
    enum Place { case text, link, contents }

    /// The chapter whose footnotes the content refers to.
    let chapter: Int
    let place: Place
    /// The footnote references written so far (the targets of the notes' back links).
    let referenced: FootnoteReferences

    init(chapter: Int, place: Place = .text, referenced: FootnoteReferences = FootnoteReferences()) {
        self.chapter = chapter
        self.place = place
        self.referenced = referenced
    }

    /// The content of a table-of-contents entry (no links, no ids).
    static func contents(_ inlines: [Inline]) -> String {
        InlineHTML(chapter: 0, place: .contents).render(inlines)
    }

    private var insideLink: InlineHTML { InlineHTML(chapter: chapter, place: place == .text ? .link : place, referenced: referenced) }

    func render(_ inlines: [Inline]) -> String { inlines.map(render).joined() }

    func render(_ inline: Inline) -> String {
        switch inline {
        case let .text(s): return HTMLEscaping.text(s)
        case let .emphasis(c): return "<em>\(render(c))</em>"
        case let .strong(c): return "<strong>\(render(c))</strong>"
        case let .strikethrough(c): return "<del>\(render(c))</del>"
        case let .subscripted(c): return "<sub>\(render(c))</sub>"
        case let .superscripted(c): return "<sup>\(render(c))</sup>"
        case let .abbreviation(text, expansion):
            guard !expansion.isEmpty else { return HTMLEscaping.text(text) }
            return "<abbr title=\"\(HTMLEscaping.attribute(expansion))\">\(HTMLEscaping.text(text))</abbr>"
        case let .code(s): return "<code>\(HTMLEscaping.text(s))</code>"
        case let .link(url, title, content):
            guard place == .text, let safe = LinkPolicy.safe(url) else { return insideLink.render(content) }
            let titleAttribute = title.isEmpty ? "" : " title=\"\(HTMLEscaping.attribute(title))\""
            return "<a href=\"\(HTMLEscaping.attribute(safe))\"\(titleAttribute)>\(insideLink.render(content))</a>"
        case let .image(url, title, alt, _):
            guard url.hasPrefix("data:image/") else {
                // Remote or local files are not fetched: the report must open offline.
                return "<span class=\"missing-image\">[image: \(HTMLEscaping.text(InlineText.plain(alt)))]</span>"
            }
            let titleAttribute = title.isEmpty ? "" : " title=\"\(HTMLEscaping.attribute(title))\""
            return "<img src=\"\(HTMLEscaping.attribute(url))\" alt=\"\(HTMLEscaping.attribute(InlineText.plain(alt)))\"\(titleAttribute)>"
        case .softBreak: return "\n"
        case .lineBreak: return "<br>\n"
        case let .html(h): return h
        case let .math(tex, _): return MathMLWriter.render(MathParser.parse(tex), display: false, italicCorrections: MathItalicCorrections.byLetter)
        case let .reference(label, _, text):
            let shown = HTMLEscaping.text(text ?? label)
            guard place == .text else { return shown }
            return "<a class=\"xref\" href=\"#\(HTMLEscaping.attribute(label))\">\(shown)</a>"
        case let .citation(keys, _, text):
            let shown = HTMLEscaping.text(text ?? keys.joined(separator: "; "))
            guard place == .text else { return shown }
            let target = keys.first.map(ReportIDs.reference) ?? ReportIDs.references
            return "<a class=\"cite\" href=\"#\(HTMLEscaping.attribute(target))\">\(shown)</a>"
        case .role, .parameter, .crossReference, .cite: return ""  // a ResolvedBook holds none: leftovers became errors
        case let .footnoteReference(label):
            let shown = HTMLEscaping.text(label)
            guard place != .contents else { return "<sup class=\"fnref\">\(shown)</sup>" }
            let id = " id=\"\(HTMLEscaping.attribute(referenced.next(chapter: chapter, label)))\""
            guard place == .text else { return "<sup class=\"fnref\"\(id)>\(shown)</sup>" }
            let target = HTMLEscaping.attribute(ReportIDs.footnote(chapter: chapter, label))
            return "<sup class=\"fnref\"><a\(id) href=\"#\(target)\">\(shown)</a></sup>"
        case let .checkbox(checked):
            return "<input type=\"checkbox\" class=\"task\" disabled\(checked ? " checked aria-label=\"done\"" : " aria-label=\"to do\"")> "
        case let .error(d):
            return "<span class=\"inline-error\" role=\"alert\" title=\"\(HTMLEscaping.attribute("\(d.location): \(d.message)"))\">⚠ \(HTMLEscaping.text(d.message))</span>"
        }
    }
}
