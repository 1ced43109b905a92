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

    /// A browser may break a line beside inline math or code even where the text has no
    /// space; the characters glued to them stay on their line.
    @Test func punctuationStaysWithTheMathOrCodeItTouches() {
        let page = Self.html("weight transport ($C^T$), then `dgeev`, and $x$ alone.")
        #expect(page.contains("weight transport <span class=\"nobr\">(<math"))
        #expect(page.contains("</math>),</span> then <span class=\"nobr\"><code>dgeev</code>,</span> and <math"))
        #expect(page.contains("</math> alone."), "math with spaces on both sides needs no span")
        #expect(!page.contains("<span class=\"nobr\"><math"), "no span without glued text")
        let tight = Self.html("a$x$b$y$c")
        #expect(tight.contains("<span class=\"nobr\">a<math"))
        #expect(tight.components(separatedBy: "class=\"nobr\"").count == 3)
        #expect(tight.contains("</math>c</span>"))
        let long = Self.html("the list (`lr.summary[*].mean.rules.bptt.final_loss`).")
        #expect(long.contains("(<code>lr.<wbr>summary[*].<wbr>mean.<wbr>rules.<wbr>bptt.<wbr>final_<wbr>loss</code>)."),
                "long code may break inside, between its names, so it is not glued")
        #expect(Self.html("`a.b_c/d`").contains("<code>a.b_c/d</code>"), "short code has no break chances")
        #expect(Self.html("`a<b.c & d_e, f=g.`").contains("<code>a&lt;b.<wbr>c &amp; d_<wbr>e,<wbr> f=<wbr>g.</code>"), "escaped; none at the end")
    }

    @Test func authorYearListIsUnnumbered() {
        let page = Self.html("---\ncitation-style: author-year\n---\n@k says.", bib: "@article{k, author = {Doe, Jo}, title = {T}, journal = {J}, volume = 2, pages = {1--3}, year = 2000}")
        #expect(page.contains("<a class=\"cite\" href=\"#ref-k\">Doe (2000)</a> says."))
        #expect(page.contains("<ul><li id=\"ref-k\">J. Doe (2000). T. <em>J</em>, 2, 1–3.</li></ul>"))
    }
}
