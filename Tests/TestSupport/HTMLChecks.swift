/// Structural checks of an HTML page shared by the writer and engine tests: every element
/// closed in order, no link inside a link, no block inside a paragraph, no control
/// character, and unique ids.
public enum HTMLChecks {
    static let voidElements: Set<String> = ["meta", "br", "hr", "img", "input", "link", "col", "area", "base", "source", "wbr"]
    /// Elements that close an open `<p>` in an HTML parser, so they cannot stand inside one.
    static let blockElements: Set<String> = ["address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset",
                                             "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
                                             "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul"]

    /// The first problem found, or nil when the page is well-formed.
    public static func problem(in html: String) -> String? {
        if let bad = html.unicodeScalars.first(where: { ($0.value < 0x20 && !"\t\n\r".unicodeScalars.contains($0)) || $0.value == 0x7F }) {
            return "control character U+\(String(bad.value, radix: 16, uppercase: true))"
        }
        var stack: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("!--") {
                guard let end = rest.range(of: "-->") else { return "unclosed comment" }
                rest = rest[end.upperBound...]
                continue
            }
            guard let close = rest.firstIndex(of: ">") else { return "unclosed tag" }
            let tag = rest[..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") || tag.hasPrefix("?") || tag.hasSuffix("/") { continue }
            let name = String(tag.drop { $0 == "/" }.prefix { !$0.isWhitespace }).lowercased()
            if !tag.hasPrefix("/") && blockElements.contains(name) && stack.contains("p") { return "<\(name)> inside <p>" }
            if voidElements.contains(name) { continue }
            if tag.hasPrefix("/") {
                guard let top = stack.popLast() else { return "</\(name)> without an open element" }
                if top != name { return "</\(name)> closes <\(top)>" }
            } else {
                if name == "a" && stack.contains("a") { return "<a> inside <a>" }
                stack.append(name)
            }
        }
        return stack.isEmpty ? nil : "unclosed <\(stack.last!)>"
    }

    /// The values of every `id` attribute, in order.
    public static func ids(in html: String) -> [String] {
        html.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// Ids that occur more than once.
    public static func duplicateIDs(in html: String) -> [String] {
        var seen: Set<String> = [], duplicates: [String] = []
        for id in ids(in: html) where !seen.insert(id).inserted && !duplicates.contains(id) { duplicates.append(id) }
        return duplicates
    }
}
