import Document
import HTMLWriter
import Testing

/// Subscripts, superscripts, abbreviations, resolved MyST references and the author-year
/// references list in the HTML.
struct InlineExtrasHTMLTests {
    static func html(_ markdown: String, bib: String = "") -> String {
        let (chapter, _) = MarkdownParser(file: "c.md").parse(markdown, number: 1)
        let (entries, _) = BibliographyParser.parse(bib, file: "r.bib")
        return HTMLWriter().render(ResolvedBook(Resolver.resolve(Book(title: "T", chapters: [chapter], bibliography: entries))))
    }

    @Test func scriptsAndAbbreviations() {
        let page = Self.html("H~2~O, x^2^ and {abbr}`HTML (Hyper <Text> Markup)`.")
        #expect(page.contains("H<sub>2</sub>O, x<sup>2</sup> and <abbr title=\"Hyper &lt;Text&gt; Markup\">HTML</abbr>."))
    }

    @Test func targetsLinkWithTheirNumbers() {
        let page = Self.html("# A\n\n(eq-x)=\n$$ x $$\n\nSee {numref}`Formula %s <eq-x>`.")
        #expect(page.contains("<a class=\"xref\" href=\"#eq-x\">Formula 1.1</a>"))
    }

    @Test func authorYearListIsUnnumbered() {
        let page = Self.html("---\ncitation-style: author-year\n---\n@k says.", bib: "@article{k, author = {Doe, Jo}, title = {T}, journal = {J}, volume = 2, pages = {1--3}, year = 2000}")
        #expect(page.contains("<a class=\"cite\" href=\"#ref-k\">Doe (2000)</a> says."))
        #expect(page.contains("<ul><li id=\"ref-k\">J. Doe (2000). T. <em>J</em>, 2, 1–3.</li></ul>"))
    }
}
