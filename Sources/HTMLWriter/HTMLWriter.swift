import Foundation
import Document

/// Writes a resolved book as one self-contained HTML page: CSS inline, figures as inline SVG,
/// math as MathML, no scripts and no network requests. Knows only the resolved document; a
/// figure whose `files` the render set links them (relative, so the page stays offline).
public struct HTMLWriter {
    public init() {}

    /// The page.
    public func render(_ book: ResolvedBook) -> String {
        var body: [String] = []
        for chapter in book.chapters {
            body.append("<section class=\"chapter\" id=\"\(ReportIDs.chapter(chapter.number))\">")
            body.append(BlockHTML(chapter: chapter.number).render(chapter.blocks))
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
        page += TitleBlockHTML.render(book.titleBlock, chapter: 0)
        page += Self.summary(book) + "\n</header>\n"
        page += Self.tableOfContents(book) + "\n<main>\n" + body.joined(separator: "\n") + "\n"
        page += Self.references(book) + "\n</main>\n"
        page += Self.provenance(book) + "\n</body>\n</html>\n"
        return FontEmbedding.embedding(into: page)
    }

    /// Claims and problems at a glance, near the top.
    static func summary(_ book: ResolvedBook) -> String {
        let summary = book.claims
        var html = "<div class=\"summary\">"
        if summary.claims.isEmpty {
            html += summary.headline
        } else {
            html += "<span class=\"\(summary.allHold ? "ok" : "bad")\">\(summary.headline)</span>"
            if !summary.allHold {
                html += "<ul>" + summary.notHolding.map { c in
                    "<li><a href=\"#\(HTMLEscaping.attribute(ReportIDs.claim(c.id)))\">\(HTMLEscaping.text(c.id))</a>: \(ClaimsSummary.verdict(c))</li>"
                }.joined() + "</ul>"
            }
        }
        if let headline = summary.errorHeadline {
            html += "<div><span class=\"bad\">\(headline)</span><ul>"
            html += summary.errors.prefix(ClaimsSummary.errorsListed).map {
                "<li><code>\(HTMLEscaping.text($0.location.description))</code> \(HTMLEscaping.text($0.message))</li>"
            }.joined()
            html += "</ul></div>"
        }
        return html + "</div>"
    }

    /// Chapters with their level-2 sections, then References and Provenance.
    static func tableOfContents(_ book: ResolvedBook) -> String {
        var html = "<nav class=\"toc\" id=\"\(ReportIDs.contents)\" aria-label=\"Contents\"><strong>Contents</strong>\n<ol>"
        var open = false
        for entry in book.contents(maxLevel: 2) {
            let number = entry.number.map { "\($0) " } ?? ""
            let link = "<a href=\"#\(HTMLEscaping.attribute(entry.destination))\">\(number)\(InlineHTML.contents(entry.title))</a>"
            if entry.level == 1 {
                if open { html += "</ol></li>" }
                html += "<li>\(link)<ol>"
                open = true
            } else {
                if !open { html += "<li><ol>"; open = true }
                html += "<li>\(link)</li>"
            }
        }
        if open { html += "</ol></li>" }
        html += "</ol></nav>"
        return html.replacingOccurrences(of: "<ol></ol>", with: "")
    }

    static func references(_ book: ResolvedBook) -> String {
        guard !book.references.isEmpty else { return "" }
        // Numbered in order of citation, or an alphabetical author-year list.
        let list = book.references.first?.label.isEmpty == true ? "ul" : "ol"
        var html = "<section id=\"\(ReportIDs.references)\" class=\"references\"><h2>References</h2><\(list)>"
        for f in book.references {
            var item = "\(HTMLEscaping.text(f.authors)) (\(HTMLEscaping.text(f.year))). \(HTMLEscaping.text(f.title))."
            if !f.venue.isEmpty {
                item += " <em>\(HTMLEscaping.text(f.venue))</em>" + (f.details.isEmpty ? "" : ", \(HTMLEscaping.text(f.details))") + "."
            } else if !f.details.isEmpty {
                item += " \(HTMLEscaping.text(f.details))."
            }
            for link in f.links {
                guard let safe = LinkPolicy.safe(link) else { continue }
                item += " <a href=\"\(HTMLEscaping.attribute(safe))\">\(HTMLEscaping.text(link))</a>"
            }
            html += "<li id=\"\(HTMLEscaping.attribute(ReportIDs.reference(f.key)))\">\(item)</li>"
        }
        return html + "</\(list)></section>"
    }

    static func provenance(_ book: ResolvedBook) -> String {
        guard let p = book.provenanceRows else { return "" }
        // Both tables scroll in their own box on a narrow screen, as the chapters' tables do.
        var html = "<footer id=\"\(ReportIDs.provenance)\" class=\"provenance\"><h2>Provenance</h2><div class=\"table-wrap\" tabindex=\"0\"><table>"
        html += p.facts.map { "<tr><th>\(HTMLEscaping.text($0.0))</th><td>\(HTMLEscaping.text($0.1))</td></tr>" }.joined()
        html += "</table></div>"
        if !p.experiments.isEmpty {
            html += "<div class=\"table-wrap\" tabindex=\"0\"><table><thead><tr>" + ProvenanceRows.experimentHeader.map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>"
            html += p.experiments.map { e in
                "<tr><td><a href=\"#\(HTMLEscaping.attribute(ReportIDs.experiment(e.id)))\"><code>\(HTMLEscaping.text(e.id))</code></a></td><td>\(HTMLEscaping.text(e.kind))</td>"
                    + "<td>\(e.computeTime)</td><td>\(HTMLEscaping.text(e.status))</td></tr>"
            }.joined()
            html += "</tbody></table></div><p>\(HTMLEscaping.text(p.note.0))<code>\(HTMLEscaping.text(p.note.1))</code>\(HTMLEscaping.text(p.note.2))</p>"
        }
        return html + "</footer>"
    }
}
