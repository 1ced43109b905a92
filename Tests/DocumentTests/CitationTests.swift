import Document
import Testing

/// Citation forms in the numeric and author-year styles, and the journal-like reference list.
struct CitationTests {
    static let bib = """
    @article{murray2019, author = {Murray, James M.}, title = {Local learning}, journal = {eLife}, volume = 8, number = 3,
      pages = {43--99}, year = 2019, doi = {10.7554/eLife.43299}, url = {https://example.org/m}}
    @article{saxe2014, author = {Saxe, Andrew M. and McClelland, James L. and Ganguli, Surya}, title = {Exact}, year = 2014}
    @book{ab2001, author = {Ann Bee and others}, title = {Book}, publisher = {Press}, year = 2001}
    """
    static let text = """
    @murray2019 said; [see @murray2019, p. 3; @saxe2014, chap. 2]; [-@saxe2014]; [@murray2019; @saxe2014];
    {cite:p}`ab2001,murray2019`; {cite:t}`saxe2014`; {cite}`ab2001`; @nobody stays.
    """

    @Test func numericStyle() {
        let (text, book) = resolvedText(Self.text, bib: Self.bib)
        #expect(text == ["Murray\u{A0}[1] said; [see 1, p. 3; 2, chap. 2]; [2]; [1, 2]; [3, 1]; Saxe et al.\u{A0}[2]; [3]; @nobody stays."])
        #expect(book.citedKeys == ["murray2019", "saxe2014", "ab2001"])
        #expect(book.diagnostics.isEmpty)
    }

    @Test func authorYearStyle() {
        let (text, _) = resolvedText("---\ncitation-style: author-year\n---\n" + Self.text, bib: Self.bib)
        #expect(text == ["Murray (2019) said; (see Murray 2019, p. 3; Saxe et al. 2014, chap. 2); (2014); (Murray 2019; Saxe et al. 2014); (Bee et al. 2001; Murray 2019); Saxe et al. (2014); (Bee et al. 2001); @nobody stays."])
    }

    @Test func unknownKeyInBracketsIsAnError() {
        let (_, book) = resolvedText("Text [see @nobody, p. 2].", bib: Self.bib)
        #expect(book.diagnostics.map(\.message) == ["unknown citation key 'nobody'; it is not in references.bib"])
        #expect(book.diagnostics.first?.location.column == 6)
    }

    @Test func referenceListIsFormattedLikeAJournal() {
        let (_, numeric) = resolvedText("[@saxe2014; @murray2019; @ab2001]", bib: Self.bib)
        let items = ResolvedBook(numeric).references
        #expect(items.map(\.label) == ["[1]", "[2]", "[3]"])
        #expect(items[0].authors == "A. M. Saxe, J. L. McClelland, and S. Ganguli")
        #expect(items[1].authors == "J. M. Murray")
        #expect((items[1].venue, items[1].details) == ("eLife", "8(3), 43–99"))
        #expect(items[1].links == ["https://doi.org/10.7554/eLife.43299", "https://example.org/m"])
        #expect(items[2].authors == "A. Bee, et al.")
        let (_, authorYear) = resolvedText("---\ncitation-style: author-year\n---\n[@saxe2014; @murray2019; @ab2001]", bib: Self.bib)
        #expect(ResolvedBook(authorYear).references.map(\.key) == ["ab2001", "murray2019", "saxe2014"])
        #expect(ResolvedBook(authorYear).references.allSatisfy { $0.label.isEmpty })
    }

    @Test func badCitationStyleIsPositioned() {
        let (chapter, diagnostics) = MarkdownParser(file: "c.md").parse("---\ntitle: T\ncitation-style: harvard\n---\nText", number: 1)
        #expect(chapter.frontMatter.citationStyle == nil)
        #expect(diagnostics.map { "\($0.location.line): \($0.message)" } == ["3: 'citation-style' must be numeric or author-year"])
    }
}
