import Document
import Testing

/// `{.unnumbered}`, `{-}` and `numbering:` decide which headings get numbers; repeated
/// heading texts (MyST and Quarto documents repeat "Results") get suffixed ids silently.
struct HeadingNumberingTests {
    private func resolved(_ source: String) -> (headings: [Heading], book: Book, diagnostics: [Diagnostic]) {
        let (chapter, diagnostics) = MarkdownParser(file: "c.md").parse(source, number: 1)
        let book = Resolver.resolve(Book(title: "T", chapters: [chapter]))
        let headings = book.chapters[0].blocks.compactMap { block -> Heading? in
            if case let .heading(h) = block { return h }
            return nil
        }
        return (headings, book, diagnostics + book.diagnostics)
    }

    @Test func unnumberedHeadingsAreSkipped() {
        let r = resolved("# Study\n\n## Preface {-}\n\n## Methods\n\n## Data {#sec-data .unnumbered}\n\n## Results {.unnumbered}\n\n## Outlook\n\nSee @sec-data.\n")
        #expect(r.diagnostics.isEmpty)
        #expect(r.headings.map(\.number) == ["1", nil, "1.1", nil, nil, "1.2"])
        #expect(r.headings.map(\.id) == ["study", "preface", "methods", "sec-data", "results", "outlook"])
        #expect(r.headings[1].content == [.text("Preface")])
        guard case let .paragraph(content) = r.book.chapters[0].blocks.last else { Issue.record("no paragraph"); return }
        #expect(content.contains(.reference(label: "sec-data", location: SourceLocation(file: "c.md", line: 13, column: 5), text: "Data")))
    }

    @Test func numberingOffAndDepth() {
        let off = resolved("---\nnumbering: false\n---\n# A\n\n## B\n")
        #expect(off.headings.map(\.number) == [nil, nil])
        let shallow = resolved("---\nnumbering:\n  depth: 2\n---\n# A\n\n## B\n\n### C\n")
        #expect(shallow.headings.map(\.number) == ["1", "1.1", nil])
    }

    @Test func repeatedHeadingTextsGetSuffixedIdsWithoutDiagnostics() {
        let r = resolved("# Paper\n\n## First\n\n### Results\n\n## Second\n\n### Results\n")
        #expect(r.diagnostics.isEmpty)
        #expect(r.headings.map(\.id) == ["paper", "first", "results", "second", "results-1"])
    }

    @Test func unusedHeadingAttributesAreReported() {
        let r = resolved("# A {.wide width=3}\n")
        #expect(r.headings.map(\.content) == [[.text("A")]])
        #expect(r.diagnostics.map(\.severity) == [.warning])
    }
}
