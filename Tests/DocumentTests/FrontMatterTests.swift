import Document
import Testing

/// Front matter that would overflow the YAML parser is refused with a positioned diagnostic.
struct FrontMatterTests {
    @Test func deeplyNestedFrontMatterIsRefusedWithItsPosition() {
        let yaml = "title: Deep\nparams:\n" + (1...5000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        let (matter, body, diagnostics) = FrontMatter.split("---\n\(yaml)\n---\n# Text\n", file: "deep.md")
        #expect(matter == FrontMatter())
        #expect(body.hasSuffix("# Text\n"))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.contains("nested deeper than 64 levels") == true)
        #expect(diagnostics.first?.location == SourceLocation(file: "deep.md", line: 1 + 66, column: 65))
    }
}

/// Each front matter key is read on its own: rich values (author mappings, keyword lists,
/// a Markdown abstract) are kept, a bad key is one positioned diagnostic, and the rest stays.
struct FrontMatterKeysTests {
    @Test func richFieldsAreRead() {
        let text = """
            ---
            title: Plasticity
            subtitle: A field guide
            authors:
              - name: Ann Author
                affiliations: [lab]
                orcid: 0000-0002-1825-0097
                email: ann@example.org
                corresponding: true
              - Bo Writer
            affiliations:
              - id: lab
                name: Neuro Lab
            date: 2026-01-02
            abstract: |
              We study *local* rules.
            keywords: [learning, RNN]
            license: CC-BY-4.0
            doi: 10.1234/x
            bibliography: refs.bib
            numbering: {headings: true, depth: 2}
            seed: 3
            ---
            # Body
            """
        let (matter, _, diagnostics) = FrontMatter.split(text, file: "c.md")
        #expect(diagnostics.isEmpty)
        #expect(matter.title == "Plasticity")
        #expect(matter.subtitle == "A field guide")
        #expect(matter.authors == [Author(name: "Ann Author", affiliations: ["lab"], orcid: "0000-0002-1825-0097",
                                          email: "ann@example.org", corresponding: true), Author(name: "Bo Writer")])
        #expect(matter.affiliations == [Affiliation(id: "lab", name: "Neuro Lab")])
        #expect(matter.date == "2026-01-02")
        #expect(matter.abstract == [.paragraph([.text("We study "), .emphasis([.text("local")]), .text(" rules.")])])
        #expect(matter.keywords == ["learning", "RNN"])
        #expect(matter.license == "CC-BY-4.0")
        #expect(matter.doi == "10.1234/x")
        #expect(matter.bibliography == ["refs.bib"])
        #expect(matter.numbering == HeadingNumbering(headings: true, depth: 2))
        #expect(matter.parameters["seed"] == "3")
        #expect(matter.parameters["date"] == "2026-01-02")
        let block = TitleBlock(matter)
        #expect(block.affiliations.map(\.name) == ["Neuro Lab"])
        #expect(block.authors.map(\.marks) == [[1], []])
    }

    @Test func oneBadKeyKeepsTheOthers() {
        let text = "---\ntitle: Kept\nraw_html: maybe\nkeywords: [a, b]\ntags: [x, y]\nseed: 4\n---\n"
        let (matter, _, diagnostics) = FrontMatter.split(text, file: "c.md")
        #expect(matter.title == "Kept")
        #expect(matter.keywords == ["a", "b"])
        #expect(matter.parameters == ["seed": "4"])
        #expect(diagnostics.map(\.location.line) == [3, 5])
        #expect(diagnostics.map(\.severity) == [.error, .warning])
        #expect(diagnostics[1].message.contains("'tags'"))
        #expect(diagnostics[0].location == SourceLocation(file: "c.md", line: 3, column: 1))
    }

    @Test func numberingFalseAndUnsupportedOptions() {
        let (off, _, none) = FrontMatter.split("---\nnumbering: false\n---\n", file: "c.md")
        #expect(off.numbering == HeadingNumbering(headings: false))
        #expect(none.isEmpty)
        let (other, _, warned) = FrontMatter.split("---\nnumbering:\n  figure: true\n  depth: 9\n---\n", file: "c.md")
        #expect(other.numbering == nil)
        #expect(warned.count == 2)
    }

    @Test func affiliationMarksFollowFirstMention() {
        var matter = FrontMatter(authors: [Author(name: "A", affiliations: ["u2", "Elsewhere"]), Author(name: "B", affiliations: ["u1"])])
        matter.affiliations = [Affiliation(id: "u1", name: "Uni One"), Affiliation(id: "u2", name: "Uni Two")]
        let block = TitleBlock(matter)
        #expect(block.affiliations.map(\.name) == ["Uni Two", "Elsewhere", "Uni One"])
        #expect(block.authors.map(\.marks) == [[1, 2], [3]])
        #expect(block.marks(block.authors[0]) == "1,2")
    }
}

/// `math:` macros as MyST writes them, and their mistakes at their line.
struct FrontMatterMathTests {
    @Test func mathMacrosAreRead() {
        let (matter, _, diagnostics) = FrontMatter.split(
            "---\nmath:\n  '\\R': '\\mathbb{R}'\n  norm: '\\left\\lVert #1 \\right\\rVert'\n---\n", file: "m.md")
        #expect(diagnostics == [])
        #expect(matter.mathMacros == ["R": "\\mathbb{R}", "norm": "\\left\\lVert #1 \\right\\rVert"])
    }

    @Test func aBadMacroIsReportedAtItsKey() {
        let (_, _, diagnostics) = FrontMatter.split("---\ntitle: T\nmath:\n  '\\R': '\\mathbb{R}'\n  '\\a b': x\n---\n", file: "m.md")
        #expect(diagnostics.map(\.message) == ["math: '\\a b' is not a command name such as '\\R'"])
        #expect(diagnostics.first?.location == SourceLocation(file: "m.md", line: 5, column: 3))
        let (_, _, notText) = FrontMatter.split("---\nmath:\n  '\\R': [1, 2]\n---\n", file: "m.md")
        #expect(notText.map(\.message) == ["math: the TeX of '\\R' must be text, such as '\\mathbb{R}'"])
        let (_, _, notMapping) = FrontMatter.split("---\nmath: x\n---\n", file: "m.md")
        #expect(notMapping.first?.location.line == 2)
        // In a project file the YAML starts on the file's first line.
        let (_, inProject) = ProjectFile.parse("title: T\nmath:\n  '\\a b': x\n", file: "report.yml")
        #expect(inProject.first?.location == SourceLocation(file: "report.yml", line: 3, column: 3))
        let (_, prefixes) = ProjectFile.parse("crossref:\n  fig: Fig.\n", file: "report.yml")
        #expect(prefixes.first?.location.line == 2)
    }
}
