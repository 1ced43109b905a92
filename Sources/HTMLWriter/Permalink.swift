import Document

/// The "#" link at the end of a heading that points at the heading itself, named for
/// screen readers ("Link to section 2.1"), after a no-break space so that it never wraps onto
/// a line of its own.
enum Permalink {
    static func html(_ h: Heading) -> String {
        let name = h.number.map { "Link to section \($0)" } ?? "Link to section " + InlineText.plain(h.content)
        return "&nbsp;<a class=\"permalink\" href=\"#\(HTMLEscaping.attribute(h.id))\" aria-label=\"\(HTMLEscaping.attribute(name))\">#</a>"
    }
}
