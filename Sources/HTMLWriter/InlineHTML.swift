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

    /// The inlines in order. Math and code are atoms a browser may break a line beside, even
    /// where the text around them has no space ("(" before a formula, ")," after it); such
    /// neighbouring characters are kept on the atom's line in a span that does not wrap.
    func render(_ inlines: [Inline]) -> String {
        var html = ""
        var items = inlines
        var index = 0
        while index < items.count {
            let inline = items[index]
            let next = index + 1 < items.count ? items[index + 1] : nil
            if case let .text(s) = inline, let next, Self.isAtom(next), let last = s.last, !last.isWhitespace {
                // Keep the run of text before the atom for the atom's group.
                let head = s[..<(s.lastIndex(where: \.isWhitespace).map { s.index(after: $0) } ?? s.startIndex)]
                html += HTMLEscaping.text(String(head))
                items[index] = .text(String(s[head.endIndex...]))
                let (group, consumed) = glued(&items, at: index)
                html += group
                index += consumed
            } else if Self.isAtom(inline), case let .text(s)? = next, let first = s.first, !first.isWhitespace {
                let (group, consumed) = glued(&items, at: index)
                html += group
                index += consumed
            } else {
                html += render(inline)
                index += 1
            }
        }
        return html
    }

    /// Math and short code, which browsers treat as one unbreakable box with break chances
    /// around it. Longer code may break inside (`codeWithBreaks`), which a span that does
    /// not wrap would stop.
    private static func isAtom(_ inline: Inline) -> Bool {
        switch inline {
        case .math: return true
        case let .code(text): return text.count <= shortCode
        default: return false
        }
    }

    /// The most characters of code kept on one line with the punctuation around it.
    private static let shortCode = 16

    /// Code longer than `shortCode` with a break chance (`<wbr>`) after each dot,
    /// underscore, slash, colon, comma or equals sign that joins its names, so that
    /// `rules.bptt.final_loss` wraps between its parts rather than inside a word (the
    /// stylesheet's `overflow-wrap: anywhere` is left for code without such marks).
    static func codeWithBreaks(_ code: String) -> String {
        guard code.count > shortCode else { return HTMLEscaping.text(code) }
        var html = ""
        let last = code.count - 1
        for (index, character) in code.enumerated() {
            html += HTMLEscaping.text(String(character))
            if index < last, "._/:,=".contains(character) { html += "<wbr>" }
        }
        return html
    }

    /// From `start`: an optional text run, an atom, and the text up to the next space after
    /// it, in one span that does not wrap; with how many inlines it used (the rest of a
    /// split text is left in `items`).
    private func glued(_ items: inout [Inline], at start: Int) -> (String, Int) {
        var index = start
        var group = ""
        if case let .text(before) = items[index] {
            group += HTMLEscaping.text(before)
            index += 1
        }
        group += render(items[index])
        index += 1
        if index < items.count, case let .text(after) = items[index], let first = after.first, !first.isWhitespace {
            let end = after.firstIndex(where: \.isWhitespace) ?? after.endIndex
            group += HTMLEscaping.text(String(after[..<end]))
            if end == after.endIndex { index += 1 } else { items[index] = .text(String(after[end...])) }
        }
        return ("<span class=\"nobr\">" + group + "</span>", index - start)
    }

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
        case let .code(s): return "<code>\(Self.codeWithBreaks(s))</code>"
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
