import Document

/// Containers and listings to HTML: admonitions as titled boxes (a `<details>` when
/// collapsible), margin notes as `<aside>` beside the text on wide screens, epigraphs as a
/// quotation set apart, divs with their classes and id; listings as a `<figure>` whose
/// `<pre>` has one line element per source line (numbers and highlights by CSS).
extension BlockHTML {
    func container(_ c: Container) -> String {
        let id = c.id.map { " id=\"\(HTMLEscaping.attribute($0))\"" } ?? ""
        let own: [String]
        if c.kind.isAdmonition {
            own = ["admonition", "tone-\(c.kind.tone)", "admonition-\(c.kind.rawValue)"]
        } else if c.kind.isMarginNote {
            own = ["margin-note", "margin-\(c.kind.rawValue)"]
        } else if c.kind == .epigraph {
            own = ["epigraph"]
        } else {
            own = []
        }
        let classList = own + c.classes
        let classes = classList.isEmpty ? "" : " class=\"\(HTMLEscaping.attribute(classList.joined(separator: " ")))\""
        let body = render(c.content)
        let title = inline.render(c.title)
        if c.collapsible {
            let summary = c.title.isEmpty ? "Details" : title
            return "<details\(classes)\(id)\(c.open ? " open" : "")><summary class=\"container-title\">\(summary)</summary>\n<div class=\"container-body\">\n\(body)\n</div></details>"
        }
        let heading = c.title.isEmpty ? "" : "<p class=\"container-title\">\(title)</p>\n"
        switch c.kind {
        case .margin, .aside, .sidebar: return "<aside\(classes)\(id)>\n\(heading)\(body)\n</aside>"
        case .epigraph: return "<blockquote\(classes)\(id)>\n\(body)\n</blockquote>"
        case .note, .tip, .important, .warning, .caution, .attention, .danger, .error, .hint, .seealso, .admonition, .dropdown:
            return "<div\(classes)\(id) role=\"note\">\n\(heading)<div class=\"container-body\">\n\(body)\n</div></div>"
        case .div: return "<div\(classes)\(id)>\n\(heading)\(body)\n</div>"
        }
    }

    func listing(_ l: Listing) -> String {
        let id = l.id.map { " id=\"\(HTMLEscaping.attribute($0))\"" } ?? ""
        var lines = l.code.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let rendered = lines.enumerated().map { index, line -> String in
            let number = l.firstLineNumber.map { "<span class=\"lineno\" aria-hidden=\"true\">\($0 + index)</span>" } ?? ""
            let emphasized = l.emphasized.contains(index + 1) ? " emphasized" : ""
            return "<span class=\"line\(emphasized)\">\(number)\(HTMLEscaping.text(line))</span>"
        }
        let language = l.language.isEmpty ? "" : " class=\"language-\(HTMLEscaping.attribute(l.language))\""
        let number = l.number.map { "<span class=\"figno\">Listing \(HTMLEscaping.text($0)).</span> " } ?? ""
        let caption = l.caption.isEmpty ? "" : "<figcaption>\(number)\(inline.render(l.caption))</figcaption>\n"
        return "<figure class=\"listing\"\(id)>\n\(caption)<pre tabindex=\"0\"><code\(language)>\(rendered.joined(separator: "\n"))</code></pre>\n</figure>"
    }
}
