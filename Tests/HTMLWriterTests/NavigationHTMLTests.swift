import Document
import HTMLWriter
import Testing
import TestSupport

/// Heading permalinks, footnote back links to every citing place, the sidebar and print rules.
struct NavigationHTMLTests {
    static let here = SourceLocation(file: "c.md", line: 1, column: 1)

    static func page() -> String {
        let blocks: [Block] = [
            .heading(Heading(level: 2, content: [.text("Setup")], id: "sec-setup", number: "1.1", location: here)),
            .paragraph([.text("One"), .footnoteReference(label: "n"), .text(" two"), .footnoteReference(label: "n"),
                        .text(" three"), .footnoteReference(label: "m")]),
            .footnoteDefinition(label: "n", content: [.paragraph([.text("Cited twice.")])]),
            .footnoteDefinition(label: "m", content: [.paragraph([.text("Cited once.")])]),
        ]
        let chapter = Chapter(file: "c.md", number: 1, frontMatter: FrontMatter(), blocks: blocks)
        return HTMLWriter().render(ResolvedBook(Book(title: "B", chapters: [chapter], bibliography: [], citedKeys: [])))
    }

    @Test func headingsHaveANamedPermalink() {
        #expect(Self.page().contains("&nbsp;<a class=\"permalink\" href=\"#sec-setup\" aria-label=\"Link to section 1.1\">#</a></h3>"))
    }

    @Test func aNoteLinksBackToEachPlaceThatCitesIt() {
        let html = Self.page()
        #expect(html.contains("id=\"fnref-1-n\"") && html.contains("id=\"fnref-1-n-2\""))
        #expect(html.contains("<a class=\"fnback\" href=\"#fnref-1-n\" aria-label=\"back to reference 1\">↩</a> "
                              + "<a class=\"fnback\" href=\"#fnref-1-n-2\" aria-label=\"back to reference 2\">↩<sup>2</sup></a>"))
        #expect(html.contains("<a class=\"fnback\" href=\"#fnref-1-m\" aria-label=\"back to text\">↩</a>"))
        let ids = HTMLChecks.ids(in: html)
        #expect(Set(ids).count == ids.count)
    }

    @Test func wideScreensGetAStickySidebarThatPrintDrops() {
        let html = Self.page()
        #expect(html.contains("@media screen and (min-width: 1200px) {\n  nav.toc { position: fixed;"))
        #expect(html.contains("nav.toc { position: static;"), "print sets the contents in the flow")
        #expect(html.contains(".permalink, .fnback { display: none; }"))
    }
}

/// Tables in the HTML have booktabs rules: above and below the table and under the header only.
struct TableRulesHTMLTests {
    @Test func onlyTopHeaderAndBottomRules() {
        let html = NavigationHTMLTests.page()
        #expect(html.contains("table { border-top: 2px solid var(--fg); border-bottom: 2px solid var(--fg); }"))
        #expect(html.contains("thead th { border-bottom: 1px solid var(--fg); }"))
        #expect(!html.contains("th, td { padding: .3rem .7rem; border-bottom"), "no rule between rows")
    }
}
