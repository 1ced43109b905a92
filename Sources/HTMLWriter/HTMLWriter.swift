import Foundation
import Document

/// Writes a resolved book as one self-contained HTML page: CSS inline, figures as inline SVG,
/// math as MathML, no scripts and no network requests. Knows only the resolved document.
public struct HTMLWriter {
    public init() {}

    /// The page, and problems met while writing it.
    public func render(_ book: Book) -> (html: String, problems: [String]) {
        var blocks = BlockHTML()
        var body: [String] = []
        for chapter in book.chapters {
            body.append("<section class=\"chapter\" id=\"chapter-\(chapter.number)\">")
            body.append(blocks.render(chapter.blocks))
            body.append("</section>")
        }
        let title = HTMLEscaping.text(book.title)
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="report">
            <title>\(title)</title>
            <style>
            \(Stylesheet.css)
            </style>
            </head>
            <body>
            <header>
            <h1>\(title)</h1>

            """
        if !book.authors.isEmpty { page += "<p class=\"authors\">\(HTMLEscaping.text(book.authors.joined(separator: ", ")))</p>\n" }
        page += Self.summary(book) + "\n</header>\n"
        page += Self.tableOfContents(book) + "\n<main>\n" + body.joined(separator: "\n") + "\n"
        page += Self.references(book) + "\n</main>\n"
        page += Self.provenance(book) + "\n</body>\n</html>\n"
        return (page, blocks.problems)
    }

    /// Claims and problems at a glance, near the top.
    static func summary(_ book: Book) -> String {
        let claims = book.chapters.flatMap { chapter in
            chapter.blocks.compactMap { block -> (ClaimBlock, Int)? in
                if case let .claim(c) = block { return (c, chapter.number) }
                return nil
            }
        }
        let errors = book.diagnostics.filter { $0.severity == .error }
        var html = "<div class=\"summary\">"
        if claims.isEmpty {
            html += "No checked claims."
        } else {
            let passed = claims.filter { $0.0.passed == true }.count
            let failing = claims.filter { $0.0.passed != true }
            html += "<span class=\"\(failing.isEmpty ? "ok" : "bad")\">\(passed) of \(claims.count) claims hold</span>"
            if !failing.isEmpty {
                html += "<ul>" + failing.map { c, _ in
                    "<li><a href=\"#claim-\(HTMLEscaping.attribute(c.id))\">\(HTMLEscaping.text(c.id))</a>: \(c.passed == false ? "fails" : "could not be checked")</li>"
                }.joined() + "</ul>"
            }
        }
        if !errors.isEmpty {
            html += "<div><span class=\"bad\">\(errors.count) error\(errors.count == 1 ? "" : "s") in the chapters</span><ul>"
            html += errors.prefix(20).map { "<li><code>\(HTMLEscaping.text($0.location.description))</code> \(HTMLEscaping.text($0.message))</li>" }.joined()
            html += "</ul></div>"
        }
        return html + "</div>"
    }

    static func tableOfContents(_ book: Book) -> String {
        var html = "<nav class=\"toc\" aria-label=\"Contents\"><strong>Contents</strong>\n<ol>"
        for chapter in book.chapters {
            let headings = chapter.blocks.compactMap { block -> Heading? in
                if case let .heading(h) = block, h.level <= 2 { return h }
                return nil
            }
            guard !headings.isEmpty else { continue }
            var open = false
            for h in headings {
                let link = "<a href=\"#\(HTMLEscaping.attribute(h.id))\">\(h.number.map { "\($0) " } ?? "")\(InlineHTML.render(h.content))</a>"
                if h.level == 1 {
                    if open { html += "</ol></li>" }
                    html += "<li>\(link)<ol>"
                    open = true
                } else {
                    if !open { html += "<li><ol>"; open = true }
                    html += "<li>\(link)</li>"
                }
            }
            if open { html += "</ol></li>" }
        }
        if !book.citedKeys.isEmpty { html += "<li><a href=\"#references\">References</a></li>" }
        html += "<li><a href=\"#provenance\">Provenance</a></li></ol></nav>"
        return html.replacingOccurrences(of: "<ol></ol>", with: "")
    }

    static func references(_ book: Book) -> String {
        guard !book.citedKeys.isEmpty else { return "" }
        let entries = Dictionary(book.bibliography.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        var html = "<section id=\"references\" class=\"references\"><h2>References</h2><ol>"
        for key in book.citedKeys {
            guard let e = entries[key] else { continue }
            let f = e.formatted
            var item = "\(HTMLEscaping.text(f.authors)) (\(HTMLEscaping.text(f.year))). \(HTMLEscaping.text(f.title))."
            if !f.venue.isEmpty { item += " <em>\(HTMLEscaping.text(f.venue))</em>." }
            if let link = e.link, let safe = HTMLEscaping.safeURL(link) {
                item += " <a href=\"\(HTMLEscaping.attribute(safe))\">\(HTMLEscaping.text(link))</a>"
            }
            html += "<li id=\"ref-\(HTMLEscaping.attribute(key))\">\(item)</li>"
        }
        return html + "</ol></section>"
    }

    static func provenance(_ book: Book) -> String {
        guard let p = book.provenance else { return "" }
        var html = "<footer id=\"provenance\" class=\"provenance\"><h2>Provenance</h2><table>"
        html += p.facts.map { "<tr><th>\(HTMLEscaping.text($0.0))</th><td>\(HTMLEscaping.text($0.1))</td></tr>" }.joined()
        html += "</table>"
        if !p.experiments.isEmpty {
            html += "<table><thead><tr><th>Experiment</th><th>Kind</th><th>Compute time</th><th>This render</th></tr></thead><tbody>"
            html += p.experiments.map { e in
                "<tr><td><a href=\"#exp-\(HTMLEscaping.attribute(e.id))\"><code>\(HTMLEscaping.text(e.id))</code></a></td><td>\(HTMLEscaping.text(e.kind))</td>"
                    + "<td>\(String(format: "%.2f s", e.seconds))</td><td>\(HTMLEscaping.text(e.status))</td></tr>"
            }.joined()
            html += "</tbody></table><p>Every experiment's parameters, including its seed, are shown with it in the text and stored under <code>output/results/</code>.</p>"
        }
        return html + "</footer>"
    }
}
