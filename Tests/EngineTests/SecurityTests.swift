import Document
import Engine
import Foundation
import HTMLWriter
import PDFWriter
import Testing

/// Hostile chapters: ids that try to break out of attributes, and links that browsers would
/// run as script once their tabs, newlines and leading controls are removed.
struct SecurityTests {
    static func render(_ chapter: String, bib: String? = nil) throws -> (BookRenderer.Outcome, String) {
        let fixture = try RenderFixture(chapters: ["01-x.md": chapter])
        defer { fixture.remove() }
        if let bib { try fixture.write("references.bib", bib) }
        let outcome = try fixture.render()
        return (outcome, HTMLWriter().render(outcome.book))
    }

    /// The tags of a page (`<name ...>`), where a script or an event attribute would act.
    static func tags(_ html: String) -> [Substring] {
        html.split(separator: "<").dropFirst().compactMap { piece in
            guard let first = piece.first, first.isLetter else { return nil }
            return piece.prefix { $0 != ">" }
        }
    }

    static func hasScriptOrEventAttribute(_ html: String) -> Bool {
        tags(html).contains { tag in
            tag.lowercased().hasPrefix("script") || tag.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "\"" })
                .contains { $0.lowercased().hasPrefix("on") && $0.contains("=") }
        }
    }

    @Test(arguments: [
        #"fig-a"><script>alert(1)</script><x"#,
        #"fig-"onload="alert(1)"#,
        "fig-<svg/onload=alert(1)>",
        "fig-é",
    ])
    func figureIdsOutsideThePatternAreRefusedAtTheDirective(id: String) throws {
        let chapter = "# T\n\n\(RenderFixture.modesExperiment("e1"))\n\n```{figure} \(id)\n:experiment: e1\n:y: rules.*.loss\n:x: rules.*.tau\nCaption.\n```\n"
        let (outcome, html) = try Self.render(chapter)
        let error = try #require(outcome.errors.first { $0.message.contains("{figure} id") })
        let line = chapter.components(separatedBy: "\n").firstIndex { $0.hasPrefix("```{figure}") }! + 1
        #expect(error.location.line == line && error.location.column == 1, "\(error.location)")
        #expect(error.message.contains("letters, digits"))
        #expect(!Self.hasScriptOrEventAttribute(html))
    }

    @Test func headingEquationTableAndClaimIdsFollowThePattern() throws {
        let chapter = """
            # Title {#sec-"x}

            $$ x = 1 $$ {#eq-"><b>}

            ```{claim} c"onclick="x
            :check: 1 < 2
            Holds.
            ```

            ```{table} tbl-<i>
            :experiment: e1
            :rows: rules
            Caption.
            ```
            """
        let (outcome, html) = try Self.render(chapter)
        let messages = outcome.errors.map(\.message)
        for what in ["heading id", "equation id", "{claim} id", "{table} id"] {
            #expect(messages.contains { $0.contains(what) }, "no error for the \(what): \(messages)")
        }
        #expect(!Self.hasScriptOrEventAttribute(html))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<i>"))
    }

    static let hostileURLs = [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "jav\tascript:alert(1)",
        "java\nscript:alert(1)", "\u{1}javascript:alert(1)", "javascript\r:alert(1)", "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
    ]

    @Test(arguments: hostileURLs)
    func linkPolicyRefusesWhatABrowserWouldRun(url: String) {
        #expect(LinkPolicy.safe(url) == nil, "\(url.debugDescription) is let through")
    }

    @Test func linkPolicyKeepsOrdinaryLinksNormalised() {
        #expect(LinkPolicy.safe("https://example.org/a?b#c") == "https://example.org/a?b#c")
        #expect(LinkPolicy.safe(" http://exa\tmple.org ") == "http://example.org")
        #expect(LinkPolicy.safe("mailto:a@b.org") == "mailto:a@b.org")
        #expect(LinkPolicy.safe("doi:10.1000/1") == "doi:10.1000/1")
        #expect(LinkPolicy.safe("#fig-a") == "#fig-a")
        #expect(LinkPolicy.safe("notes/other.html") == "notes/other.html")
        #expect(LinkPolicy.safe("./a:b") == "./a:b")
    }

    @Test func hostileLinksInChaptersAndBibliographyAreNotLinked() throws {
        let chapter = """
            # Links

            [a](jav&#x09;ascript:alert(1)) [b](java&#10;script:alert(2)) [c](&#1;javascript:alert(3))
            [d](vbscript:msgbox(4)) [e](data:text/html,x) [ok](https://example.org) [@k]
            """
        let bib = "@article{k, author = {A B}, title = {T}, year = {2020}, url = {java\tscript:alert(5)}}\n"
        let (outcome, html) = try Self.render(chapter, bib: bib)
        let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(hrefs.contains("https://example.org"))
        for href in hrefs {
            let lower = href.lowercased().filter { !$0.isWhitespace }
            #expect(!lower.contains("script:") && !lower.hasPrefix("data:"), "unsafe href \(href)")
        }
        let pdf = try PDFWriter().render(outcome.book).pdf
        let text = String(decoding: pdf, as: UTF8.self).lowercased()
        #expect(text.contains("https://example.org"))
        for scheme in ["javascript", "vbscript", "data:text"] {
            #expect(!text.contains(scheme), "the PDF links to \(scheme)")
        }
    }

    @Test func trustedRawHTMLIsNamedInTheProvenance() throws {
        let fixture = try RenderFixture(chapters: ["01-x.md": "---\nraw_html: true\n---\n# X\n\n<div onclick=\"x()\">raw</div>\n",
                                                   "02-y.md": "# Y\n"])
        defer { fixture.remove() }
        let renderer = try fixture.renderer()
        let provenance = ProvenanceBuilder.build(outcome: renderer.render(), sources: renderer.sources)
        let fact = try #require(provenance.facts.first { $0.0 == "Raw HTML" }?.1)
        #expect(fact.contains("chapters/01-x.md") && !fact.contains("02-y.md"), "\(fact)")
        #expect(fact.contains("script"))
    }
}
