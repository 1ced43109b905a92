import Document
import Testing

/// BibTeX text: accents and commands, `@string` macros, `#` concatenation, and errors naming the entry.
struct BibTeXTests {
    func fields(_ bib: String) -> ([String: String], [Diagnostic]) {
        let (entries, diagnostics) = BibliographyParser.parse(bib, file: "r.bib")
        return (entries.first?.fields ?? [:], diagnostics)
    }

    @Test func accentsAndCommandsBecomeUnicode() {
        let (f, diagnostics) = fields(#"@article{k, title = {M{\"u}ller \'etudes {\ss} \"{o} \c{c} \'{\i} \& \emph{Deep} {DNA} 1--2 a---b x~y}}"#)
        #expect(f["title"] == "Müller études ß ö ç í & Deep DNA 1–2 a—b x\u{A0}y")
        #expect(diagnostics.isEmpty)
    }

    @Test func urlsAndDOIsAreKeptAsWritten() {
        let (f, _) = fields("@misc{k, url = {https://example.org/a--b~c}, doi = {10.1/x--y}}")
        #expect(f["url"] == "https://example.org/a--b~c")
        #expect(f["doi"] == "10.1/x--y")
    }

    @Test func stringMacrosAndConcatenation() {
        let (f, diagnostics) = fields("""
        @string{nc = "Neural " # {Computation}}
        @article{k, journal = nc # ", vol. 1", month = jan, year = 1989}
        """)
        #expect(f["journal"] == "Neural Computation, vol. 1")
        #expect(f["month"] == "January")
        #expect(f["year"] == "1989")
        #expect(diagnostics.isEmpty)
    }

    @Test func problemsNameTheEntryWhereTheyStand() {
        let (_, diagnostics) = fields("""
        @article{good, title = {\\foo{x}}}
        @article{bad, title = {ok},
          journal = undefinedmacro,
          year 1999}
        """)
        let messages = diagnostics.map { "\($0.location.line):\($0.location.column) \($0.severity.rawValue): \($0.message)" }
        #expect(messages == [
            "1:16 warning: bibliography entry 'good', field 'title': unknown command \\foo; shown without the backslash",
            "3:13 error: bibliography entry 'bad': unknown @string macro 'undefinedmacro'; it is shown as its name",
            "4:3 error: bibliography entry 'bad' cannot be read from here (expected 'field = {value}' or a closing brace); it keeps the fields before",
        ])
    }

    @Test func andOthersIsEtAl() {
        let (entries, _) = BibliographyParser.parse("@book{k, author = {Ann Bee and Cy Dee and others}, year = 2000}", file: "r.bib")
        #expect(entries[0].authors == ["Ann Bee", "Cy Dee"])
        #expect(entries[0].shortAuthors == "Bee et al.")
    }
}
