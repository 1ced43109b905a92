import Document
import MathLayout

/// Inline content to HTML.
enum InlineHTML {
    static func render(_ inlines: [Inline]) -> String { inlines.map(render).joined() }

    static func render(_ inline: Inline) -> String {
        switch inline {
        case let .text(s): return HTMLEscaping.text(s)
        case let .emphasis(c): return "<em>\(render(c))</em>"
        case let .strong(c): return "<strong>\(render(c))</strong>"
        case let .strikethrough(c): return "<del>\(render(c))</del>"
        case let .code(s): return "<code>\(HTMLEscaping.text(s))</code>"
        case let .link(url, title, content):
            guard let safe = LinkPolicy.safe(url) else { return render(content) }
            let titleAttribute = title.isEmpty ? "" : " title=\"\(HTMLEscaping.attribute(title))\""
            return "<a href=\"\(HTMLEscaping.attribute(safe))\"\(titleAttribute)>\(render(content))</a>"
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
        case let .math(tex, _): return MathMLWriter.render(MathParser.parse(tex), display: false)
        case let .reference(label, _, text):
            return "<a class=\"xref\" href=\"#\(HTMLEscaping.attribute(label))\">\(HTMLEscaping.text(text ?? label))</a>"
        case let .citation(keys, _, text):
            let target = keys.first.map { "#ref-\($0)" } ?? "#references"
            return "<a class=\"cite\" href=\"\(HTMLEscaping.attribute(target))\">\(HTMLEscaping.text(text ?? keys.joined(separator: "; ")))</a>"
        case .role: return ""  // a ResolvedBook holds none: leftovers became errors
        case let .footnoteReference(label):
            let id = HTMLEscaping.attribute(label)
            return "<sup class=\"fnref\"><a id=\"fnref-\(id)\" href=\"#fn-\(id)\">\(HTMLEscaping.text(label))</a></sup>"
        case let .error(d):
            return "<span class=\"inline-error\" role=\"alert\" title=\"\(HTMLEscaping.attribute("\(d.location): \(d.message)"))\">⚠ \(HTMLEscaping.text(d.message))</span>"
        }
    }
}
