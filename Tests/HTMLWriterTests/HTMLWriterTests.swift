import Document
import Foundation
import Graphics
import HTMLWriter
import Testing
import TestSupport

/// Structural checks of the HTML page: escaping, unique ids, no network requests, MathML,
/// prefixed figure ids, claims and errors shown.
struct HTMLWriterTests {
    /// An SVG with internal ids, as Cairo writes them (prefixed with the figure's id).
    static func artwork(id: String) -> FigureArtwork {
        FigureArtwork(widthPoints: 200, heightPoints: 100, svg:
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200pt\" height=\"100pt\"><defs><g id=\"\(id)-glyph0\"/></defs><use href=\"#\(id)-glyph0\"/></svg>")
    }

    static let here = SourceLocation(file: "c.md", line: 3, column: 1)

    static func book() -> ResolvedBook {
        let figure = { (id: String, number: String) in
            Block.figure(FigureBlock(id: id, number: number, caption: [.text("Caption "), .math(tex: "\\eta", location: here)],
                                     alt: "alt text", artwork: artwork(id: id), location: here))
        }
        let blocks: [Block] = [
            .heading(Heading(level: 1, content: [.text("Intro")], id: "sec-intro", number: "1", location: here)),
            .paragraph([.text("<script>alert(1)</script> & "), .math(tex: "x^2", location: here),
                        .reference(label: "fig-a", location: here, text: "Figure 1.1"),
                        .citation(keys: ["murray2019"], location: here, text: "[1]"),
                        .link(url: "https://example.org", title: "", content: [.text("site")]),
                        .link(url: "javascript:alert(1)", title: "", content: [.text("bad")])]),
            .displayMath(DisplayMath(tex: "\\frac{a}{b}", label: "eq-a", number: "1.1", location: here)),
            figure("fig-a", "1.1"),
            figure("fig-b", "1.2"),
            .claim(ClaimBlock(id: "c1", statement: [.text("It holds.")], check: "e.x < 1", passed: true,
                              measured: [MeasuredValue(path: "e.x", value: "0.5")], location: here)),
            .claim(ClaimBlock(id: "c2", statement: [.text("It fails.")], check: "e.x > 1", passed: false,
                              measured: [MeasuredValue(path: "e.x", value: "0.5")], location: here)),
            .error(Diagnostic("unknown experiment 'e9'", at: here, sourceLine: ":experiment: e9")),
        ]
        let entry = BibliographyEntry(key: "murray2019", type: "article",
                                      fields: ["author": "Murray, James M.", "title": "Local online learning", "year": "2019"], location: here)
        return ResolvedBook(Book(title: "A <Book>", chapters: [Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(), blocks: blocks)],
                                 bibliography: [entry], citedKeys: ["murray2019"], diagnostics: [Diagnostic("unknown experiment 'e9'", at: here)]),
                            provenance: Provenance(facts: [("Tool", "report")], experiments: []))
    }

    @Test func textIsEscapedAndUnsafeLinksDropped() {
        let html = HTMLWriter().render(Self.book())
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"))
        #expect(html.contains("<title>A &lt;Book&gt;</title>"))
        #expect(!html.contains("javascript:"))
    }

    @Test func idsAreUniqueAndEveryInternalLinkResolves() {
        let html = HTMLWriter().render(Self.book())
        let ids = HTMLChecks.ids(in: html)
        #expect(Set(ids).count == ids.count, "duplicate ids: \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
        let targets = html.components(separatedBy: "href=\"#").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(!targets.isEmpty)
        for target in targets { #expect(ids.contains(target), "dangling link #\(target)") }
    }

    @Test func provenanceTablesScrollInTheirOwnBoxes() {
        let html = HTMLWriter().render(Self.book())
        #expect(html.contains("<h2>Provenance</h2><div class=\"table-wrap\" tabindex=\"0\"><table><tr><th>Tool</th><td>report</td></tr></table></div>"))
        #expect(html.contains(".provenance h2 { color: var(--fg); }"), "the heading in the text colour, as References")
    }

    @Test func makesNoNetworkRequests() {
        let html = HTMLWriter().render(Self.book())
        #expect(!html.contains("src=\"http"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("<script"))
        let external = html.components(separatedBy: "href=\"http").count - 1
        #expect(external == 1, "only the user's link may point outside")
    }

    @Test func mathIsMathMLAndFiguresAreNumbered() {
        let html = HTMLWriter().render(Self.book())
        #expect(html.contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\" style=\"--fit:"))
        #expect(html.contains("<mfrac>"))
        #expect(html.contains("<span class=\"eqno\">(1.1)</span>"))
        #expect(html.contains("<span class=\"figno\">Figure 1.2.</span>"))
        #expect(html.contains("id=\"fig-b-glyph0\""))
        #expect(html.contains("role=\"img\" aria-label=\"alt text\""))
    }

    @Test func claimsAndErrorsAreVisible() {
        let html = HTMLWriter().render(Self.book())
        #expect(html.contains("1 of 2 claims hold"))
        #expect(html.contains("class=\"claim failed\" id=\"claim-c2\""))
        #expect(html.contains("<code>e.x</code> = 0.5"))
        #expect(html.contains("class=\"error-box\" role=\"alert\""))
        #expect(html.contains("c.md:3:1"))
        #expect(html.contains("1 error in the chapters"))
        #expect(html.contains("id=\"ref-murray2019\""))
    }

    @Test func outputIsDeterministic() {
        #expect(HTMLWriter().render(Self.book()) == HTMLWriter().render(Self.book()))
    }

    @Test func figureFilesAreLinkedNextToTheCaptionOnlyWhenWritten() {
        #expect(!HTMLWriter().render(Self.book()).contains("class=\"figure-files\""))
        var book = Self.book()
        book.setFigureFiles(["fig-b": ["figures/fig-b.svg", "figures/fig-b.pdf", "figures/fig-b.png"]])
        let html = HTMLWriter().render(book)
        #expect(HTMLChecks.problem(in: html) == nil)
        #expect(html.contains("""
            <span class="figure-files"><a href="figures/fig-b.svg" aria-label="Figure 1.2 as SVG">SVG</a> · \
            <a href="figures/fig-b.pdf" aria-label="Figure 1.2 as PDF">PDF</a> · \
            <a href="figures/fig-b.png" aria-label="Figure 1.2 as PNG">PNG</a></span></figcaption>
            """))
        #expect(html.components(separatedBy: "class=\"figure-files\"").count == 2)
    }
}

/// Every element of the page is closed in order (void elements and self-closing SVG and
/// MathML elements aside): the page is well-formed.
struct HTMLWellFormednessTests {
    @Test func pageIsWellFormed() {
        let html = HTMLWriter().render(HTMLWriterTests.book())
        #expect(HTMLChecks.problem(in: html) == nil, "\(HTMLChecks.problem(in: html) ?? "")")
    }

    @Test func checkerFindsBrokenNesting() {
        #expect(HTMLChecks.problem(in: "<div><p>text</div></p>") != nil)
        #expect(HTMLChecks.problem(in: "<a href=\"#x\"><a href=\"#y\">y</a></a>") != nil)
        #expect(HTMLChecks.problem(in: "<p>a<div>b</div></p>") != nil)
        #expect(HTMLChecks.problem(in: "<p>a\u{1}</p>") != nil)
        #expect(HTMLChecks.problem(in: "<div><br><img src=\"x\"><svg><path d=\"M 0 0\"/></svg></div>") == nil)
    }
}
